/**
 * What a frontend on another origin meets over HTTP: CORS preflights and headers, queries as
 * GET, ETag revalidation keyed on the graph version (and a reload that changes it),
 * negotiated compression, and graphql-http's GraphQL-over-HTTP audit.
 */
import zlib from 'node:zlib';
import http from 'node:http';
import pino from 'pino';
import { serverAudits } from 'graphql-http';
import { readManifest } from '../../src/api/trusted-documents';
import { startServer, type RunningServer } from '../../src/server';
import type { Database } from '../../src/graph/database';
import { readContract } from '../contract/read-contract';
import { seedCleanGraph, testDatabase } from './neo4j-env';

const ORIGIN = 'http://127.0.0.1:5173';
const overview = readContract().find((op) => op.file.startsWith('01'))!;

interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A request with node:http, so that nothing decodes or caches on the way (fetch would). */
function request(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method: options.method ?? 'GET', headers: options.headers, agent: false },
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
    req.end(options.body);
  });
}

function getUrl(server: RunningServer, query: string, variables?: object): string {
  const params = new URLSearchParams({ query });
  if (variables) params.set('variables', JSON.stringify(variables));
  return `${server.url}?${params}`;
}

const varyOf = (answer: RawAnswer) =>
  String(answer.headers.vary ?? '')
    .split(/\s*,\s*/)
    .map((v) => v.toLowerCase());

describe('the API from a web app on another origin', () => {
  let db: Database;
  let server: RunningServer;

  beforeAll(async () => {
    db = testDatabase();
    await seedCleanGraph(db);
    server = await startServer({
      db,
      logger: pino({ level: 'silent' }),
      port: 0,
      host: '127.0.0.1',
      graphVersionRefreshMs: 0,
    });
  }, 180_000);

  afterAll(async () => {
    await server?.stop();
    await db?.close();
  });

  describe('CORS', () => {
    it('answers a preflight with the methods and headers GraphQL clients send, and no credentials', async () => {
      const answer = await request(server.url, {
        method: 'OPTIONS',
        headers: {
          origin: ORIGIN,
          'access-control-request-method': 'POST',
          'access-control-request-headers':
            'content-type,apollo-require-preflight,x-apollo-operation-name,x-request-id',
        },
      });
      expect(answer.status).toBe(204);
      expect(answer.headers['access-control-allow-origin']).toBe('*');
      expect(answer.headers['access-control-allow-methods']).toBe('GET,POST,OPTIONS');
      const allowed = String(answer.headers['access-control-allow-headers']).split(',');
      expect(allowed).toEqual(
        expect.arrayContaining(['content-type', 'apollo-require-preflight', 'x-apollo-operation-name', 'x-request-id']),
      );
      expect(answer.headers['access-control-allow-credentials']).toBeUndefined();
      expect(varyOf(answer)).toContain('origin');
    });

    it('lets the page read the answer and its request id and ETag', async () => {
      const answer = await request(getUrl(server, '{ __typename }'), { headers: { origin: ORIGIN } });
      expect(answer.status).toBe(200);
      expect(answer.headers['access-control-allow-origin']).toBe('*');
      expect(String(answer.headers['access-control-expose-headers']).split(',')).toEqual(
        expect.arrayContaining(['x-request-id', 'etag']),
      );
      expect(varyOf(answer)).toEqual(expect.arrayContaining(['origin', 'accept']));
    });

    it('with CORS_ORIGINS narrowed, names only an allowed origin and varies on Origin', async () => {
      const narrow = await startServer({
        db,
        logger: pino({ level: 'silent' }),
        port: 0,
        host: '127.0.0.1',
        corsOrigins: [ORIGIN],
        graphVersionRefreshMs: 0,
      });
      try {
        const allowed = await request(narrow.url, {
          method: 'OPTIONS',
          headers: { origin: ORIGIN, 'access-control-request-method': 'POST' },
        });
        expect(allowed.headers['access-control-allow-origin']).toBe(ORIGIN);
        expect(varyOf(allowed)).toContain('origin');
        const other = await request(getUrl(narrow, '{ __typename }'), { headers: { origin: 'http://evil.example' } });
        expect(other.headers['access-control-allow-origin']).toBeUndefined();
        expect(varyOf(other)).toContain('origin');
      } finally {
        await narrow.stop();
      }
    });
  });

  describe('GET', () => {
    it('runs a query from the URL without any preflight header', async () => {
      const answer = await request(getUrl(server, overview.query, { id: 'WTSA-44' }));
      expect(answer.status).toBe(200);
      expect(JSON.parse(answer.body.toString()).data.resolution.id).toBe('WTSA-44');
    });

    it('refuses a mutation over GET and a text/plain POST (what CSRF prevention guards)', async () => {
      const mutation = await request(getUrl(server, 'mutation { __typename }'));
      expect(mutation.status).toBe(400);
      expect(JSON.parse(mutation.body.toString()).errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      const plain = await request(server.url, {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: '{"query":"{ __typename }"}',
      });
      expect(plain.status).toBe(400);
      expect(plain.headers['cache-control']).toBe('no-store');
    });
  });

  describe('ETag and Cache-Control', () => {
    it('revalidates with 304, and a reload of the graph changes the ETag', async () => {
      const url = getUrl(server, overview.query, { id: 'WTSA-44' });
      const first = await request(url);
      const etag = String(first.headers.etag);
      expect(etag).toMatch(/^W\/".+"$/);
      expect(first.headers['cache-control']).toBe('public, max-age=60');

      const revalidated = await request(url, { headers: { 'if-none-match': etag } });
      expect(revalidated.status).toBe(304);
      expect(revalidated.body.length).toBe(0);
      expect(revalidated.headers.etag).toBe(etag);

      const otherVariables = await request(getUrl(server, overview.query, { id: 'PP-123' }), {
        headers: { 'if-none-match': etag },
      });
      expect(otherVariables.status).toBe(200);
      expect(otherVariables.headers.etag).not.toBe(etag);

      const post = await request(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'if-none-match': etag },
        body: JSON.stringify({ query: overview.query, variables: { id: 'WTSA-44' } }),
      });
      expect(post.status).toBe(200);
      expect(post.headers.etag).toBe(etag);

      await seedCleanGraph(db);
      await server.graphVersion.refresh();
      const afterReload = await request(url, { headers: { 'if-none-match': etag } });
      expect(afterReload.status).toBe(200);
      expect(afterReload.headers.etag).toMatch(/^W\/".+"$/);
      expect(afterReload.headers.etag).not.toBe(etag);
      expect(afterReload.body.equals(first.body)).toBe(true);
    }, 180_000);

    it('marks errors no-store and gives them no ETag', async () => {
      const answer = await request(getUrl(server, '{ resolution(id: "WTSA-44") { nonsense } }'));
      expect(answer.status).toBe(400);
      expect(answer.headers.etag).toBeUndefined();
      expect(answer.headers['cache-control']).toBe('no-store');
      const partial = await request(getUrl(server, '{ obligations(first: 1000) { totalCount } }'));
      expect(JSON.parse(partial.body.toString()).errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(partial.headers.etag).toBeUndefined();
      expect(partial.headers['cache-control']).toBe('no-store');
    });
  });

  describe('compression', () => {
    it('sends brotli or gzip as negotiated, decoding to the same bytes, and small answers as they are', async () => {
      const url = getUrl(server, overview.query, { id: 'WTSA-44' });
      const identity = await request(url, { headers: { 'accept-encoding': 'identity' } });
      const gzip = await request(url, { headers: { 'accept-encoding': 'gzip' } });
      const br = await request(url, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
      expect(identity.headers['content-encoding']).toBeUndefined();
      expect(gzip.headers['content-encoding']).toBe('gzip');
      expect(br.headers['content-encoding']).toBe('br');
      expect(zlib.gunzipSync(gzip.body).equals(identity.body)).toBe(true);
      expect(zlib.brotliDecompressSync(br.body).equals(identity.body)).toBe(true);
      expect(gzip.body.length).toBeLessThan(identity.body.length / 2);
      expect(br.body.length).toBeLessThan(identity.body.length / 2);
      expect(varyOf(br)).toContain('accept-encoding');
      expect(gzip.headers.etag).toBe(identity.headers.etag);

      const small = await request(getUrl(server, '{ __typename }'), { headers: { 'accept-encoding': 'gzip, br' } });
      expect(small.headers['content-encoding']).toBeUndefined();
    });
  });

  describe('persisted queries and trusted documents', () => {
    const manifest = readManifest();
    const trusted = manifest.operations.find((op) => op.name === 'ResolutionOverview')!;
    const byHash = (target: RunningServer, id: string) =>
      `${target.url}?${new URLSearchParams({ variables: JSON.stringify({ id: 'WTSA-44' }), extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: id } }) })}`;

    it('publishes the manifest and the possibleTypes map, revalidated by their ETag', async () => {
      const answer = await request(`${server.url}/trusted-documents.json`);
      expect(answer.status).toBe(200);
      expect(JSON.parse(answer.body.toString())).toEqual(manifest);
      const again = await request(`${server.url}/trusted-documents.json`, {
        headers: { 'if-none-match': String(answer.headers.etag) },
      });
      expect(again.status).toBe(304);
      const possible = JSON.parse((await request(`${server.url}/possible-types.json`)).body.toString());
      expect(possible.possibleTypes.Node).toEqual(
        expect.arrayContaining(['Resolution', 'Actor', 'Obligation', 'AnnexItem']),
      );
    });

    it('answers a trusted document by its manifest id alone, in a GET URL, with an ETag', async () => {
      const answer = await request(byHash(server, trusted.id));
      expect(answer.status).toBe(200);
      expect(JSON.parse(answer.body.toString()).data.resolution.id).toBe('WTSA-44');
      expect(answer.headers.etag).toMatch(/^W\//);
    });

    it('with TRUSTED_DOCUMENTS_ONLY, runs the trusted documents and refuses any other', async () => {
      const strict = await startServer({
        db,
        logger: pino({ level: 'silent' }),
        port: 0,
        host: '127.0.0.1',
        trustedDocumentsOnly: true,
        graphVersionRefreshMs: 0,
      });
      try {
        expect((await request(byHash(strict, trusted.id))).status).toBe(200);
        // The same operation as a client sends it: its own layout, with __typename added.
        const asSent = trusted.body.replace('resolution(id: $id) {', 'resolution(id: $id) { __typename');
        const sent = await request(getUrl(strict, asSent, { id: 'WTSA-44' }));
        expect(sent.status).toBe(200);
        const other = await request(getUrl(strict, '{ resolution(id: "WTSA-44") { id } }'));
        expect(other.status).toBe(400);
        expect(JSON.parse(other.body.toString()).errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_IN_LIST');
        expect(other.headers['cache-control']).toBe('no-store');
        const unknownHash = await request(byHash(strict, 'a'.repeat(64)));
        expect(JSON.parse(unknownHash.body.toString()).errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
      } finally {
        await strict.stop();
      }
    });
  });

  describe('cursors and the neighbourhood', () => {
    const post = async (query: string, variables: object = {}) => {
      const answer = await request(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return JSON.parse(answer.body.toString());
    };

    it('refuses a cursor from one filter used with another, as BAD_USER_INPUT', async () => {
      const page =
        'query($actor: ID!, $after: String) { obligations(filter: { actor: $actor }, first: 2, after: $after) { edges { node { id } } pageInfo { endCursor } } }';
      const first = await post(page, { actor: 'TSB-DIRECTOR' });
      const cursor = first.data.obligations.pageInfo.endCursor;
      expect((await post(page, { actor: 'TSB-DIRECTOR', after: cursor })).errors).toBeUndefined();
      const other = await post(page, { actor: 'BDT-DIRECTOR', after: cursor });
      expect(other.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(other.errors[0].message).toMatch(/another filter/);
    });

    it('filters the walk by node kind and relationship type, and keeps two relationships between one pair', async () => {
      const drawing =
        'query($id: ID!, $kinds: [NodeKind!], $types: [RelationType!]) { neighborhood(id: $id, depth: 1, kinds: $kinds, relationTypes: $types) { nodes { id kind } edges { id source target type } distances { node distance } } }';
      const all = (await post(drawing, { id: 'WTSA-44' })).data.neighborhood;
      const pairs = all.edges.map((e: { source: string; target: string }) => `${e.source} ${e.target}`);
      expect(new Set(pairs).size).toBeLessThan(pairs.length);
      expect(new Set(all.edges.map((e: { id: string }) => e.id)).size).toBe(all.edges.length);
      expect(all.distances[0]).toEqual({ node: 'WTSA-44', distance: 0 });
      expect(all.distances.map((d: { node: string }) => d.node)).toEqual(all.nodes.map((n: { id: string }) => n.id));

      const meetings = (await post(drawing, { id: 'WTSA-44', kinds: ['MEETING'] })).data.neighborhood;
      expect(meetings.nodes.slice(1).every((n: { kind: string }) => n.kind === 'MEETING')).toBe(true);
      expect(meetings.nodes.length).toBeGreaterThan(1);

      const revised = (await post(drawing, { id: 'WTSA-44', types: ['REVISED_AT'] })).data.neighborhood;
      expect(revised.edges.map((e: { type: string }) => e.type)).toEqual(revised.edges.map(() => 'REVISED_AT'));
      expect(revised.nodes).toHaveLength(1 + revised.edges.length);
    });
  });

  it("passes graphql-http's GraphQL-over-HTTP audit without an error", async () => {
    const results = await Promise.all(serverAudits({ url: server.url }).map((audit) => audit.fn()));
    const errors = results.flatMap((result) => (result.status === 'error' ? [`${result.name}: ${result.reason}`] : []));
    expect(errors).toEqual([]);
    // The warnings left, each named with its reason in the README ("Using the API from a web app").
    const warnings = results.filter((result) => result.status === 'warn').map((result) => result.name);
    expect(warnings).toEqual([
      'SHOULD use 200 status code on document parsing failure when accepting application/json',
      'SHOULD use 200 status code on document validation failure when accepting application/json',
      'SHOULD use a status code of 200 on variable coercion failure when accepting application/json',
    ]);
  });
});
