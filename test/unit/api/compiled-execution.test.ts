import { makeExecutableSchema } from '@graphql-tools/schema';
import { execute, parse } from 'graphql';
import { CompiledExecution } from '../../../src/api/compiled-execution';

/** A small schema whose resolvers count their calls, with a field that fails and an argument to coerce. */
function counted() {
  const calls = { hello: 0 };
  const schema = makeExecutableSchema({
    typeDefs: `type Query { hello(times: Int!): String, broken: String, list: [Item!]! }
      type Item { id: ID!, twice: Int }`,
    resolvers: {
      Query: {
        hello: (_: unknown, { times }: { times: number }) => {
          calls.hello += 1;
          return 'hello'.repeat(times);
        },
        broken: () => {
          throw new Error('broken on purpose');
        },
        list: async () => [
          { id: 'a', n: 1 },
          { id: 'b', n: 2 },
        ],
      },
      Item: { twice: (item: { n: number }) => item.n * 2 },
    },
  });
  return { schema, calls };
}

describe('operations compiled once seen often enough', () => {
  const query = 'query Q($times: Int!) { hello(times: $times) broken list { id twice } }';
  const document = parse(query);

  it('answers as graphql-js does, before and after compilation', async () => {
    const { schema } = counted();
    const execution = new CompiledExecution(schema, { compileAfter: 2 });
    const expected = JSON.stringify(await execute({ schema, document, variableValues: { times: 2 } }));
    for (let i = 0; i < 4; i++) {
      const answer = await execution.execute({ documentKey: 'k', document, variables: { times: 2 }, context: {} });
      expect(JSON.stringify(answer)).toBe(expected);
    }
    expect(execution.stats).toEqual({ compiled: 1, interpreted: 1, notCompiled: 0 });
  });

  it('runs through graphql-js until the document has been seen compileAfter times', async () => {
    const { schema } = counted();
    const execution = new CompiledExecution(schema, { compileAfter: 3 });
    for (let i = 0; i < 2; i++)
      await execution.execute({ documentKey: 'k', document, variables: { times: 1 }, context: {} });
    expect(execution.stats).toEqual({ compiled: 0, interpreted: 2, notCompiled: 0 });
    await execution.execute({ documentKey: 'k', document, variables: { times: 1 }, context: {} });
    expect(execution.stats).toEqual({ compiled: 1, interpreted: 2, notCompiled: 0 });
    const never = new CompiledExecution(schema, { compileAfter: Infinity });
    for (let i = 0; i < 3; i++)
      await never.execute({ documentKey: 'k', document, variables: { times: 1 }, context: {} });
    expect(never.stats).toEqual({ compiled: 0, interpreted: 3, notCompiled: 0 });
  });

  it("gives graphql-js's own errors for variables that do not coerce, calling no resolver", async () => {
    const { schema, calls } = counted();
    const execution = new CompiledExecution(schema, { compileAfter: 1 });
    for (const variables of [{}, { times: 'x' }, { times: null }]) {
      const expected = await execute({ schema, document, variableValues: variables });
      const answer = await execution.execute({ documentKey: 'k', document, variables, context: {} });
      expect(answer.data).toBeUndefined();
      expect(JSON.stringify(answer)).toBe(JSON.stringify(expected));
      expect(answer.errors?.[0]?.nodes?.length).toBe(1);
    }
    expect(calls.hello).toBe(0);
  });

  it('keeps operations of one document apart by name', async () => {
    const { schema } = counted();
    const execution = new CompiledExecution(schema, { compileAfter: 1 });
    const two = parse('query A { hello(times: 1) } query B { list { id } }');
    const a = await execution.execute({ documentKey: 'two', document: two, operationName: 'A', context: {} });
    const b = await execution.execute({ documentKey: 'two', document: two, operationName: 'B', context: {} });
    expect(a).toEqual({ data: { hello: 'hello' } });
    expect(b).toEqual({ data: { list: [{ id: 'a' }, { id: 'b' }] } });
  });
});
