/**
 * The local embedded Neo4j (neo4j-local/): fetches its jars with Maven when they are missing,
 * starts `java Launcher.java` in the background, waits until Bolt answers, and stops it again.
 *
 * Authentication is on. The first start on a data directory generates a password and stores it
 * in `<data>/password`, readable by its owner only; every start gives it to the user neo4j, and
 * the driver uses it (LocalNeo4j.password).
 *
 * A server has an owner: the process that started it (the API, a test run, a bench), which it
 * watches — it stops itself when the owner ends, even by SIGKILL. `db:start` starts one without
 * an owner, for `db:stop` to stop. The pid file beside the data directory records the server,
 * its port and its owner, so that a second start on the same data reuses a server without an
 * owner, refuses one whose owner still runs, and replaces a stale one (its owner gone, or a
 * record from before owners were recorded) instead of silently adopting it.
 */
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
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
  /**
   * The process the server lives for (default this one); it stops itself when that process
   * ends. null: no owner, it runs until `stopLocalNeo4j` (db:start).
   */
  owner?: number | null;
}

export interface LocalNeo4j {
  uri: string;
  pid: number;
  /** Milliseconds from spawning the JVM to a verified Bolt connection; 0 when reused. */
  startMs: number;
  /** false when an already running server on the same data directory was reused. */
  startedHere: boolean;
  user: string;
  password: string;
}

interface PidFile {
  pid: number;
  port: number;
  /** null: started without an owner (db:start); absent: recorded before owners were. */
  owner?: number | null;
}

export const LOCAL_USER = 'neo4j';

function dataPath(dataDir: string): string {
  return path.resolve(LOCAL_DIR, dataDir);
}

function pidFilePath(dataDir: string): string {
  return `${dataPath(dataDir)}.pid`;
}

function logFilePath(dataDir: string): string {
  return `${dataPath(dataDir)}.log`;
}

/** Where the password of the local Neo4j on this data directory is kept. */
export function passwordFilePath(dataDir: string): string {
  return path.join(dataPath(dataDir), 'password');
}

/** The password of this data directory, generated (and stored, owner-readable only) on first use. */
export function localPassword(dataDir: string): string {
  const file = passwordFilePath(dataDir);
  fs.mkdirSync(dataPath(dataDir), { recursive: true, mode: 0o700 });
  try {
    fs.writeFileSync(file, `${randomBytes(24).toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  fs.chmodSync(file, 0o600);
  return fs.readFileSync(file, 'utf8').trim();
}

/** Whether the process is this project's Neo4j launcher (and not another that got its pid); true where /proc is missing. */
function isLauncher(pid: number): boolean {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('Launcher.java');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ENOENT' || !fs.existsSync('/proc/self');
  }
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
    throw new LocalNeo4jError(
      `could not run Maven (mvn) to fetch the Neo4j jars: ${result.error.message}; install Maven 3 and Java 17+`,
    );
  }
  if (result.status !== 0 || !jarsPresent()) {
    throw new LocalNeo4jError(`Maven could not fetch the Neo4j jars into ${LIB_DIR} (exit ${result.status})`);
  }
}

async function verifyBolt(uri: string, password: string, deadline: number): Promise<void> {
  let lastError: unknown = null;
  while (Date.now() < deadline) {
    const driver = neo4j.driver(uri, neo4j.auth.basic(LOCAL_USER, password), { connectionTimeout: 2_000 });
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
 * What to do with the server a pid file records: reuse it (no owner, or owned by this process),
 * refuse (another running process owns it), or replace it (stale).
 */
function judgeRunning(running: PidFile): 'reuse' | 'refuse' | 'replace' {
  if (!isLauncher(running.pid)) return 'replace';
  if (running.owner === undefined) return 'replace';
  if (running.owner === null || running.owner === process.pid) return 'reuse';
  return isAlive(running.owner) ? 'refuse' : 'replace';
}

/**
 * Starts the local Neo4j in the background (or reuses the one already running on the same data
 * directory, see judgeRunning) and resolves once a driver can connect.
 */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = options.log ?? (() => {});
  const timeoutMs = options.timeoutMs ?? 180_000;
  const owner = options.owner === undefined ? process.pid : options.owner;
  const password = localPassword(options.dataDir);
  const running = readPidFile(options.dataDir);
  if (running) {
    const verdict = judgeRunning(running);
    if (verdict === 'reuse') {
      const uri = `bolt://127.0.0.1:${running.port}`;
      await verifyBolt(uri, password, Date.now() + 30_000);
      log(`reusing the local Neo4j already running at ${uri} (pid ${running.pid})`);
      return { uri, pid: running.pid, startMs: 0, startedHere: false, user: LOCAL_USER, password };
    }
    if (verdict === 'refuse') {
      throw new LocalNeo4jError(
        `the local Neo4j on ${dataPath(options.dataDir)} (pid ${running.pid}) belongs to the running process ${running.owner}; ` +
          'stop that process or choose another data directory',
      );
    }
    log(
      `replacing a stale local Neo4j (pid ${running.pid}, owner ${running.owner ?? 'unrecorded'} gone) on ${dataPath(options.dataDir)}`,
    );
    await stopLocalNeo4j(options.dataDir); // removes the record; stops the process only if it is a launcher
  } else {
    fs.rmSync(pidFilePath(options.dataDir), { force: true });
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
      // The throughput collector instead of G1: a load keeps each transaction's state alive
      // until its commit, and on two cores G1 spent 8-13 s of Neo4j's 24-27 s of CPU collecting
      // during a load of 1,000 resolutions; the parallel collector 2.2-2.5 s (README, Load).
      '-XX:+UseParallelGC',
      '-cp',
      `${LIB_DIR}${path.sep}*`,
      path.join(LOCAL_DIR, 'Launcher.java'),
      '--port',
      String(options.port),
      '--data',
      dataPath(options.dataDir),
      '--pagecache-mb',
      String(options.pageCacheMb ?? 512),
      '--password-file',
      passwordFilePath(options.dataDir),
      ...(owner === null ? [] : ['--owner-pid', String(owner)]),
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
  fs.writeFileSync(pidFilePath(options.dataDir), JSON.stringify({ pid, port: options.port, owner } satisfies PidFile));

  try {
    const uri = await waitForReadyLine(logFile, pid, deadline);
    await verifyBolt(uri, password, deadline);
    const startMs = Date.now() - began;
    log(`local Neo4j ready at ${uri} after ${startMs} ms (pid ${pid})`);
    return { uri, pid, startMs, startedHere: true, user: LOCAL_USER, password };
  } catch (error) {
    fs.rmSync(pidFilePath(options.dataDir), { force: true });
    throw error;
  }
}

/** Stops the local Neo4j on this data directory, if one runs; resolves when it has exited. */
export async function stopLocalNeo4j(dataDir: string, timeoutMs = 60_000): Promise<boolean> {
  const running = readPidFile(dataDir);
  fs.rmSync(pidFilePath(dataDir), { force: true });
  if (!running || !isLauncher(running.pid)) return false;
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
