/**
 * Nothing secret leaves: a NEO4J_URI that carries a user and password never shows them in any
 * log line (start-up included, and the message of a start that fails), and /health/ready says
 * what is wrong in words, without the database's address or the driver's text.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { seedCleanGraph, testDatabase } from './neo4j-env';
import { type ServerProcess, startServerProcess } from './server-process';

const ROOT = path.resolve(__dirname, '..', '..');

describe('secrets and internals', () => {
  const db = testDatabase();
  const password = process.env.NEO4J_PASSWORD as string;
  let server: ServerProcess;

  beforeAll(async () => {
    await seedCleanGraph(db);
    const uri = (process.env.NEO4J_URI as string).replace('://', `://neo4j:${encodeURIComponent(password)}@`);
    server = await startServerProcess(uri, { LOG_LEVEL: 'debug' });
  }, 180_000);

  afterAll(async () => {
    if (server && server.child.exitCode === null) server.child.kill('SIGKILL');
    await db.close();
  });

  it('logs the URI without its credentials, at start-up and after', async () => {
    expect((await server.post('{ resolution(id: "WTSA-44") { id } }')).status).toBe(200);
    await fetch(`${server.baseUrl}/health/ready`);
    const logs = server.logs.join('');
    expect(logs).toMatch(/"uri":"bolt:\/\/\*\*\*@127\.0\.0\.1:\d+"/);
    expect(logs).not.toContain(password);
    expect(logs).not.toContain(encodeURIComponent(password));
  });

  it('keeps the credentials out of the message of a start that cannot reach Neo4j', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src', 'main.ts')], {
      cwd: ROOT,
      env: { ...process.env, NEO4J_URI: `bolt://neo4j:${password}@127.0.0.1:1`, PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(output).toMatch(/cannot reach Neo4j at bolt:\/\/\*\*\*@127\.0\.0\.1:1/);
    expect(output).not.toContain(password);
  }, 60_000);
});
