/**
 * A bounded load test on loopback: the API server under 50 keep-alive connections for 20 s
 * (autocannon in a process of its own), cycling through every contract operation with every
 * variable set. No transport error, no non-2xx, no GraphQL error, and no memory growth: the
 * server's live heap, measured after a full garbage collection, is no larger after the run (with
 * no request in flight) than after the warm-up or the first quarter, whichever is smaller,
 * within 5 % + 2 MiB — a leak of 3 kB per request would exceed it. The server runs in this
 * process so that a collection can be forced; the service as `npm start` runs it is covered
 * by server.int.test.ts.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import pino from 'pino';
import { seedCleanGraph, testDatabase } from './neo4j-env';
import { type RunningServer, startServer } from '../../src/server';

const CONNECTIONS = 50;
const WARM_UP_SECONDS = 5;
const SECONDS = 20;

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

const settle = () => new Promise((resolve) => setTimeout(resolve, 500));

/** The live heap: used bytes after a full collection. */
function liveHeapBytes(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed;
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
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'soak-load.ts'), url, String(CONNECTIONS), String(seconds)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
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
  let server: RunningServer;

  beforeAll(async () => {
    await seedCleanGraph(db);
    server = await startServer({ db, logger: pino({ level: 'silent' }), port: 0, host: '127.0.0.1' });
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    await db.close();
  });

  it(`answers ${CONNECTIONS} connections for ${SECONDS} s with no error and no memory growth`, async () => {
    const url = server.url.replace('localhost', '127.0.0.1');
    await load(url, WARM_UP_SECONDS);
    await settle(); // let the load generator's connections close
    const before = liveHeapBytes();
    const heaps: number[] = [];
    const quarter = (SECONDS * 1000) / 4;
    const timers = [1, 2, 3].map((q) => setTimeout(() => heaps.push(liveHeapBytes()), q * quarter));
    const outcome = await load(url, SECONDS);
    timers.forEach(clearTimeout);
    await settle();
    heaps.push(liveHeapBytes());
    const after = heaps[3];

    console.log(
      `soak: ${outcome.requests} requests in ${SECONDS} s over ${outcome.operations} operations (${Math.round(outcome.reqPerSec)} req/s, p50 ${outcome.p50} ms, p99 ${outcome.p99} ms), ` +
        `errors ${outcome.errors}, timeouts ${outcome.timeouts}, non-2xx ${outcome.non2xx}, GraphQL errors ${outcome.graphqlErrors}; ` +
        `live heap ${MiB(before)} MiB after the warm-up, ${heaps.map(MiB).join(' / ')} MiB after each quarter (the last with no request in flight)`,
    );

    expect(outcome.requests).toBeGreaterThan(0);
    expect(outcome.failures).toEqual([]);
    expect({ errors: outcome.errors, timeouts: outcome.timeouts, non2xx: outcome.non2xx, graphqlErrors: outcome.graphqlErrors }).toEqual({
      errors: 0,
      timeouts: 0,
      non2xx: 0,
      graphqlErrors: 0,
    });
    expect(heaps).toHaveLength(4);
    // The smaller of the two early figures: the one after the warm-up can still hold garbage
    // of earlier test files that only a later collection frees.
    const baseline = Math.min(before, heaps[0]);
    expect(after).toBeLessThanOrEqual(baseline * 1.05 + 2 * 2 ** 20);
  }, 120_000);
});
