/**
 * Built look-ahead statements kept across requests (src/api/statement-cache.ts): every contract
 * operation, with each of its variable sets in turn, answers the same with one StatementCache
 * shared by all its requests as without, with the same round trips, and a repeated request takes
 * its statement from the cache.
 */
import { createApolloServer, createContext } from '../../src/api';
import { StatementCache } from '../../src/api/statement-cache';
import { readContract } from '../contract/read-contract';
import { useSeededServer } from './neo4j-env';

describe('look-ahead statements kept across requests', () => {
  const server = createApolloServer();
  const database = useSeededServer(server);

  async function answer(query: string, variables: Record<string, unknown>, statements: StatementCache | null) {
    const contextValue = createContext(database(), undefined, {}, { statements });
    const response = await server.executeOperation({ query, variables }, { contextValue });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    expect(response.body.singleResult.errors).toBeUndefined();
    return { data: response.body.singleResult.data, roundTrips: contextValue.roundTrips.count };
  }

  it('gives every contract operation the answers it gives without, variable set after variable set', async () => {
    const statements = new StatementCache();
    const operations = readContract();
    const expected = new Map<string, Awaited<ReturnType<typeof answer>>>();
    for (const op of operations) {
      for (const [i, variables] of op.variableSets.entries())
        expected.set(`${op.name} ${i}`, await answer(op.query, variables, null));
    }
    // Twice over: first built and kept, then taken from the cache; the sets of one operation
    // alternate, so that a statement kept for one set would show in the answer to the next.
    for (const pass of [1, 2]) {
      for (const op of operations) {
        for (const [i, variables] of op.variableSets.entries()) {
          const got = await answer(op.query, variables, statements);
          expect([pass, op.name, variables, got]).toEqual([pass, op.name, variables, expected.get(`${op.name} ${i}`)]);
        }
      }
    }
    const { hits, misses, entries } = statements.stats;
    expect(misses).toBe(entries);
    expect(hits).toBe(misses);
  });
});
