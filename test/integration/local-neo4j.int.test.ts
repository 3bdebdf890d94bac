/**
 * The local Neo4j's life and lock: authentication on with a generated password stored
 * owner-readable only; a stale server (its owner gone, or recorded before owners were) is
 * replaced, never adopted; and a server stops by itself when its owner dies, even by SIGKILL.
 * On a data directory of its own, so the suite's Neo4j stays up, and on the outage test's port
 * (the suite runs in band, and the outage test stops its Neo4j when it ends). It also keeps its
 * transaction logs by size, so that loading the corpus again and again cannot fill the disk.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { LOCAL_DIR, passwordFilePath, startLocalNeo4j, stopLocalNeo4j } from '../../src/graph/local-neo4j';

const DATA_DIR = 'data-test-owner';
const PORT = Number(process.env.NEO4J_OUTAGE_TEST_PORT ?? 7691);

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function gone(pid: number, withinMs: number): Promise<boolean> {
  const deadline = Date.now() + withinMs;
  while (alive(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
  return !alive(pid);
}

async function txLogRetention(uri: string, password: string): Promise<string> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password));
  try {
    const { records } = await driver.executeQuery(
      "CALL dbms.listConfig('db.tx_log.rotation.retention_policy') YIELD name, value RETURN value",
    );
    return String(records[0]?.get('value'));
  } finally {
    await driver.close();
  }
}

async function accepts(uri: string, password: string): Promise<boolean | string> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password));
  try {
    await driver.verifyConnectivity();
    return true;
  } catch (error) {
    return String((error as { code?: string }).code);
  } finally {
    await driver.close();
  }
}

describe('the local Neo4j', () => {
  const owners: ChildProcess[] = [];
  const owner = () => {
    const child = spawn('sleep', ['600'], { stdio: 'ignore' });
    owners.push(child);
    return child;
  };

  beforeAll(() => fs.rmSync(path.join(LOCAL_DIR, DATA_DIR), { recursive: true, force: true }));
  afterAll(async () => {
    for (const child of owners) child.kill('SIGKILL');
    await stopLocalNeo4j(DATA_DIR);
  });

  it('has authentication on, replaces a stale server, and stops when its owner is killed', async () => {
    const first = owner();
    const local = await startLocalNeo4j({
      port: PORT,
      dataDir: DATA_DIR,
      heap: '512m',
      pageCacheMb: 64,
      owner: first.pid,
    });
    expect(local.startedHere).toBe(true);
    expect(fs.statSync(passwordFilePath(DATA_DIR)).mode & 0o777).toBe(0o600);
    expect(local.password).toMatch(/^[\w-]{32}$/);
    expect(await accepts(local.uri, local.password)).toBe(true);
    expect(await accepts(local.uri, 'password')).toBe('Neo.ClientError.Security.Unauthorized');
    expect(await txLogRetention(local.uri, local.password)).toBe('256M size');

    // Owned by another running process: refused, not adopted.
    await expect(startLocalNeo4j({ port: PORT, dataDir: DATA_DIR })).rejects.toThrow(
      `belongs to the running process ${first.pid}`,
    );

    // A record without an owner (as written before owners were recorded) is stale: replaced.
    const pidFile = path.join(LOCAL_DIR, `${DATA_DIR}.pid`);
    fs.writeFileSync(pidFile, JSON.stringify({ pid: local.pid, port: PORT }));
    const second = owner();
    const messages: string[] = [];
    const replaced = await startLocalNeo4j({
      port: PORT,
      dataDir: DATA_DIR,
      heap: '512m',
      pageCacheMb: 64,
      owner: second.pid,
      log: (m) => messages.push(m),
    });
    expect(messages.join('\n')).toMatch(/replacing a stale local Neo4j/);
    expect(replaced.startedHere).toBe(true);
    expect(replaced.pid).not.toBe(local.pid);
    expect(alive(local.pid)).toBe(false);
    expect(replaced.password).toBe(local.password);

    // Its owner dies by SIGKILL (no handler runs): the server stops by itself.
    second.kill('SIGKILL');
    expect(await gone(replaced.pid, 60_000)).toBe(true);
  }, 420_000);
});
