/**
 * A bounded load test on loopback: the real service (as `npm start` runs it) under 50
 * keep-alive connections for 20 s, cycling through every contract operation with every
 * variable set. No transport error, no non-2xx, no GraphQL error, and the server's resident
 * memory in the last quarter of the run no more than 25 % above the first quarter's (after a
 * 10 s warm-up that lets the heap reach its working size).
 */
import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { testDatabase, seedCleanGraph } from './neo4j-env';
import { type ServerProcess, startServerProcess } from './server-process';

const CONNECTIONS = 50;
const WARM_UP_SECONDS = 10;
const SECONDS = 20;

function contractRequests(): { query: string; variables: unknown; name: string }[] {
  const shared = path.resolve(__dirname, '../../../shared/contract');
  const dir = fs.existsSync(shared) ? shared : path.resolve(__dirname, '../contract/operations');
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.graphql'))
    .sort()
    .flatMap((file) => {
      const query = fs.readFileSync(path.join(dir, file), 'utf8');
      const sets = JSON.parse(fs.readFileSync(path.join(dir, file.replace(/\.graphql$/, '.variables.json')), 'utf8')) as unknown[];
      return sets.map((variables) => ({ query, variables, name: file }));
    });
}

function residentKiB(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]);
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('the service under a bounded load', () => {
  const db = testDatabase();
  let server: ServerProcess;

  beforeAll(async () => {
    await seedCleanGraph(db);
    server = await startServerProcess(process.env.NEO4J_URI as string, { LOG_LEVEL: 'info' });
  }, 180_000);

  afterAll(async () => {
    if (server && server.child.exitCode === null) {
      server.child.kill('SIGTERM');
      await server.exited;
    }
    await db.close();
  });

  async function load(seconds: number, onSample?: () => void) {
    const failures: string[] = [];
    const requests = contractRequests().map(({ query, variables, name }) => ({
      method: 'POST' as const,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
      onResponse: (status: number, body: string) => {
        if (status !== 200 || body.includes('"errors":')) failures.push(`${name} ${status} ${body.slice(0, 200)}`);
      },
    }));
    const sampler = onSample ? setInterval(onSample, 250) : undefined;
    try {
      const result = await autocannon({ url: `${server.baseUrl}/graphql`, connections: CONNECTIONS, duration: seconds, timeout: 10, requests });
      return { result, failures };
    } finally {
      if (sampler) clearInterval(sampler);
    }
  }

  it(`answers ${CONNECTIONS} connections for ${SECONDS} s with no error and no memory growth`, async () => {
    await load(WARM_UP_SECONDS);
    const pid = server.child.pid!;
    const samples: number[] = [];
    const { result, failures } = await load(SECONDS, () => samples.push(residentKiB(pid)));

    const quarter = Math.floor(samples.length / 4);
    const first = mean(samples.slice(0, quarter));
    const last = mean(samples.slice(-quarter));
    console.log(
      `soak: ${result.requests.total} requests in ${SECONDS} s (${Math.round(result.requests.average)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms), ` +
        `errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}, GraphQL errors ${failures.length}; ` +
        `RSS first quarter ${Math.round(first / 1024)} MiB, last quarter ${Math.round(last / 1024)} MiB (×${(last / first).toFixed(3)})`,
    );

    expect(result.requests.total).toBeGreaterThan(0);
    expect(failures.slice(0, 5)).toEqual([]);
    expect({ errors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx }).toEqual({ errors: 0, timeouts: 0, non2xx: 0 });
    expect(quarter).toBeGreaterThan(5);
    expect(last / first).toBeLessThanOrEqual(1.25);
  }, 120_000);
});
