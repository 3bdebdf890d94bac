/**
 * With StatementPlans (LOOKAHEAD=planned, the service's default), a root field sends its
 * look-ahead statement only once Neo4j has planned its text: the first request of a shape is
 * answered through the loaders while the statement is warmed up off the request path, and the
 * next request of that shape is one statement. With LOOKAHEAD_AFTER above 1 (the service's default
 * is 2), a shape is warmed up only at its n-th request. The answers are the same either way.
 */
import { createApolloServer, createContext } from '../../src/api';
import { planKey, StatementPlans } from '../../src/api/statement-plans';
import { readContract } from '../contract/read-contract';
import pino from 'pino';
import { declaredRelations } from '../../src/api/fields';
import { fixedStatements } from '../../src/api/fixed-statements';
import { startServer } from '../../src/server';
import { testDatabase, useSeededServer } from './neo4j-env';

describe('look-ahead statements sent once planned', () => {
  const server = createApolloServer();
  const database = useSeededServer(server);

  async function answer(query: string, variables: Record<string, unknown>, plans: StatementPlans | null) {
    const contextValue = createContext(database(), undefined, {}, { plans });
    const response = await server.executeOperation({ query, variables }, { contextValue });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    expect(response.body.singleResult.errors).toBeUndefined();
    return { data: response.body.singleResult.data, roundTrips: contextValue.roundTrips.count };
  }

  it('answers a new shape through the loaders, warms its statement up, then sends it alone', async () => {
    const plans = new StatementPlans();
    // A shape no other test sends: the sections' provisions with their citations' targets.
    const query = `query($id: ID!) { resolution(id: $id) { id sections { id provisions { id citations { target { id } } } } } }`;
    const always = await answer(query, { id: 'WTSA-44' }, null);
    expect(always.roundTrips).toBe(1);

    const first = await answer(query, { id: 'WTSA-44' }, plans);
    expect(first.data).toEqual(always.data);
    expect(first.roundTrips).toBeGreaterThan(1);
    await plans.idle();
    expect(plans.state).toMatchObject({ planned: 1, warmed: 1, failed: 0, queued: 0 });

    const next = await answer(query, { id: 'WTSA-54' }, plans);
    expect(next.roundTrips).toBe(1);
    expect(next.data).toEqual((await answer(query, { id: 'WTSA-54' }, null)).data);
  });

  it('with minSightings 2, answers a one-off shape through the loaders and plans nothing for it', async () => {
    const plans = new StatementPlans({ minSightings: 2 });
    const query = `query($id: ID!) { resolution(id: $id) { id sections { id kind further provisions { id label children { id } } } } }`;
    const first = await answer(query, { id: 'WTSA-44' }, plans);
    expect(first.roundTrips).toBeGreaterThan(1);
    await plans.idle();
    expect(plans.state).toMatchObject({ planned: 0, warmed: 0, queued: 0 });

    const second = await answer(query, { id: 'WTSA-44' }, plans);
    expect(second).toEqual(first);
    await plans.idle();
    expect(plans.state).toMatchObject({ planned: 1, warmed: 1, failed: 0 });
    expect((await answer(query, { id: 'WTSA-44' }, plans)).roundTrips).toBe(1);
  });

  it('gives every contract operation the same answer before and after its statements are planned', async () => {
    const plans = new StatementPlans();
    for (const op of readContract()) {
      for (const variables of op.variableSets) {
        const expected = (await answer(op.query, variables, null)).data;
        const before = await answer(op.query, variables, plans);
        await plans.idle();
        const after = await answer(op.query, variables, plans);
        expect([op.name, variables, before.data]).toEqual([op.name, variables, expected]);
        expect([op.name, variables, after.data]).toEqual([op.name, variables, expected]);
        expect([op.name, variables, after.roundTrips]).toEqual([
          op.name,
          variables,
          (await answer(op.query, variables, null)).roundTrips,
        ]);
      }
    }
    expect(plans.state.failed).toBe(0);
  });
});

describe('a server with LOOKAHEAD=planned', () => {
  it('plans the statements of the loaders and root fields at start, and again when told', async () => {
    const db = testDatabase();
    const server = await startServer({
      db,
      logger: pino({ level: 'silent' }),
      port: 0,
      host: '127.0.0.1',
      graphVersionRefreshMs: 0,
      lookAhead: 'planned',
    });
    try {
      await server.plans!.idle();
      const fixed = fixedStatements().map(planKey);
      expect(fixed.length).toBeGreaterThan(declaredRelations().length);
      expect(fixed.filter((text) => !server.plans!.isPlanned(text))).toEqual([]);
      expect(server.plans!.state).toMatchObject({ failed: 0, dropped: 0, warmed: fixed.length });

      // Told that Neo4j's plan cache was emptied, it forgets and plans them again.
      await server.planFixedStatements();
      expect(fixed.filter((text) => !server.plans!.isPlanned(text))).toEqual([]);
      expect(server.plans!.state).toMatchObject({ failed: 0, warmed: 2 * fixed.length });
    } finally {
      await server.stop();
      await db.close();
    }
  }, 120_000);
});
