/**
 * Bad input over real HTTP against the real server and a seeded Neo4j: every case asserts its
 * exact outcome (status and error code), and none may answer with a 5xx.
 */
import pino from 'pino';
import { type RunningServer, startServer } from '../../src/server';
import { testDatabase, seedCleanGraph } from './neo4j-env';

interface Case {
  name: string;
  /** A GraphQL request body (sent as JSON), or a raw request. */
  body?: unknown;
  raw?: { method?: string; headers?: Record<string, string>; body?: string; path?: string };
  status: number;
  /** The error code of the first error; null: no error expected. */
  code: string | null;
  /** What the data must be, when it matters. */
  data?: unknown;
  /** A fragment the first error message must contain. */
  message?: string | RegExp;
}

const OVERVIEW = 'query($id: ID!) { resolution(id: $id) { id } }';
const OBLIGATIONS =
  'query($first: Int, $after: String) { obligations(filter: { actor: "TSB-DIRECTOR" }, first: $first, after: $after) { totalCount edges { node { id } } } }';
const SEARCH =
  'query($text: String!, $lang: Lang) { search(text: $text, lang: $lang, first: 5) { totalCount edges { score node { id } } } }';
const NEIGHBORHOOD =
  'query($depth: Int, $limit: Int) { neighborhood(id: "WTSA-44", depth: $depth, limit: $limit) { truncated nodes { id } } }';

const nested = (depth: number) =>
  `{ resolution(id: "WTSA-44") { ${'sections { provisions { section { '.repeat(depth)}id${' } } }'.repeat(depth)} } }`;
const aliases = (n: number) =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: resolution(id: "WTSA-44") { id }`).join(' ')} }`;
const searchOk = (text: string, name: string): Case => ({
  name,
  body: { query: SEARCH, variables: { text, lang: 'ZH' } },
  status: 200,
  code: null,
});
const nullFor = (id: string, name: string): Case => ({
  name,
  body: { query: OVERVIEW, variables: { id } },
  status: 200,
  code: null,
  data: { resolution: null },
});
const badFirst = (first: number, name: string): Case => ({
  name,
  body: { query: OBLIGATIONS, variables: { first } },
  status: 200,
  code: 'BAD_USER_INPUT',
  message: /first/,
});

const CASES: Case[] = [
  // transport
  {
    name: 'invalid JSON body',
    raw: { body: '{"query": "{ __typename }"', headers: { 'content-type': 'application/json' } },
    status: 400,
    code: 'BAD_REQUEST',
    message: 'not valid JSON',
  },
  {
    name: 'text/plain body (CSRF prevention)',
    raw: { body: '{"query":"{ __typename }"}', headers: { 'content-type': 'text/plain' } },
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'no content type',
    raw: { body: '{"query":"{ __typename }"}', headers: {} },
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'form-encoded body',
    raw: { body: 'query=%7B__typename%7D', headers: { 'content-type': 'application/x-www-form-urlencoded' } },
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'GET without a preflight header (GET runs queries only)',
    raw: { method: 'GET', path: '/graphql?query=%7B__typename%7D', headers: {} },
    status: 200,
    code: null,
    data: { __typename: 'Query' },
  },
  {
    name: 'mutation over GET',
    raw: { method: 'GET', path: '/graphql?query=mutation%7B__typename%7D', headers: {} },
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: 'GET with a preflight header',
    raw: { method: 'GET', path: '/graphql?query=%7B__typename%7D', headers: { 'apollo-require-preflight': 'true' } },
    status: 200,
    code: null,
    data: { __typename: 'Query' },
  },
  { name: 'empty JSON object', body: {}, status: 400, code: 'BAD_REQUEST' },
  { name: 'query that is not a string', body: { query: 42 }, status: 400, code: 'BAD_REQUEST' },
  {
    name: 'batched HTTP request (an array)',
    body: [{ query: '{ __typename }' }, { query: '{ __typename }' }],
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'oversize body',
    raw: {
      body: JSON.stringify({ query: `{ __typename } #${'x'.repeat(200_000)}` }),
      headers: { 'content-type': 'application/json' },
    },
    status: 413,
    code: 'BAD_REQUEST',
    message: 'larger than',
  },
  { name: 'unknown path', raw: { method: 'GET', path: '/nowhere', headers: {} }, status: 404, code: null },
  // the document
  {
    name: 'malformed GraphQL',
    body: { query: '{ resolution(id: "WTSA-44") { id }' },
    status: 400,
    code: 'GRAPHQL_PARSE_FAILED',
  },
  { name: 'empty query string', body: { query: '' }, status: 400, code: 'BAD_REQUEST' },
  {
    name: 'unknown field',
    body: { query: '{ resolution(id: "WTSA-44") { nonsense } }' },
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: 'missing required argument',
    body: { query: '{ resolution { id } }' },
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: 'null for a non-null variable',
    body: { query: OVERVIEW, variables: { id: null } },
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'unknown enum value for lang',
    body: { query: '{ resolution(id: "WTSA-44") { title(lang: DE) } }' },
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: 'unknown modality in a variable',
    body: {
      query: 'query($m: [Modality!]) { obligations(filter: { modalities: $m }) { totalCount } }',
      variables: { m: ['ORDERS'] },
    },
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'string for an Int variable',
    body: { query: OBLIGATIONS, variables: { first: 'ten' } },
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'Int overflow',
    body: { query: OBLIGATIONS, variables: { first: 1e10 } },
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'mutation (the API is read-only)',
    body: { query: 'mutation { deleteEverything }' },
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: 'subscription (the API is read-only)',
    body: { query: 'subscription { changes }' },
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: 'operation name that is not in the document',
    body: { query: 'query A { __typename }', operationName: 'B' },
    status: 400,
    code: 'OPERATION_RESOLUTION_FAILURE',
  },
  {
    name: 'two operations and no operation name',
    body: { query: 'query A { __typename } query B { __typename }' },
    status: 400,
    code: 'OPERATION_RESOLUTION_FAILURE',
  },
  {
    name: 'fragment cycle',
    body: {
      query:
        'query { resolution(id: "WTSA-44") { ...A } } fragment A on Resolution { ...B } fragment B on Resolution { ...A }',
    },
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: 'nesting deeper than the depth limit',
    body: { query: nested(5) },
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: /depth/i,
  },
  {
    name: 'alias bomb',
    body: { query: aliases(50) },
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: /alias/i,
  },
  {
    name: 'directive flood',
    body: { query: `{ __typename ${'@include(if: true) '.repeat(60)} }` },
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: /directive/i,
  },
  {
    name: 'token flood',
    body: { query: `{ ${'__typename '.repeat(3_000)} }` },
    status: 400,
    code: 'GRAPHQL_PARSE_FAILED',
    message: /token/i,
  },
  // ids
  ...[
    ['unknown id', 'WTSA-9999'],
    ['empty id', ''],
    ['full-width id', 'ＷＴＳＡ－４４'],
    ['mixed-script id', 'WTSA-４4'],
    ['lower-case id', 'wtsa-44'],
    ['id with spaces', ' WTSA-44 '],
    ['id with Cypher in it', "WTSA-44'}) DETACH DELETE n //"],
    ['very long id', 'W'.repeat(10_000)],
    ['id of another kind of node', 'TSB-DIRECTOR'],
  ].map(([name, id]) => nullFor(id, name)),
  {
    name: 'node() with an unknown id',
    body: { query: '{ node(id: "NOPE") { id } }' },
    status: 200,
    code: null,
    data: { node: null },
  },
  {
    name: 'actor() with an unknown id',
    body: { query: '{ actor(id: "ITU-X") { id } }' },
    status: 200,
    code: null,
    data: { actor: null },
  },
  // pagination
  badFirst(-1, 'negative first'),
  badFirst(101, 'first over the cap'),
  // Refused before it runs: the node budget counts first × the fields below it.
  {
    name: 'huge first',
    body: { query: OBLIGATIONS, variables: { first: 2_147_483_647 } },
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /node budget of \d+/,
  },
  { name: 'zero first', body: { query: OBLIGATIONS, variables: { first: 0 } }, status: 200, code: null },
  {
    name: 'bogus cursor',
    body: { query: OBLIGATIONS, variables: { first: 5, after: 'bogus' } },
    status: 200,
    code: 'BAD_USER_INPUT',
    message: /cursor/,
  },
  {
    name: 'base64 garbage cursor',
    body: { query: OBLIGATIONS, variables: { first: 5, after: Buffer.from('{"x":1}').toString('base64') } },
    status: 200,
    code: 'BAD_USER_INPUT',
    message: /cursor/,
  },
  {
    name: 'empty cursor',
    body: { query: OBLIGATIONS, variables: { first: 5, after: '' } },
    status: 200,
    code: 'BAD_USER_INPUT',
    message: /cursor/,
  },
  // search
  { name: 'empty search text', body: { query: SEARCH, variables: { text: '' } }, status: 200, code: 'BAD_USER_INPUT' },
  {
    name: 'blank search text',
    body: { query: SEARCH, variables: { text: '   ' } },
    status: 200,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'search text over the length limit',
    body: { query: SEARCH, variables: { text: '口'.repeat(1_001) } },
    status: 200,
    code: 'BAD_USER_INPUT',
  },
  searchOk('"口译', 'unbalanced quote'),
  searchOk('((((口译', 'unbalanced parentheses'),
  searchOk('口译 AND', 'dangling boolean operator'),
  searchOk('*', 'a lone wildcard'),
  searchOk('?口', 'leading wildcard'),
  searchOk('text:口译', 'field syntax'),
  searchOk('口译~2^3', 'fuzzy and boost syntax'),
  searchOk('\\', 'a lone backslash'),
  searchOk('+-&&||!(){}[]^"~*?:\\/', 'every Lucene special character'),
  searchOk('OR', 'a bare operator'),
  searchOk('😀', 'an emoji'),
  searchOk('ＩＴＵ－Ｔ', 'full-width Latin'),
  {
    name: 'search in a language with no texts',
    body: { query: SEARCH, variables: { text: 'ITU', lang: 'AR' } },
    status: 200,
    code: null,
    data: { search: { totalCount: 0, edges: [] } },
  },
  // graph walks
  {
    name: 'neighborhood depth over the limit',
    body: { query: NEIGHBORHOOD, variables: { depth: 99 } },
    status: 200,
    code: 'BAD_USER_INPUT',
    message: /depth/,
  },
  {
    name: 'negative neighborhood depth',
    body: { query: NEIGHBORHOOD, variables: { depth: -1 } },
    status: 200,
    code: 'BAD_USER_INPUT',
    message: /depth/,
  },
  {
    name: 'neighborhood limit over the cap',
    body: { query: NEIGHBORHOOD, variables: { limit: 100_000 } },
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /node budget of \d+/,
  },
  {
    name: 'neighborhood limit just over the cap',
    body: { query: NEIGHBORHOOD, variables: { limit: 501 } },
    status: 200,
    code: 'BAD_USER_INPUT',
    message: /limit/,
  },
  {
    name: '20 aliased neighborhoods of 500',
    body: {
      query: `{ ${Array.from({ length: 20 }, (_, i) => `n${i}: neighborhood(id: "WTSA-44", depth: 3, limit: 500) { nodes { id } }`).join(' ')} }`,
    },
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /may return up to 30020 graph nodes, more than the node budget of 2001/,
  },
  {
    // Four clients looping this pushed a normal query's p95 past 3x its p95 alone; one such walk is accepted.
    name: 'two aliased neighbourhood walks of depth 3',
    body: {
      query: `{ ${['a', 'b'].map((alias) => `${alias}: neighborhood(id: "WTSA-44", depth: 3, limit: 500) { nodes { id type label(lang: EN) } edges { source target type } truncated }`).join(' ')} }`,
    },
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /may return up to 4002 graph nodes, more than the node budget of 2001/,
  },
  {
    // The same walks returning only whether they were cut short: they walk all the same.
    name: 'two bare neighbourhood walks of depth 3',
    body: {
      query:
        '{ a: neighborhood(id: "WTSA-44", depth: 3, limit: 500) { truncated } b: neighborhood(id: "PP-123", depth: 3, limit: 500) { truncated } }',
    },
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /may return up to 2002 graph nodes, more than the node budget of 2001/,
  },
  {
    name: 'two __schema introspections',
    body: { query: '{ a: __schema { queryType { name } } b: __schema { queryType { name } } }' },
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: /at most one __schema/,
  },
  {
    name: 'persisted query of version 99',
    body: { extensions: { persistedQuery: { version: 99, sha256Hash: 'ab'.repeat(32) } } },
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'persisted query with an unknown hash',
    body: { extensions: { persistedQuery: { version: 1, sha256Hash: 'ab'.repeat(32) } } },
    status: 200,
    code: 'PERSISTED_QUERY_NOT_FOUND',
  },
  {
    name: 'zero neighborhood limit',
    body: { query: NEIGHBORHOOD, variables: { limit: 0 } },
    status: 200,
    code: 'BAD_USER_INPUT',
    message: /limit/,
  },
  {
    name: 'citation chains deeper than the limit',
    body: { query: '{ citationChains(from: "WTSA-44", to: "PP-123", maxDepth: 50) { __typename } }' },
    status: 200,
    code: 'BAD_USER_INPUT',
    message: /maxDepth/,
  },
];

describe('bad input', () => {
  const db = testDatabase();
  let server: RunningServer;

  beforeAll(async () => {
    await seedCleanGraph(db);
    server = await startServer({ db, logger: pino({ level: 'silent' }), port: 0, host: '127.0.0.1' });
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    await new Promise((resolve) => server?.httpServer.close(resolve));
    await db.close();
  });

  it('has at least 50 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(50);
  });

  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, testCase) => {
    const base = `http://127.0.0.1:${server.port}`;
    const response = testCase.raw
      ? await fetch(`${base}${testCase.raw.path ?? '/graphql'}`, {
          method: testCase.raw.method ?? 'POST',
          headers: testCase.raw.headers,
          body: testCase.raw.method === 'GET' ? undefined : testCase.raw.body,
        })
      : await fetch(`${base}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(testCase.body),
        });
    const text = await response.text();
    const body = (() => {
      try {
        return JSON.parse(text);
      } catch {
        return { text };
      }
    })();
    const outcome = { status: response.status, code: body.errors?.[0]?.extensions?.code ?? null };
    expect(outcome).toEqual({ status: testCase.status, code: testCase.code });
    expect(response.status).toBeLessThan(500);
    if (testCase.data !== undefined) expect(body.data).toEqual(testCase.data);
    if (testCase.message !== undefined) expect(body.errors[0].message).toMatch(testCase.message);
    expect(text).not.toMatch(/"stacktrace"|Neo4jError|at async /);
  });
});
