/**
 * The questions delegates and researchers ask, each one query, against the seeded graph of
 * Resolution 44. The answers are read off the source text (seed/wtsa-res44-rev-geneva-2022.zh.txt).
 */
import { createApolloServer, createContext } from '../../src/api';
import { useSeededServer } from './neo4j-env';

/* eslint-disable @typescript-eslint/no-explicit-any */
describe('questions, one query each', () => {
  const server = createApolloServer();
  const database = useSeededServer(server);

  async function run(query: string, variables: Record<string, unknown> = {}): Promise<{ data?: any; errors?: readonly any[] }> {
    const response = await server.executeOperation({ query, variables }, { contextValue: createContext(database()) });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return response.body.singleResult as { data?: any; errors?: readonly any[] };
  }

  async function data(query: string, variables: Record<string, unknown> = {}): Promise<any> {
    const { data: result, errors } = await run(query, variables);
    expect(errors).toBeUndefined();
    return result;
  }

  describe('obligations by role and condition', () => {
    it('what the BDT Director is asked to do: 0 as addressee, 18 as collaborator (责成 TSB 主任 1-16, 请 TSB 主任 1, 项目4 b)', async () => {
      const query = `query ($role: RoleFilter) {
        actor(id: "BDT-DIRECTOR") { obligations(role: $role, first: 100) { totalCount edges { node { id modality roleOf(actor: "BDT-DIRECTOR") } } } }
      }`;
      expect((await data(query, { role: 'ADDRESSEE' })).actor.obligations.totalCount).toBe(0);
      const asCollaborator = (await data(query, { role: 'COLLABORATOR' })).actor.obligations;
      expect(asCollaborator.totalCount).toBe(18);
      expect(asCollaborator.edges.map((e: any) => e.node.id)).toEqual([
        ...Array.from({ length: 16 }, (_, k) => `WTSA-44/s8/${k + 1}#o`),
        'WTSA-44/s11/1#o',
        'WTSA-44/annex/p4/i2/i1#o',
      ]);
      expect(new Set(asCollaborator.edges.map((e: any) => e.node.roleOf))).toEqual(new Set(['COLLABORATOR']));
      expect((await data(query, { role: 'EITHER' })).actor.obligations.totalCount).toBe(18);
    });

    it('counts them by modality and role for an overview', async () => {
      const { obligationFacets } = await data('{ obligationFacets(actor: "BDT-DIRECTOR") { modality role count } }');
      expect(obligationFacets).toEqual([
        { modality: 'INSTRUCTS', role: 'COLLABORATOR', count: 16 },
        { modality: 'INVITES', role: 'COLLABORATOR', count: 1 },
        { modality: 'ACTION_PLAN', role: 'COLLABORATOR', count: 1 },
      ]);
      const tsb = (await data('{ obligationFacets(actor: "TSB", includeSubordinates: true) { modality role count } }')).obligationFacets;
      expect(tsb).toEqual([
        { modality: 'INSTRUCTS', role: 'ADDRESSEE', count: 16 },
        { modality: 'INVITES', role: 'ADDRESSEE', count: 4 },
        { modality: 'ACTION_PLAN', role: 'ADDRESSEE', count: 2 },
      ]);
    });

    it('says in which role an actor stands: the regional offices assist 责成 TSB 主任 9 (在…的协助下)', async () => {
      const { node } = await data(`{ node(id: "WTSA-44/s8/9#o") { ... on Obligation {
        tsb: roleOf(actor: "TSB-DIRECTOR") offices: roleOf(actor: "ITU-REGIONAL-OFFICES") council: roleOf(actor: "COUNCIL") } } }`);
      expect(node).toEqual({ tsb: 'ADDRESSEE', offices: 'COLLABORATOR', council: null });
    });

    it('lists the conditional obligations: 19 under a condition, 16 under 在可用资源范围内', async () => {
      const query = `query ($filter: ObligationFilter) { obligations(filter: $filter, first: 100) { totalCount edges { node { id conditions } } } }`;
      const conditional = (await data(query, { filter: { conditional: true } })).obligations;
      expect(conditional.totalCount).toBe(19);
      expect(conditional.edges.map((e: any) => e.node.id)).toEqual([
        'WTSA-44/s5/3#o', 'WTSA-44/s5/4#o', 'WTSA-44/s6/2#o', ...Array.from({ length: 16 }, (_, k) => `WTSA-44/s8/${k + 1}#o`),
      ]);
      const available = (await data(query, { filter: { condition: '可用资源' } })).obligations;
      expect(available.totalCount).toBe(16);
      expect(available.edges.every((e: any) => e.node.conditions.includes('在可用资源范围内'))).toBe(true);
      expect((await data(query, { filter: { conditional: false } })).obligations.totalCount).toBe(50 - 19);
    });

    it.each([
      ['a role without an actor', '{ obligations(filter: { role: COLLABORATOR }) { totalCount } }', /expected "filter.actor" with "filter.role"/],
      ['a blank condition', '{ obligations(filter: { condition: "  " }) { totalCount } }', /expected "condition" to hold 1 to 200/],
      ['a blank actor for facets', '{ obligationFacets(actor: "") { count } }', /expected "actor" to be a non-blank id/],
    ])('refuses %s with BAD_USER_INPUT', async (_label, query, message) => {
      const { errors } = await run(query);
      expect(errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(errors?.[0].message).toMatch(message);
    });
  });

  describe('search', () => {
    const SEARCH = `query ($text: String!, $mode: SearchMode, $filter: SearchFilter, $first: Int) {
      search(text: $text, mode: $mode, filter: $filter, first: $first) {
        totalCount facets { kind count }
        edges { kind highlight node { id } }
      }
    }`;

    it('finds 在可用资源范围内 in the heading of 责成电信标准化局主任 (lines 136-137), a section', async () => {
      const { search } = await data(SEARCH, { text: '在可用资源范围内' });
      expect(search.totalCount).toBe(1);
      expect(search.edges).toEqual([{ kind: 'SECTION', highlight: expect.stringContaining('<em>在可用资源范围内</em>'), node: { id: 'WTSA-44/s8' } }]);
      expect(search.facets).toEqual([{ kind: 'SECTION', count: 1 }]);
    });

    it('finds footnotes, filters by kind and by resolution, and counts every kind in the facets', async () => {
      const all = (await data(SEARCH, { text: '发展中国家', first: 0 })).search;
      const kinds = Object.fromEntries(all.facets.map((f: any) => [f.kind, f.count]));
      expect(kinds).toMatchObject({ RESOLUTION: 1, FOOTNOTE: 1, ACTOR: 1 });
      expect(all.totalCount).toBe(all.facets.reduce((n: number, f: any) => n + f.count, 0));
      const footnotes = (await data(SEARCH, { text: '发展中国家', filter: { kinds: ['FOOTNOTE'], resolution: 'WTSA-44' } })).search;
      expect(footnotes.edges.map((e: any) => e.node.id)).toEqual(['WTSA-44/fn1']);
      expect(footnotes.facets).toEqual(all.facets.filter((f: any) => f.kind !== 'ACTOR'));
      expect((await data(SEARCH, { text: '发展中国家', filter: { resolution: 'PP-123' } })).search.totalCount).toBe(0);
    });

    it('PHRASE mode keeps the words together and in order; WORDS mode does not', async () => {
      const words = (await data(SEARCH, { text: '口译 TSAG', first: 0 })).search.totalCount;
      const phrase = (await data(SEARCH, { text: '口译 TSAG', mode: 'PHRASE', first: 0 })).search.totalCount;
      expect(words).toBeGreaterThan(0);
      expect(phrase).toBe(0);
    });

    it('searches English titles and names', async () => {
      const { search } = await data(SEARCH, { text: 'standardization gap', filter: { kinds: ['RESOLUTION'] } });
      expect(search.edges.map((e: any) => e.node.id)).toContain('WTSA-44');
    });

    it.each([
      [{ kinds: [] }, /expected "filter.kinds" to hold 1 to 8 distinct values/],
      [{ resolution: '  ' }, /expected "filter.resolution" to be a non-blank id/],
    ])('refuses the filter %j with BAD_USER_INPUT', async (filter, message) => {
      const { errors } = await run(SEARCH, { text: '口译', filter });
      expect(errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(errors?.[0].message).toMatch(message);
    });
  });
});
