import fc from 'fast-check';
import {
  actorPagePrefix,
  obligationOrderKey,
  obligationTallies,
  tallyId,
  withObligationKeys,
} from '../../../src/graph/obligation-keys';
import { MODALITY_ORDER } from '../../../src/graph/queries/obligations';
import { syntheticResolution } from '../../../src/synthetic/corpus';

describe('the stored sort keys of obligations', () => {
  const obligation = fc.record({
    id: fc.stringMatching(/^[A-Z]{2,4}-[0-9]{1,4}(\/[a-z0-9]{1,3}){0,3}$/),
    modality: fc.constantFrom(...MODALITY_ORDER, 'UNKNOWN'),
    resolutionId: fc.stringMatching(/^[A-Z]{2,4}-[0-9]{1,4}$/),
    ordinal: fc.nat({ max: 99_999 }),
  });
  const rank = (m: string) =>
    (MODALITY_ORDER.indexOf(m as never) + MODALITY_ORDER.length + 1) % (MODALITY_ORDER.length + 1);
  type Fields = Parameters<typeof obligationOrderKey>[0];
  const byPageOrder = (a: Fields, b: Fields) =>
    rank(a.modality) - rank(b.modality) ||
    (a.resolutionId < b.resolutionId ? -1 : a.resolutionId > b.resolutionId ? 1 : 0) ||
    a.ordinal - b.ordinal ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

  it('sort as strings exactly as the pages order obligations (modality strength, resolution, document order, id)', () => {
    fc.assert(
      fc.property(obligation, obligation, (a, b) => {
        const keys = [obligationOrderKey(a), obligationOrderKey(b)];
        const stringOrder = keys[0] < keys[1] ? -1 : keys[0] > keys[1] ? 1 : 0;
        expect(stringOrder).toBe(Math.sign(byPageOrder(a, b)));
      }),
      { numRuns: 2_000 },
    );
  });

  it('put an actor prefix on the relationships from an obligation to its actors, and nothing else changes', () => {
    const graph = syntheticResolution(0, 3);
    const keyed = withObligationKeys(graph);
    const obligations = keyed.nodes.filter((node) => node.label === 'Obligation');
    expect(obligations.length).toBeGreaterThan(10);
    for (const node of obligations) expect(node.props).toHaveProperty('orderKey');
    const addressed = keyed.relationships.filter(
      (rel) => rel.type === 'ADDRESSED_TO' && rel.fromLabel === 'Obligation',
    );
    expect(addressed.length).toBeGreaterThan(10);
    for (const rel of addressed) expect(String(rel.props.pageKey).startsWith(actorPagePrefix(rel.to))).toBe(true);
    const others = keyed.relationships.filter((rel) => rel.fromLabel !== 'Obligation');
    for (const rel of others) expect(rel.props).not.toHaveProperty('pageKey');
    expect(keyed.nodes.length).toBe(graph.nodes.length);
    expect(keyed.relationships.length).toBe(graph.relationships.length);
  });
});

describe('the tallies of obligations', () => {
  it('count the obligations of each actor once per role and once for either role, per modality', () => {
    const graph = syntheticResolution(0, 3);
    const tallies = new Map(obligationTallies(graph).map((tally) => [tally.id, tally.count]));
    const modalityOf = new Map(
      graph.nodes.flatMap((node) => (node.label === 'Obligation' ? [[node.id, node.props.modality]] : [])),
    );
    const expected = new Map<string, Set<string>>();
    for (const rel of graph.relationships) {
      if (rel.fromLabel !== 'Obligation' || (rel.type !== 'ADDRESSED_TO' && rel.type !== 'IN_COLLABORATION_WITH'))
        continue;
      const modality = modalityOf.get(rel.from) as string;
      for (const role of [rel.type === 'ADDRESSED_TO' ? 'ADDRESSEE' : 'COLLABORATOR', 'EITHER'] as const) {
        const id = tallyId(rel.to, role, modality);
        expected.set(id, (expected.get(id) ?? new Set()).add(rel.from));
      }
    }
    expect(expected.size).toBeGreaterThan(5);
    expect(tallies).toEqual(new Map([...expected].map(([id, obligations]) => [id, obligations.size])));
  });
});
