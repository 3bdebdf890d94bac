/**
 * The local embedded Neo4j (neo4j-local/): fetches its jars with Maven when they are missing,
 * starts `java Launcher.java` in the background, waits until Bolt answers, and stops it again.
 *
 * A started server is remembered in a pid file beside its data directory, so that a second
 * start on the same data reuses the running server instead of failing on the store lock, and
 * `db:stop` (or the test teardown) can stop a server that another process started.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';

export const LOCAL_DIR = path.resolve(__dirname, '..', '..', 'neo4j-local');
const LIB_DIR = path.join(LOCAL_DIR, 'lib');

export class LocalNeo4jError extends Error {
  override name = 'LocalNeo4jError';
}

export interface LocalNeo4jOptions {
  port: number;
  /** Data directory; relative paths are taken from neo4j-local/. */
  dataDir: string;
  /** How long to wait for Bolt, in milliseconds. */
  timeoutMs?: number;
  heap?: string;
  pageCacheMb?: number;
  log?: (message: string) => void;
}

export interface LocalNeo4j {
  uri: string;
  pid: number;
  /** Milliseconds from spawning the JVM to a verified Bolt connection; 0 when reused. */
  startMs: number;
  /** false when an already running server on the same data directory was reused. */
  startedHere: boolean;
}

interface PidFile {
  pid: number;
  port: number;
}

function dataPath(dataDir: string): string {
  return path.resolve(LOCAL_DIR, dataDir);
}

function pidFilePath(dataDir: string): string {
  return `${dataPath(dataDir)}.pid`;
}

function logFilePath(dataDir: string): string {
  return `${dataPath(dataDir)}.log`;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function readPidFile(dataDir: string): PidFile | null {
  try {
    const parsed = JSON.parse(fs.readFileSync(pidFilePath(dataDir), 'utf8')) as PidFile;
    return isAlive(parsed.pid) ? parsed : null;
  } catch {
    return null;
  }
}

function jarsPresent(): boolean {
  return fs.existsSync(LIB_DIR) && fs.readdirSync(LIB_DIR).some((name) => name.startsWith('neo4j-kernel-'));
}

/** Fetches the Neo4j jars into neo4j-local/lib with Maven, once. */
export function ensureJars(log: (message: string) => void = () => {}): void {
  if (jarsPresent()) return;
  log('fetching the Neo4j jars with Maven (first run only)');
  const result = spawnSync(
    'mvn',
    ['-B', '-q', '-f', path.join(LOCAL_DIR, 'pom.xml'), 'dependency:copy-dependencies', `-DoutputDirectory=${LIB_DIR}`],
    { stdio: 'inherit' },
  );
  if (result.error) {
    throw new LocalNeo4jError(`could not run Maven (mvn) to fetch the Neo4j jars: ${result.error.message}; install Maven 3 and Java 17+`);
  }
  if (result.status !== 0 || !jarsPresent()) {
    throw new LocalNeo4jError(`Maven could not fetch the Neo4j jars into ${LIB_DIR} (exit ${result.status})`);
  }
}

async function verifyBolt(uri: string, deadline: number): Promise<void> {
  let lastError: unknown = null;
  while (Date.now() < deadline) {
    const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', 'password'), { connectionTimeout: 2_000 });
    try {
      await driver.verifyConnectivity();
      return;
    } catch (error) {
      lastError = error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    } finally {
      await driver.close();
    }
  }
  throw new LocalNeo4jError(`Neo4j at ${uri} did not answer in time: ${String(lastError)}`);
}

async function waitForReadyLine(logFile: string, pid: number, deadline: number): Promise<string> {
  while (Date.now() < deadline) {
    const text = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8') : '';
    const failed = /^NEO4J_FAILED (.*)$/m.exec(text);
    if (failed) throw new LocalNeo4jError(`Neo4j could not start: ${failed[1]}`);
    const ready = /^NEO4J_READY (\S+)/m.exec(text);
    if (ready) return ready[1];
    if (!isAlive(pid)) {
      throw new LocalNeo4jError(`the Neo4j process exited before it was ready; see ${logFile}:\n${text.slice(-2000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // already gone
  }
  throw new LocalNeo4jError(`Neo4j did not report ready within the timeout; see ${logFile}`);
}

/**
 * Starts the local Neo4j in the background (or reuses the one already running on the same data
 * directory) and resolves once a driver can connect.
 */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = options.log ?? (() => {});
  const timeoutMs = options.timeoutMs ?? 180_000;
  const running = readPidFile(options.dataDir);
  if (running) {
    const uri = `bolt://127.0.0.1:${running.port}`;
    await verifyBolt(uri, Date.now() + 30_000);
    log(`reusing the local Neo4j already running at ${uri} (pid ${running.pid})`);
    return { uri, pid: running.pid, startMs: 0, startedHere: false };
  }

  ensureJars(log);
  const began = Date.now();
  const deadline = began + timeoutMs;
  const logFile = logFilePath(options.dataDir);
  const out = fs.openSync(logFile, 'w');
  const child = spawn(
    'java',
    [
      `-Xmx${options.heap ?? '2g'}`,
      '-cp',
      `${LIB_DIR}${path.sep}*`,
      path.join(LOCAL_DIR, 'Launcher.java'),
      '--port',
      String(options.port),
      '--data',
      dataPath(options.dataDir),
      '--pagecache-mb',
      String(options.pageCacheMb ?? 512),
    ],
    { cwd: LOCAL_DIR, detached: true, stdio: ['ignore', out, out] },
  );
  fs.closeSync(out);
  const spawnError = await new Promise<Error | null>((resolve) => {
    child.once('error', resolve);
    child.once('spawn', () => resolve(null));
  });
  if (spawnError) throw new LocalNeo4jError(`could not start java: ${spawnError.message}; install Java 17+`);
  const pid = child.pid as number;
  child.unref();
  fs.writeFileSync(pidFilePath(options.dataDir), JSON.stringify({ pid, port: options.port }));

  try {
    const uri = await waitForReadyLine(logFile, pid, deadline);
    await verifyBolt(uri, deadline);
    const startMs = Date.now() - began;
    log(`local Neo4j ready at ${uri} after ${startMs} ms (pid ${pid})`);
    return { uri, pid, startMs, startedHere: true };
  } catch (error) {
    fs.rmSync(pidFilePath(options.dataDir), { force: true });
    throw error;
  }
}

/** Stops the local Neo4j on this data directory, if one runs; resolves when it has exited. */
export async function stopLocalNeo4j(dataDir: string, timeoutMs = 60_000): Promise<boolean> {
  const running = readPidFile(dataDir);
  fs.rmSync(pidFilePath(dataDir), { force: true });
  if (!running) return false;
  process.kill(running.pid, 'SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (isAlive(running.pid)) {
    if (Date.now() > deadline) {
      process.kill(running.pid, 'SIGKILL');
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return true;
}
