/**
 * Overload is answered, not failed: past the admission queue's limits a request gets 503
 * SERVICE_UNAVAILABLE with Retry-After (never INTERNAL_SERVER_ERROR); a request past its time
 * budget gets a 503 naming the budget; a cancelled read stops its statement in Neo4j.
 */
import pino from 'pino';
import type { Database } from '../../src/graph/database';
import { type RunningServer, startServer } from '../../src/server';
import { seedCleanGraph, testDatabase } from './neo4j-env';

const HEAVY =
  '{ neighborhood(id: "WTSA-44", depth: 3, limit: 500) { nodes { id label } edges { source target type } } }';

/* eslint-disable @typescript-eslint/no-explicit-any */
async function post(url: string, query: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    body: (await response.json()) as any,
  };
}

describe('overload', () => {
  let db: Database;
  const servers: RunningServer[] = [];
  const logger = pino({ level: 'silent' });

  beforeAll(async () => {
    db = testDatabase();
    await seedCleanGraph(db);
  }, 180_000);

  afterAll(async () => {
    for (const server of servers) await server.stop();
    await db.close();
  });

  async function serve(options: Partial<Parameters<typeof startServer>[0]>): Promise<RunningServer> {
    const server = await startServer({ db, logger, port: 0, host: '127.0.0.1', ...options });
    servers.push(server);
    return server;
  }

  /**
   * Sends rounds of `n` requests at once until one is refused (at most five rounds): on a busy
   * machine the requests of one round may arrive one after another, each finding the lane free.
   */
  async function untilRefused(url: string, n: number) {
    const all: Awaited<ReturnType<typeof post>>[] = [];
    for (let round = 0; round < 5 && !all.some((answer) => answer.status === 503); round++) {
      all.push(...(await Promise.all(Array.from({ length: n }, () => post(url, HEAVY)))));
    }
    return all;
  }

  it('answers 503 SERVICE_UNAVAILABLE with Retry-After to what the queue cannot hold, and serves the rest', async () => {
    const server = await serve({
      admission: {
        maxConcurrent: 1,
        maxHeavy: 1,
        maxHeavyNodes: 1_024,
        maxQueued: 0,
        maxWaitMs: 60_000,
        schemaRest: 0,
      },
    });
    const answers = await untilRefused(server.url, 12);
    const refused = answers.filter((answer) => answer.status === 503);
    const served = answers.filter((answer) => answer.status === 200);
    expect(refused.length + served.length).toBe(answers.length);
    expect(served.length).toBeGreaterThanOrEqual(1);
    expect(refused.length).toBeGreaterThanOrEqual(1);
    for (const answer of refused) {
      expect(answer.retryAfter).toBe('1');
      expect(answer.body.errors[0]).toEqual({
        message: expect.stringMatching(/the server is busy/),
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      });
    }
    for (const answer of served) expect(answer.body.data.neighborhood.nodes.length).toBeGreaterThan(0);
  });

  it('answers 503 to a request that waited longer than the queue allows', async () => {
    const server = await serve({
      admission: { maxConcurrent: 1, maxHeavy: 1, maxHeavyNodes: 1_024, maxQueued: 100, maxWaitMs: 1, schemaRest: 0 },
    });
    const answers = await untilRefused(server.url, 8);
    const refused = answers.filter((answer) => answer.status === 503);
    expect(refused.length).toBeGreaterThanOrEqual(1);
    expect(refused[0].body.errors[0].message).toMatch(/no turn came within 1 ms/);
    expect(answers.every((answer) => answer.status === 200 || answer.status === 503)).toBe(true);
  });

  it('weighs a heavy request by its node count: two pages of 50 obligations share the heavy lane, two deep walks do not', async () => {
    // No queue: a request that has to wait for a turn is refused at once.
    const server = await serve({
      admission: {
        maxConcurrent: 8,
        maxHeavy: 2,
        maxHeavyNodes: 1_024,
        maxQueued: 0,
        maxWaitMs: 60_000,
        schemaRest: 0,
      },
    });
    const page = `{ obligations(filter: { actor: "TSB-DIRECTOR" }, first: 50) {
      totalCount edges { cursor node { id modality resolution { id } provision { id label }
      addressees { id } collaborators { id } citation } } pageInfo { hasNextPage endCursor } } }`;
    const pages: Awaited<ReturnType<typeof post>>[] = [];
    for (let round = 0; round < 5; round++)
      pages.push(...(await Promise.all([post(server.url, page), post(server.url, page)])));
    expect(pages.map((answer) => answer.status)).toEqual(pages.map(() => 200));
    expect(pages[0].body.data.obligations.edges.length).toBeGreaterThan(0);

    const walks = await untilRefused(server.url, 4);
    expect(walks.some((answer) => answer.status === 503)).toBe(true);
  });

  it('answers 503 naming the budget to a request that outlives its time budget', async () => {
    const server = await serve({ requestBudgetMs: 1 });
    const answer = await post(server.url, HEAVY);
    expect(answer.status).toBe(503);
    expect(answer.retryAfter).toBe('1');
    expect(answer.body.errors[0]).toEqual({
      message: 'the request took longer than its time budget of 1 ms',
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
  });

  it('replaces an answer over the response size cap by an error naming the cap, and listens on HOST only', async () => {
    const server = await serve({ maxResponseBytes: 2_000 });
    expect((server.httpServer.address() as { address: string }).address).toBe('127.0.0.1');
    const answer = await post(server.url, '{ resolution(id: "WTSA-44") { sections { id provisions { id text } } } }');
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', limit: 'maxResponseBytes' });
    expect(answer.body.errors[0].message).toMatch(/more than the response size cap of 2000 bytes/);
    expect((await post(server.url, '{ resolution(id: "WTSA-44") { id } }')).body).toEqual({
      data: { resolution: { id: 'WTSA-44' } },
    });
  });

  it('stops the Neo4j statement of a read whose signal aborts', async () => {
    const marker = `cancel-probe-${process.pid}-${Date.now()}`;
    const controller = new AbortController();
    const began = Date.now();
    const read = db.read(
      {
        cypher: `/* ${marker} */ UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 100 RETURN count(x) AS n`,
        params: {},
      },
      { signal: controller.signal },
    );
    const running = async (): Promise<number> =>
      (
        await db.read({
          cypher: 'SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $marker RETURN count(*) AS n',
          params: { marker },
        })
      )[0].n as number;
    for (let i = 0; i < 50 && (await running()) === 0; i++) await new Promise((r) => setTimeout(r, 100));
    expect(await running()).toBe(1);
    controller.abort(new Error('the client went away'));
    await expect(read).rejects.toThrow('the client went away');
    let left = 1;
    for (let i = 0; i < 50 && left > 0; i++) {
      await new Promise((r) => setTimeout(r, 100));
      left = await running();
    }
    expect(left).toBe(0);
    expect(Date.now() - began).toBeLessThan(9_000); // well before the statement's own 10 s timeout
  });
});
