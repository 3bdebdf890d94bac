/**
 * One benchmark target in its own process (so that the load generator and the server do not
 * share an event loop): `node bench/.targets-build/bench/api/target-server.js <target>`, compiled
 * by tsc (targets.ts), with NEO4J_URI and BENCH_API_DIR (this folder in the source tree) set by the
 * parent. Listens on 127.0.0.1 on a free port and tells the parent over IPC; answers the
 * parent's `counts` and `trace` messages with what count-queries.ts recorded, `plans-idle` once our
 * API's look-ahead warm-ups are done, and `plan-fixed-statements` once it has planned its fixed statements
 * again, as at start (after the parent emptied Neo4j's plan cache).
 *
 *   api            our server, src/server.ts startServer (the real one: logging, request ids, LOOKAHEAD and
 *                  LOOKAHEAD_AFTER as configured, default planned from a shape's second request), no response cache
 *   api-cached     the same with its response cache on (RESPONSE_CACHE_MAX_BYTES, default 32 MiB)
 *   api-naive      the same with look-ahead and DataLoader batching off (unbatched-dataloader.ts)
 *   neo4j-graphql  @neo4j/graphql 7 on the same Neo4j, same @apollo/server, type-defs.graphql
 *   floor          node:http answering every POST with one `RETURN 1` over Bolt
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { StatementPlansState } from '../../src/api/statement-plans';
import { DEFAULT_RESPONSE_CACHE_BYTES, readConfig } from '../../src/config';
import { createDriver } from '../../src/graph/driver';
import { countQueries, type QueryCounter } from './count-queries';
import { disableDataLoaderBatching } from './unbatched-dataloader';

/** This folder in the source tree, for what tsc does not copy into the build (the parent says where). */
const SOURCE_DIR = process.env.BENCH_API_DIR ?? __dirname;

export const TARGETS = ['api', 'api-cached', 'api-naive', 'neo4j-graphql', 'floor'] as const;
export type TargetName = (typeof TARGETS)[number];

export type ParentMessage =
  | { type: 'counts' }
  | { type: 'trace'; on: boolean }
  | { type: 'memory' }
  | { type: 'plans-idle' }
  | { type: 'plan-fixed-statements' };

/** The process's memory, and its response cache's bytes against the budget (null: no cache). */
export interface MemorySample {
  rss: number;
  heapUsed: number;
  external: number;
  cache: { bytes: number; maxBytes: number; entries: number; stored: number; hits: number; misses: number } | null;
}

export type ChildMessage =
  | { type: 'listening'; port: number }
  | { type: 'counts'; count: number }
  | { type: 'trace'; queries: QueryCounter['trace'] }
  | { type: 'memory'; sample: MemorySample }
  | { type: 'plans'; state: StatementPlansState | null };

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function listen(server: http.Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port));
  });
}

async function startNeo4jGraphQL(driver: ReturnType<typeof createDriver>, database: string): Promise<number> {
  const { Neo4jGraphQL } = await import('@neo4j/graphql');
  const { ApolloServer, HeaderMap } = await import('@apollo/server');
  const typeDefs = fs.readFileSync(path.join(SOURCE_DIR, 'neo4j-graphql', 'type-defs.graphql'), 'utf8');
  const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
  const apollo = new ApolloServer({ schema, introspection: true });
  await apollo.start();
  const server = http.createServer((req, res) => {
    void (async () => {
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      const text = req.method === 'POST' ? await readBody(req) : '';
      const response = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: {
          method: req.method ?? 'GET',
          headers,
          search: new URL(req.url ?? '/', 'http://x').search,
          body: text ? JSON.parse(text) : undefined,
        },
        context: async () => ({ sessionConfig: { database } }),
      });
      res.statusCode = response.status ?? 200;
      for (const [key, value] of response.headers) res.setHeader(key, value);
      if (response.body.kind === 'complete') res.end(response.body.string);
      else {
        for await (const chunk of response.body.asyncIterator) res.write(chunk);
        res.end();
      }
    })().catch((error: Error) => {
      res.statusCode = 500;
      res.end(JSON.stringify({ errors: [{ message: error.message }] }));
    });
  });
  return listen(server);
}

async function startFloor(driver: ReturnType<typeof createDriver>, database: string): Promise<number> {
  const server = http.createServer((req, res) => {
    void (async () => {
      await readBody(req);
      const session = driver.session({ database, defaultAccessMode: 'READ' });
      try {
        // Like the API's reads: one auto-commit statement (RUN + PULL, no BEGIN/COMMIT).
        const one = (await session.run('RETURN 1 AS one', {}, { timeout: 10_000 })).records[0].get('one');
        res.setHeader('content-type', 'application/json; charset=utf-8');
        res.end(JSON.stringify({ data: { one } }));
      } finally {
        await session.close();
      }
    })().catch((error: Error) => {
      res.statusCode = 500;
      res.end(JSON.stringify({ errors: [{ message: error.message }] }));
    });
  });
  return listen(server);
}

async function main(target: TargetName): Promise<void> {
  const config = readConfig();
  if (config.neo4j.uri === null) throw new Error('expected NEO4J_URI from the parent, found none');
  if (target === 'api-naive') disableDataLoaderBatching();
  const driver = createDriver({ ...config.neo4j, uri: config.neo4j.uri });
  const counter = countQueries(driver);
  let port: number;
  let cacheStats: () => MemorySample['cache'] = () => null;
  // Our API's look-ahead plans (LOOKAHEAD=planned): wait for its warm-ups, or start again as after a restart.
  let plansIdle = async (): Promise<StatementPlansState | null> => null;
  let planFixedStatements = async (): Promise<StatementPlansState | null> => null;
  if (target === 'api' || target === 'api-naive' || target === 'api-cached') {
    const { Database } = await import('../../src/graph/database');
    const { createLogger } = await import('../../src/logger');
    const { startServer } = await import('../../src/server');
    // The naive variant has neither of the two ways of saving round trips: no look-ahead, no batching.
    const prefetch = target !== 'api-naive';
    const server = await startServer({
      db: new Database(driver, config.neo4j.database),
      logger: createLogger(config.logLevel),
      port: 0,
      host: '127.0.0.1',
      prefetch,
      // As the service runs it (LOOKAHEAD, default planned): a first-seen shape goes through the
      // loaders while its look-ahead statement is planned off the request path.
      lookAhead: config.lookAhead,
      lookAheadAfter: config.lookAheadAfter,
      // The admission queue and the request limits as configured, as `npm start` runs them.
      admission: config.admission,
      limits: config.limits,
      // Only api-cached keeps answers: every other figure of the bench is uncached.
      responseCache:
        target === 'api-cached' ? (config.http.responseCache ?? { maxBytes: DEFAULT_RESPONSE_CACHE_BYTES }) : null,
    });
    port = server.port;
    plansIdle = async () => {
      await server.plans?.idle();
      return server.plans?.state ?? null;
    };
    planFixedStatements = async () => {
      await server.planFixedStatements();
      return server.plans?.state ?? null;
    };
    cacheStats = () => {
      const stats = server.responseCache?.stats;
      return stats
        ? {
            bytes: stats.bytes,
            maxBytes: stats.maxBytes,
            entries: stats.entries,
            stored: stats.stored,
            hits: stats.hits,
            misses: stats.misses,
          }
        : null;
    };
  } else if (target === 'neo4j-graphql') {
    port = await startNeo4jGraphQL(driver, config.neo4j.database);
  } else {
    port = await startFloor(driver, config.neo4j.database);
  }
  process.on('message', (message: ParentMessage) => {
    if (message.type === 'counts') send({ type: 'counts', count: counter.count });
    if (message.type === 'trace') {
      const queries = counter.trace;
      counter.trace = message.on ? [] : null;
      send({ type: 'trace', queries });
    }
    if (message.type === 'plans-idle') void plansIdle().then((state) => send({ type: 'plans', state }));
    if (message.type === 'plan-fixed-statements')
      void planFixedStatements().then((state) => send({ type: 'plans', state }));
    if (message.type === 'memory') {
      const { rss, heapUsed, external } = process.memoryUsage();
      send({ type: 'memory', sample: { rss, heapUsed, external, cache: cacheStats() } });
    }
  });
  process.on('disconnect', () => process.exit(0));
  send({ type: 'listening', port });
}

function send(message: ChildMessage): void {
  process.send?.(message);
}

if (require.main === module) {
  const target = process.argv[2] as TargetName;
  if (!TARGETS.includes(target)) {
    console.error(`expected a target of ${TARGETS.join(', ')}, got ${JSON.stringify(target)}`);
    process.exit(2);
  }
  main(target).catch((error: Error) => {
    console.error(`target ${target}: ${error.stack ?? error.message}`);
    process.exit(1);
  });
}
