/**
 * The production build: `npm run build` compiles src/ to dist/, and the compiled server, run by
 * plain node as the Docker image runs it, finds the SDL and the seed, loads the graph and answers
 * GraphQL. The test Neo4j holds the graph seeded by the TypeScript sources; the compiled code
 * has its own graph version (a hash of the code that builds the graph), so it reloads the seed.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { testDatabase, seedCleanGraph } from './neo4j-env';
import { type ServerProcess, startServerProcess } from './server-process';

const ROOT = path.resolve(__dirname, '..', '..');

describe('the production build', () => {
  const db = testDatabase();
  let server: ServerProcess | undefined;

  beforeAll(async () => {
    await promisify(execFile)('npm', ['run', 'build'], { cwd: ROOT });
    await seedCleanGraph(db);
    server = await startServerProcess(
      process.env.NEO4J_URI as string,
      { NODE_ENV: 'production' },
      path.join(ROOT, 'dist', 'main.js'),
    );
  }, 300_000);

  afterAll(async () => {
    if (server && server.child.exitCode === null) {
      server.child.kill('SIGTERM');
      await server.exited;
    }
    await db.close();
  });

  it('runs from dist/ with plain node, loads the seed and answers a query', async () => {
    expect(server!.logs.join('')).toMatch(/"msg":"graph (loaded|already up to date)"/);
    const { status, body } = await server!.post(
      'query ($id: ID!) { resolution(id: $id) { id title(lang: ZH) sections { id } } }',
      {
        id: 'WTSA-44',
      },
    );
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.resolution.id).toBe('WTSA-44');
    expect(body.data.resolution.title).toContain('标准化');
    expect(body.data.resolution.sections.length).toBeGreaterThan(3);
  });

  it('is ready on /health/ready and stops on SIGTERM with exit code 0', async () => {
    const ready = await fetch(`${server!.baseUrl}/health/ready`);
    expect(ready.status).toBe(200);
    server!.child.kill('SIGTERM');
    expect(await server!.exited).toBe(0);
  });
});
