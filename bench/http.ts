/**
 * `npm run bench:http [-- --seconds 10 --connections 10]`: what HTTP caching and compression save,
 * measured in one run on this machine.
 *
 * 1. Bytes on the wire for contract operation 01 (ResolutionOverview of WTSA-44) sent as a GET:
 *    identity, gzip and brotli (headers and body, as read from the socket).
 * 2. A revalidating load: autocannon sends every contract operation with every variable set as a
 *    GET, in turn; the clients remember the ETag of each URL, as a shared cache does, and send it
 *    back in If-None-Match. Half-way through, the graph is marked as loaded again
 *    (GraphMeta.loadedAt rewritten, as every load does, and the server told at once), so every
 *    ETag changes once. Printed: the share of 304 answers, beside the same load without
 *    If-None-Match (every answer a 200), requests per second of both and their ratio.
 *
 * Uses NEO4J_URI when set (it is only read, and the seed loaded when missing; GraphMeta.loadedAt
 * is rewritten); otherwise its own local Neo4j (neo4j-local/data-bench, BENCH_NEO4J_PORT, default
 * 7689). The server runs in this process, with logging off. Results: bench/results/http.json.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import autocannon from 'autocannon';
import pino from 'pino';
import { readConfig } from '../src/config';
import { connect } from '../src/graph/connect';
import { seedIfNeeded } from '../src/graph/seed';
import { startServer, type RunningServer } from '../src/server';
import { readContract } from '../test/contract/read-contract';

interface Settings {
  seconds: number;
  connections: number;
}

function settings(argv: string[]): Settings {
  const value = (name: string, fallback: number) => {
    const i = argv.indexOf(`--${name}`);
    const parsed = i >= 0 ? Number(argv[i + 1]) : fallback;
    if (!Number.isFinite(parsed) || parsed <= 0)
      throw new Error(`expected --${name} to be a positive number, got ${argv[i + 1]}`);
    return parsed;
  };
  return { seconds: value('seconds', 10), connections: value('connections', 10) };
}

function getPath(query: string, variables: object): string {
  return `/graphql?${new URLSearchParams({ query, variables: JSON.stringify(variables) })}`;
}

/** One GET on a fresh connection: status, header bytes and body bytes as they came off the socket. */
function wireBytes(
  port: number,
  target: string,
  acceptEncoding: string,
): Promise<{ encoding: string; status: number; total: number; body: number }> {
  return new Promise((resolve, reject) => {
    const req = http.get(
      { host: '127.0.0.1', port, path: target, agent: false, headers: { 'accept-encoding': acceptEncoding } },
      (res) => {
        let body = 0;
        res.on('data', (chunk: Buffer) => (body += chunk.length));
        res.on('end', () =>
          resolve({
            encoding: String(res.headers['content-encoding'] ?? 'identity'),
            status: res.statusCode ?? 0,
            total: res.socket?.bytesRead ?? NaN,
            body,
          }),
        );
      },
    );
    req.on('error', reject);
  });
}

interface LoadResult {
  requests: number;
  reqPerSec: number;
  statuses: Record<string, number>;
  share304: number;
}

async function revalidatingLoad(
  server: RunningServer,
  paths: string[],
  options: Settings & { revalidate: boolean; midway?: () => Promise<void> },
): Promise<LoadResult> {
  const statuses: Record<string, number> = {};
  // The ETags the clients hold, per URL (autocannon clears its per-connection context on every
  // round of the requests, so they are kept here: clients behind one shared cache).
  const etags = new Map<string, string>();
  const requests = paths.map((target) => ({
    method: 'GET' as const,
    path: target,
    setupRequest: (request: { headers?: Record<string, string> }) => {
      const etag = options.revalidate ? etags.get(target) : undefined;
      request.headers = etag ? { 'if-none-match': etag } : {};
      return request;
    },
    onResponse: (status: number, _body: string, _context: unknown, headers: Record<string, string>) => {
      statuses[status] = (statuses[status] ?? 0) + 1;
      if (headers.etag) etags.set(target, headers.etag);
    },
  }));
  const instance = autocannon({
    url: `http://127.0.0.1:${server.port}`,
    connections: options.connections,
    duration: options.seconds,
    requests: requests as never,
  });
  const timer = options.midway ? setTimeout(() => void options.midway!(), (options.seconds * 1000) / 2) : null;
  const result = await instance;
  if (timer) clearTimeout(timer);
  const total = Object.values(statuses).reduce((a, b) => a + b, 0);
  return {
    requests: total,
    reqPerSec: Math.round(total / (result.duration || options.seconds)),
    statuses,
    share304: (statuses['304'] ?? 0) / total,
  };
}

async function main(): Promise<void> {
  const options = settings(process.argv.slice(2));
  const config = readConfig();
  const log = (message: string) => process.stderr.write(`${message}\n`);
  const connection = await connect(config.neo4j, {
    log,
    localDataDir: 'data-bench',
    localPort: Number(process.env.BENCH_NEO4J_PORT ?? 7689),
  });
  let server: RunningServer | undefined;
  try {
    await seedIfNeeded(connection.db, { log });
    server = await startServer({
      db: connection.db,
      logger: pino({ level: 'silent' }),
      port: 0,
      host: '127.0.0.1',
      graphVersionRefreshMs: 0,
    });
    const operations = readContract();
    const overview = operations.find((op) => op.file.startsWith('01'))!;
    const overviewPath = getPath(overview.query, overview.variableSets[0]);
    const wire: Awaited<ReturnType<typeof wireBytes>>[] = [];
    for (const encoding of ['identity', 'gzip', 'br']) wire.push(await wireBytes(server.port, overviewPath, encoding));

    const paths = operations.flatMap((op) => op.variableSets.map((variables) => getPath(op.query, variables)));
    // Warm-up: plans cached, JIT warm.
    await revalidatingLoad(server, paths, { ...options, seconds: Math.min(3, options.seconds), revalidate: false });
    const running = server;
    const reload = async () => {
      await connection.db.driver.executeQuery(
        "MATCH (m:GraphMeta {id: 'graph'}) SET m.loadedAt = datetime()",
        {},
        { database: connection.db.name },
      );
      await running.graphVersion.refresh();
    };
    const unconditional = await revalidatingLoad(server, paths, { ...options, revalidate: false });
    const revalidating = await revalidatingLoad(server, paths, { ...options, revalidate: true, midway: reload });

    const lines = [
      `# bench:http — ${new Date().toISOString()}, ${paths.length} contract requests (operation × variable set) as GET, c=${options.connections}, ${options.seconds} s each`,
      '',
      'operation 01 (ResolutionOverview, WTSA-44) on the wire:',
      ...wire.map(
        (w) =>
          `  ${w.encoding.padEnd(8)} status ${w.status}  body ${String(w.body).padStart(6)} B  with headers ${String(w.total).padStart(6)} B  (${((100 * w.body) / wire[0].body).toFixed(1)} % of identity)`,
      ),
      '',
      `unconditional GETs:          ${unconditional.requests} requests, ${unconditional.reqPerSec} req/s, statuses ${JSON.stringify(unconditional.statuses)}`,
      `revalidating GETs (reload half-way): ${revalidating.requests} requests, ${revalidating.reqPerSec} req/s, statuses ${JSON.stringify(revalidating.statuses)}`,
      `share answered 304: ${(100 * revalidating.share304).toFixed(1)} %; throughput revalidating / unconditional: ${(revalidating.reqPerSec / unconditional.reqPerSec).toFixed(2)}x`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    const results = path.join(__dirname, 'results');
    fs.mkdirSync(results, { recursive: true });
    fs.writeFileSync(
      path.join(results, 'http.json'),
      `${JSON.stringify({ at: new Date().toISOString(), settings: options, requestsPerRound: paths.length, wire, unconditional, revalidating }, null, 2)}\n`,
    );
  } finally {
    await server?.stop();
    await connection.close();
  }
}

main().catch((error: Error) => {
  console.error(`bench:http: ${error.stack ?? error.message}`);
  process.exit(1);
});
