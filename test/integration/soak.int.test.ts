/**
 * A bounded load test on loopback: the API server under 50 keep-alive connections for 20 s,
 * cycling through every contract operation with every variable set; the server and the load
 * generator (autocannon) each in a process of its own. No transport error, no non-2xx, no
 * GraphQL error, and no memory growth: the server's live heap, measured after a full garbage
 * collection with no request in flight, is no larger after the run than after the warm-up,
 * within 10 % + 3 MiB — a leak of a few kB per request would exceed it.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { seedCleanGraph, testDatabase } from './neo4j-env';

const CONNECTIONS = 50;
const WARM_UP_SECONDS = 5;
const SECONDS = 20;

const settle = () => new Promise((resolve) => setTimeout(resolve, 500));

/** The server in its own process (soak-server.ts), asked over IPC. */
interface SoakServer {
  child: ChildProcess;
  url: string;
  /** Its live heap: used bytes after a full collection. */
  liveHeapBytes(): Promise<number>;
}

function startSoakServer(): Promise<SoakServer> {
  const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', path.join(__dirname, 'soak-server.ts')], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`the soak server exited with ${code}`))),
  );
  exited.catch(() => undefined); // an exit after the test is expected; before, it rejects the pending reply
  /** The next message carrying `key`, or the server's exit. */
  const reply = <T>(key: string) =>
    Promise.race([
      new Promise<T>((resolve) => {
        const onMessage = (message: Record<string, T>) => {
          if (!(key in message)) return;
          child.off('message', onMessage);
          resolve(message[key]);
        };
        child.on('message', onMessage);
      }),
      exited,
    ]);
  return reply<string>('url').then((url) => ({
    child,
    url,
    liveHeapBytes() {
      const heap = reply<number>('heap');
      child.send('heap');
      return heap;
    },
  }));
}

interface LoadOutcome {
  operations: number;
  requests: number;
  reqPerSec: number;
  p50: number;
  p99: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  graphqlErrors: number;
  failures: string[];
}

function load(url: string, seconds: number): Promise<LoadOutcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(__dirname, 'soak-load.ts'), url, String(CONNECTIONS), String(seconds)],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) reject(new Error(`the load generator exited with ${code}: ${err}`));
      else resolve(JSON.parse(out.trim().split('\n').pop()!) as LoadOutcome);
    });
  });
}

const MiB = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;

describe('the API under a bounded load', () => {
  const db = testDatabase();
  let server: SoakServer;

  beforeAll(async () => {
    await seedCleanGraph(db);
    server = await startSoakServer();
  }, 120_000);

  afterAll(async () => {
    if (server && server.child.exitCode === null) {
      const exited = new Promise((resolve) => server.child.once('exit', resolve));
      server.child.send('stop');
      await exited;
    }
    await db.close();
  });

  it(`answers ${CONNECTIONS} connections for ${SECONDS} s with no error and no memory growth`, async () => {
    const { url } = server;
    await load(url, WARM_UP_SECONDS);
    await settle(); // let the load generator's connections close
    const before = await server.liveHeapBytes();
    const quarter = (SECONDS * 1000) / 4;
    const during = [1, 2, 3].map(
      (q) => new Promise<number>((resolve) => setTimeout(() => resolve(server.liveHeapBytes()), q * quarter)),
    );
    const outcome = await load(url, SECONDS);
    const heaps = await Promise.all(during);
    await settle();
    heaps.push(await server.liveHeapBytes());
    const after = heaps[3];

    console.log(
      `soak: ${outcome.requests} requests in ${SECONDS} s over ${outcome.operations} operations (${Math.round(outcome.reqPerSec)} req/s, p50 ${outcome.p50} ms, p99 ${outcome.p99} ms), ` +
        `errors ${outcome.errors}, timeouts ${outcome.timeouts}, non-2xx ${outcome.non2xx}, GraphQL errors ${outcome.graphqlErrors}; ` +
        `live heap ${MiB(before)} MiB after the warm-up, ${heaps.map(MiB).join(' / ')} MiB after each quarter (the last with no request in flight)`,
    );

    expect(outcome.requests).toBeGreaterThan(0);
    expect(outcome.failures).toEqual([]);
    expect({
      errors: outcome.errors,
      timeouts: outcome.timeouts,
      non2xx: outcome.non2xx,
      graphqlErrors: outcome.graphqlErrors,
    }).toEqual({
      errors: 0,
      timeouts: 0,
      non2xx: 0,
      graphqlErrors: 0,
    });
    expect(heaps).toHaveLength(4);
    expect(after).toBeLessThanOrEqual(before * 1.1 + 3 * 2 ** 20);
  }, 120_000);
});
