/**
 * The statements a shape answered through the loaders can send are the few of fixedStatements,
 * which a server with LOOKAHEAD=planned plans when it starts: the contract operations and a
 * stream of generated shapes, with no look-ahead ever planned, send no other text with other
 * types of parameters (what Neo4j keeps a plan under, planKey); and each of
 * them runs against Neo4j 5.26 with its placeholder values.
 */
import { buildSchema } from 'graphql';
import { createApolloServer, createContext, loadTypeDefs } from '../../src/api';
import { fixedStatements } from '../../src/api/fixed-statements';
import { planKey, StatementPlans } from '../../src/api/statement-plans';
import type { Database, Query } from '../../src/graph/database';
import { generateShapes } from '../../bench/api/shapes';
import { readContract } from '../contract/read-contract';
import { useSeededServer } from './neo4j-env';

describe('statements outside the look-ahead', () => {
  const server = createApolloServer();
  const database = useSeededServer(server);

  it('are every one fixedStatements names, for the contract and 300 generated shapes', async () => {
    const fixed = new Set(fixedStatements().map(planKey));
    const sent = new Map<string, string>();
    const db = database();
    let asking = '';
    const recording = Object.assign(Object.create(db) as Database, {
      read: (query: Query, options?: Parameters<Database['read']>[1]) => {
        if (!sent.has(planKey(query))) sent.set(planKey(query), asking);
        return db.read(query, options);
      },
    });
    // Never planned: every root field answers through the loaders, as a first-seen shape does.
    const plans = new StatementPlans({ minSightings: Number.MAX_SAFE_INTEGER });
    const ask = async (name: string, query: string, variables: Record<string, unknown> = {}) => {
      asking = name;
      const contextValue = createContext(recording, undefined, {}, { plans });
      const response = await server.executeOperation({ query, variables }, { contextValue });
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      expect([name, response.body.singleResult.errors]).toEqual([name, undefined]);
    };
    for (const op of readContract()) {
      for (const variables of op.variableSets) await ask(op.name, op.query, variables);
    }
    for (const shape of generateShapes(buildSchema(loadTypeDefs()), 300, 17)) await ask(shape.query, shape.query);
    expect(plans.state).toMatchObject({ warmed: 0, queued: 0 });
    const others = [...sent].filter(([text]) => !fixed.has(text)).map(([text, by]) => `${by}\n${text}`);
    expect(others).toEqual([]);
  }, 300_000);

  it('each run against Neo4j with their placeholder values', async () => {
    const statements = fixedStatements();
    expect(new Set(statements.map(planKey)).size).toBe(statements.length);
    for (const statement of statements) await expect(database().read(statement)).resolves.toBeInstanceOf(Array);
  }, 120_000);
});
