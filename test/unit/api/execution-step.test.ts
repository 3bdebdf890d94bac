/**
 * An operation runs in Apollo's responseForOperation step (src/api/index.ts): an answer without
 * errors is handed to Apollo from there, and one with errors (or an execution that throws) goes
 * through Apollo's execution step as before. Either way the client sees what Apollo would send,
 * interpreted by graphql-js or compiled.
 */
import { HeaderMap } from '@apollo/server';
import { createApolloServer, type Context } from '../../../src/api';

describe.each([
  ['interpreted', Infinity],
  ['compiled', 1],
])('the answers of operations run %s', (_mode, compileAfter) => {
  const logged: unknown[] = [];
  const logger = { debug() {}, info() {}, warn() {}, error: (...args: unknown[]) => logged.push(args) };
  const server = createApolloServer({ logger, compileAfter });
  beforeAll(() => server.start());
  afterAll(() => server.stop());
  beforeEach(() => {
    logged.length = 0;
  });

  async function post(body: unknown) {
    const headers = new HeaderMap();
    headers.set('content-type', 'application/json');
    // No database: a resolver that reads fails with a TypeError, which the client sees as an internal error.
    const context = { requestId: 'r1', logger: null, admission: null, readOneAtATime() {} };
    const response = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'POST', headers, search: '', body },
      context: async () => context as unknown as Context,
    });
    if (response.body.kind !== 'complete') throw new Error('expected a complete body');
    return { status: response.status ?? 200, type: response.headers.get('content-type'), text: response.body.string };
  }

  it('sends an answer without errors as Apollo writes it', async () => {
    for (let i = 0; i < 2; i++) {
      const answer = await post({ query: 'query T { __typename }' });
      expect(answer).toEqual({
        status: 200,
        type: 'application/json; charset=utf-8',
        text: '{"data":{"__typename":"Query"}}\n',
      });
    }
  });

  it('answers variables that do not coerce with 400 and BAD_USER_INPUT', async () => {
    const query = 'query N($depth: Int) { neighborhood(id: "WTSA-44", depth: $depth) { truncated } }';
    for (let i = 0; i < 2; i++) {
      const answer = await post({ query, variables: { depth: 'deep' } });
      expect(answer.status).toBe(400);
      const body = JSON.parse(answer.text);
      expect(body.data).toBeUndefined();
      expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    }
    expect(logged).toEqual([]);
  });

  it('answers a field refused by its resolver with its error and the rest of the data', async () => {
    const query = 'query N { __typename neighborhood(id: "WTSA-44", depth: 99) { truncated } }';
    for (let i = 0; i < 2; i++) {
      const answer = await post({ query });
      expect(answer.status).toBe(200);
      const body = JSON.parse(answer.text);
      expect(Object.keys(body)).toEqual(['errors', 'data']);
      expect(body.data).toEqual({ __typename: 'Query', neighborhood: null });
      expect(body.errors).toHaveLength(1);
      expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    }
    expect(logged).toEqual([]);
  });

  it('hides an unexpected failure as INTERNAL_SERVER_ERROR and logs it', async () => {
    const query = 'query N { neighborhood(id: "WTSA-44") { truncated } }';
    for (let i = 0; i < 2; i++) {
      const answer = await post({ query });
      expect(answer.status).toBe(200);
      const body = JSON.parse(answer.text);
      expect(body.data).toEqual({ neighborhood: null });
      expect(body.errors).toHaveLength(1);
      expect(body.errors[0]).toMatchObject({
        message: 'Internal server error',
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
    }
    expect(logged).toHaveLength(2);
  });
});
