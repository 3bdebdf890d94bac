/**
 * Persisted-query mistakes get Apollo's own codes or BAD_REQUEST, never INTERNAL_SERVER_ERROR
 * (an unknown version and a hash that does not match the query used to answer INTERNAL and log
 * a stack).
 */
import { HeaderMap } from '@apollo/server';
import { createApolloServer, type Context } from '../../../src/api';

describe('persisted-query errors', () => {
  const logged: unknown[] = [];
  const logger = { debug() {}, info() {}, warn() {}, error: (...args: unknown[]) => logged.push(args) };
  const server = createApolloServer({ logger });
  beforeAll(() => server.start());
  afterAll(() => server.stop());

  async function post(body: unknown) {
    const headers = new HeaderMap();
    headers.set('content-type', 'application/json');
    const response = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'POST', headers, search: '', body },
      context: async () => ({}) as Context,
    });
    if (response.body.kind !== 'complete') throw new Error('expected a complete body');
    return { status: response.status ?? 200, body: JSON.parse(response.body.string) };
  }

  it.each([
    [
      'an unknown hash',
      { extensions: { persistedQuery: { version: 1, sha256Hash: 'ab'.repeat(32) } } },
      'PERSISTED_QUERY_NOT_FOUND',
    ],
    ['no hash', { extensions: { persistedQuery: { version: 1 } } }, 'PERSISTED_QUERY_NOT_FOUND'],
    ['version 99', { extensions: { persistedQuery: { version: 99, sha256Hash: 'ab'.repeat(32) } } }, 'BAD_REQUEST'],
    ['a string for the extension', { extensions: { persistedQuery: 'x' } }, 'BAD_REQUEST'],
    [
      'a hash that does not match the query',
      { query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'ab'.repeat(32) } } },
      'BAD_REQUEST',
    ],
    ['extensions that are not an object', { query: '{ __typename }', extensions: 5 }, 'BAD_REQUEST'],
  ])('answers %s with %s and logs no error', async (_name, body, code) => {
    const answer = await post(body);
    expect(answer.body.errors[0].extensions.code).toBe(code);
    expect(answer.status).toBeLessThan(500);
    expect(logged).toEqual([]);
  });
});
