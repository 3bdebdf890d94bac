/**
 * The response cache against the real Neo4j: a hit is the same bytes without a statement, answers
 * to other variables, languages or media types are never shared, a load invalidates, errors are
 * never kept, the byte budget holds, and RESPONSE_CACHE=off (no cache) runs every request.
 */
import http from 'node:http';
import pino from 'pino';
import { Database, type Query, type ReadOptions, type Row } from '../../src/graph/database';
import { type RunningServer, startServer } from '../../src/server';
import { readContract } from '../contract/read-contract';
import { seedCleanGraph, testDatabase } from './neo4j-env';

/** Counts the statements the server sends (graph-version reads included; refreshes are off here). */
class CountingDatabase extends Database {
  reads = 0;
  override async read(query: Query, options?: ReadOptions): Promise<Row[]> {
    this.reads += 1;
    return super.read(query, options);
  }
}

interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A POST with node:http, so that nothing decodes or caches on the way. */
function post(url: string, body: object, headers: Record<string, string> = {}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

const overview = readContract().find((op) => op.file.startsWith('01'))!;
const NAME = `query Name($id: ID!, $lang: Lang!) { actor(id: $id) { id name(lang: $lang) } }`;

describe('the response cache', () => {
  let base: Database;
  let db: CountingDatabase;
  let server: RunningServer;
  let uncached: RunningServer;
  const logger = pino({ level: 'silent' });

  beforeAll(async () => {
    base = testDatabase();
    await seedCleanGraph(base);
    db = new CountingDatabase(base.driver, base.name);
    const common = { db, logger, port: 0, host: '127.0.0.1', graphVersionRefreshMs: 0 };
    server = await startServer({ ...common, responseCache: { maxBytes: 400_000 } });
    uncached = await startServer({ ...common, responseCache: null });
  }, 180_000);

  afterAll(async () => {
    for (const s of [server, uncached]) {
      await s?.stop();
      await new Promise((resolve) => s?.httpServer.close(resolve));
    }
    await base?.close();
  });

  it('answers a request seen before with the same bytes, without a statement', async () => {
    const request = { query: overview.query, variables: { id: 'WTSA-44' } };
    const first = await post(server.url, request);
    expect(first.status).toBe(200);
    expect(first.headers['cache-status']).toBe('itu-graph; fwd=miss; stored');
    const before = db.reads;
    const second = await post(server.url, request);
    expect(db.reads).toBe(before);
    expect(second.status).toBe(200);
    expect(second.headers['cache-status']).toBe('itu-graph; hit');
    expect(second.body.equals(first.body)).toBe(true);
    expect(second.headers['content-type']).toBe(first.headers['content-type']);
    expect(second.headers.etag).toBe(first.headers.etag);
    expect(second.headers['cache-control']).toBe(first.headers['cache-control']);
    expect(JSON.parse(second.body.toString()).data.resolution.id).toBe('WTSA-44');
  }, 60_000);

  it('never shares an answer between other variables, languages or media types', async () => {
    const zh = { query: NAME, variables: { id: 'TSB-DIRECTOR', lang: 'ZH' } };
    const en = { query: NAME, variables: { id: 'TSB-DIRECTOR', lang: 'EN' } };
    const other = { query: NAME, variables: { id: 'BDT-DIRECTOR', lang: 'ZH' } };
    const answers = [];
    for (const body of [zh, en, other]) answers.push(await post(server.url, body));
    for (const answer of answers) expect(answer.headers['cache-status']).toBe('itu-graph; fwd=miss; stored');
    const names = answers.map((a) => JSON.parse(a.body.toString()).data.actor);
    expect(names[0].name).not.toBe(names[1].name);
    expect(names[2].id).toBe('BDT-DIRECTOR');
    // Each is now a hit on its own answer.
    for (const [i, body] of [zh, en, other].entries()) {
      const again = await post(server.url, body);
      expect(again.headers['cache-status']).toBe('itu-graph; hit');
      expect(again.body.equals(answers[i].body)).toBe(true);
    }
    // The same query and variables asked for another media type are another answer.
    const typed = await post(server.url, zh, { accept: 'application/graphql-response+json' });
    expect(typed.headers['cache-status']).toBe('itu-graph; fwd=miss; stored');
    expect(typed.headers['content-type']).toMatch(/^application\/graphql-response\+json/);
    // The same variables in another key order are the same request.
    const reordered = await post(server.url, { query: NAME, variables: { lang: 'ZH', id: 'TSB-DIRECTOR' } });
    expect(reordered.headers['cache-status']).toBe('itu-graph; hit');
  }, 60_000);

  it('never keeps an error or a refused request', async () => {
    const invalid = { query: '{ resolution(id: "WTSA-44") { nonsense } }' };
    const overBudget = { query: '{ obligations(first: 1000) { totalCount } }' };
    for (const body of [invalid, overBudget, invalid, overBudget]) {
      const answer = await post(server.url, body);
      expect(answer.status).toBeGreaterThanOrEqual(200);
      expect(JSON.parse(answer.body.toString()).errors.length).toBeGreaterThan(0);
      expect(answer.headers['cache-status']).toBe('itu-graph; fwd=miss');
      expect(answer.headers['cache-control']).toBe('no-store');
    }
  }, 60_000);

  it('is emptied by a load: the next request runs again and gets the same answer', async () => {
    const request = { query: overview.query, variables: { id: 'WTSA-44' } };
    const cachedBefore = await post(server.url, request);
    expect(cachedBefore.headers['cache-status']).toBe('itu-graph; hit');
    const invalidations = server.responseCache!.stats.invalidations;
    await seedCleanGraph(base);
    await server.graphVersion.refresh();
    const before = db.reads;
    const after = await post(server.url, request);
    expect(db.reads).toBeGreaterThan(before);
    expect(after.headers['cache-status']).toBe('itu-graph; fwd=miss; stored');
    expect(after.headers.etag).not.toBe(cachedBefore.headers.etag);
    expect(after.body.equals(cachedBefore.body)).toBe(true);
    expect(server.responseCache!.stats.invalidations).toBe(invalidations + 1);
  }, 180_000);

  it('never holds more than its byte budget', async () => {
    const budget = server.responseCache!.stats.maxBytes;
    const ids = ['WTSA-44', 'PP-123', 'PP-71', 'PP-139', 'PP-154', 'PP-169', 'PP-191', 'PP-195', 'PP-197'];
    for (let round = 0; round < 6; round++) {
      for (const id of ids) {
        // Every round a new document (an alias), so that each request is a miss that is kept.
        const query = overview.query.replace('resolution(id: $id)', `resolution${round}: resolution(id: $id)`);
        expect(query).not.toBe(overview.query);
        const answer = await post(server.url, { query, variables: { id } });
        expect(answer.status).toBe(200);
        expect(server.responseCache!.stats.bytes).toBeLessThanOrEqual(budget);
      }
    }
    const stats = server.responseCache!.stats;
    expect(stats.stored).toBeGreaterThan(stats.entries); // it had to evict to stay within the budget
  }, 300_000);

  it('off, runs every request and says nothing about a cache', async () => {
    const request = { query: overview.query, variables: { id: 'WTSA-44' } };
    const first = await post(uncached.url, request);
    const before = db.reads;
    const second = await post(uncached.url, request);
    expect(db.reads).toBeGreaterThan(before);
    expect(second.headers['cache-status']).toBeUndefined();
    expect(second.body.equals(first.body)).toBe(true);
    expect(uncached.responseCache).toBeNull();
  }, 60_000);
});
