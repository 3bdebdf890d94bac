/**
 * A page of an actor's obligations read from the stored keys and tallies (indexedObligationPageQuery)
 * is the page obligationPagesQuery computes by counting and sorting every obligation, for every
 * role, modality filter and window; and it reads the index in page order instead of sorting.
 */
import type { Database } from '../../src/graph/database';
import {
  obligationFacetsQuery,
  indexedObligationPageQuery,
  isIndexedPage,
  obligationPagesQuery,
  type ObligationPageRequest,
} from '../../src/graph/queries/obligations';
import { mergeGraphs, writeGraph } from '../../src/graph/write-graph';
import { syntheticCorpus } from '../../src/synthetic/corpus';
import { seedCleanGraph, testDatabase } from './neo4j-env';

const base: ObligationPageRequest = {
  actor: 'TSB-DIRECTOR',
  role: 'ADDRESSEE',
  includeSubordinates: false,
  modalities: null,
  conditional: null,
  condition: null,
  resolution: null,
  offset: 0,
  limit: 50,
};

const requests: ObligationPageRequest[] = [
  base,
  { ...base, limit: 5 },
  { ...base, offset: 30, limit: 20 },
  { ...base, offset: 10_000, limit: 20 },
  { ...base, modalities: ['INSTRUCTS'], limit: 7 },
  { ...base, modalities: ['INVITES', 'REQUESTS'] },
  { ...base, role: 'COLLABORATOR' },
  { ...base, role: 'EITHER', limit: 100 },
  { ...base, actor: 'BDT-DIRECTOR', role: 'COLLABORATOR' },
  { ...base, actor: 'MEMBER-STATES', modalities: ['INVITES', 'ENCOURAGES'] },
  { ...base, actor: 'ITU-T-SG', role: 'EITHER' },
  { ...base, actor: 'NO-SUCH-ACTOR' },
];

describe('pages of obligations read from the stored keys and tallies', () => {
  let db: Database;
  beforeAll(async () => {
    db = testDatabase();
    await seedCleanGraph(db);
    const graphs = [...syntheticCorpus(4)];
    await writeGraph(db, mergeGraphs(graphs));
  }, 180_000);
  afterAll(async () => {
    await seedCleanGraph(db);
    await db.close();
  }, 180_000);

  it.each(requests.map((request) => [JSON.stringify(request), request] as const))(
    'equal the counted page for %s',
    async (_, request) => {
      expect(isIndexedPage(request)).toBe(true);
      const [indexed] = await db.read(indexedObligationPageQuery(request));
      const [counted] = await db.read(obligationPagesQuery([request]));
      const ids = (row: Record<string, unknown> | undefined) =>
        ((row?.rows as { id: string }[] | undefined) ?? []).map((r) => r.id);
      expect(indexed?.totalCount ?? 0).toBe(counted?.totalCount ?? 0);
      expect(ids(indexed)).toEqual(ids(counted));
    },
  );

  it('has pages to compare: the director has more obligations than one page', async () => {
    const [counted] = await db.read(obligationPagesQuery([base]));
    expect(counted?.totalCount).toBeGreaterThan(50);
  });

  it('reads the page keys from the index in page order, without sorting all of them', async () => {
    const query = indexedObligationPageQuery(base);
    const session = db.driver.session({ database: db.name });
    const explained = await session.run(`EXPLAIN ${query.cypher}`, query.params).finally(() => session.close());
    const operators: string[] = [];
    const walk = (plan: { operatorType: string; children: unknown[] }) => {
      operators.push(plan.operatorType.replace(/@.*/, ''));
      for (const child of plan.children) walk(child as typeof plan);
    };
    walk(explained.summary.plan as unknown as { operatorType: string; children: unknown[] });
    // the addressees' keys, which this graph has thousands of, come from the index in order; the
    // planner may expand the few collaborators' instead. Only the page window is sorted (Top).
    expect(operators.some((op) => /^DirectedRelationshipIndex(SeekByRange|Scan)$/.test(op))).toBe(true);
    expect(operators).not.toContain('Sort');
  });

  it.each(['TSB-DIRECTOR', 'BDT-DIRECTOR', 'MEMBER-STATES', 'ITU-T-SG', 'NO-SUCH-ACTOR'])(
    'counts the facets of %s from the tallies as it counts them from the obligations',
    async (actor) => {
      const tallied = await db.read(obligationFacetsQuery({ actor, includeSubordinates: false, resolution: null }));
      expect(tallied.length > 0).toBe(actor !== 'NO-SUCH-ACTOR');
      // these actors have no subordinates: with includeSubordinates the facets are counted from
      // the obligations themselves, and must be the same
      const counted = await db.read(obligationFacetsQuery({ actor, includeSubordinates: true, resolution: null }));
      expect(tallied).toEqual(counted);
    },
  );

  it('leaves subordinates, conditions and a resolution filter to the counted page', () => {
    expect(isIndexedPage({ ...base, includeSubordinates: true })).toBe(false);
    expect(isIndexedPage({ ...base, conditional: true })).toBe(false);
    expect(isIndexedPage({ ...base, condition: '如' })).toBe(false);
    expect(isIndexedPage({ ...base, resolution: 'WTSA-44' })).toBe(false);
    expect(isIndexedPage({ ...base, actor: null })).toBe(false);
  });
});
