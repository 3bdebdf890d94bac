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

  async function run(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<{ data?: any; errors?: readonly any[] }> {
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
      const tsb = (await data('{ obligationFacets(actor: "TSB", includeSubordinates: true) { modality role count } }'))
        .obligationFacets;
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
        'WTSA-44/s5/3#o',
        'WTSA-44/s5/4#o',
        'WTSA-44/s6/2#o',
        ...Array.from({ length: 16 }, (_, k) => `WTSA-44/s8/${k + 1}#o`),
      ]);
      const available = (await data(query, { filter: { condition: '可用资源' } })).obligations;
      expect(available.totalCount).toBe(16);
      expect(available.edges.every((e: any) => e.node.conditions.includes('在可用资源范围内'))).toBe(true);
      expect((await data(query, { filter: { conditional: false } })).obligations.totalCount).toBe(50 - 19);
    });

    it.each([
      [
        'a role without an actor',
        '{ obligations(filter: { role: COLLABORATOR }) { totalCount } }',
        /expected "filter.actor" with "filter.role"/,
      ],
      [
        'a blank condition',
        '{ obligations(filter: { condition: "  " }) { totalCount } }',
        /expected "condition" to hold 1 to 200/,
      ],
      [
        'a blank actor for facets',
        '{ obligationFacets(actor: "") { count } }',
        /expected "actor" to be a non-blank id/,
      ],
    ])('refuses %s with BAD_USER_INPUT', async (_label, query, message) => {
      const { errors } = await run(query);
      expect(errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(errors?.[0].message).toMatch(message);
    });
  });

  describe('how to cite an obligation', () => {
    const CITED = `query ($id: ID!) { node(id: $id) { ... on Obligation { en: citation(lang: EN) zh: citation(lang: ZH) } } }`;
    const PAGE = `{ actor(id: "TSB-DIRECTOR") { obligations(first: 100) { edges { node { id en: citation(lang: EN) zh: citation(lang: ZH) } } } } }`;
    const expected: Record<string, { en: string; zh: string }> = {
      'WTSA-44/s8/3#o': {
        en: 'Resolution 44 (Rev. Geneva, 2022), instructs the Director of the Telecommunication Standardization Bureau, 3',
        zh: '第44号决议（2022年，日内瓦，修订版），责成电信标准化局主任，第3段',
      },
      'WTSA-44/annex/p4/i2/i1#o': {
        en: 'Resolution 44 (Rev. Geneva, 2022), Annex, Programme 4',
        zh: '第44号决议（2022年，日内瓦，修订版），附件，项目4',
      },
    };

    it('cites a paragraph by its number under its heading, and an annex item by its programme', async () => {
      for (const [id, citation] of Object.entries(expected)) {
        expect([id, (await data(CITED, { id })).node]).toEqual([id, citation]);
      }
    });

    it('cites each obligation of a page the same as it is cited alone', async () => {
      const edges = (await data(PAGE)).actor.obligations.edges as { node: { id: string; en: string; zh: string } }[];
      expect(edges.length).toBeGreaterThan(10);
      for (const [id, citation] of Object.entries(expected)) {
        expect(edges.find((e) => e.node.id === id)?.node).toEqual({ id, ...citation });
      }
      for (const { node } of edges) {
        expect([node.id, node.en, node.zh]).toEqual([
          node.id,
          expect.stringMatching(/^Resolution 44 /),
          expect.stringMatching(/^第44号决议/),
        ]);
        const { en, zh } = (await data(CITED, { id: node.id })).node;
        expect([node.id, en, zh]).toEqual([node.id, node.en, node.zh]);
      }
    });
  });

  describe('mentions', () => {
    it('where the regional offices are mentioned: 进一步做出决议 (heading and 2), 责成 TSB 主任 3 and 9, in document order', async () => {
      const query = `query ($after: String) { actor(id: "ITU-REGIONAL-OFFICES") { mentionedIn(first: 2, after: $after) {
        totalCount edges { count node { __typename id } } pageInfo { hasNextPage endCursor } } } }`;
      const first = (await data(query)).actor.mentionedIn;
      expect(first.totalCount).toBe(4);
      expect(first.edges).toEqual([
        { count: 1, node: { __typename: 'Section', id: 'WTSA-44/s6' } },
        { count: 1, node: { __typename: 'Provision', id: 'WTSA-44/s6/2' } },
      ]);
      const second = (await data(query, { after: first.pageInfo.endCursor })).actor.mentionedIn;
      expect(second.edges.map((e: any) => e.node.id)).toEqual(['WTSA-44/s8/3', 'WTSA-44/s8/9']);
      expect(second.pageInfo.hasNextPage).toBe(false);
    });

    it('puts a heading before its paragraphs and the annex after the body (ITU-T-SG)', async () => {
      const { actor } = await data(
        '{ actor(id: "ITU-T-SG") { mentionedIn(first: 100) { totalCount edges { node { id } } } } }',
      );
      const ids: string[] = actor.mentionedIn.edges.map((e: any) => e.node.id);
      expect(ids.length).toBe(actor.mentionedIn.totalCount);
      expect(ids.indexOf('WTSA-44/s10')).toBeLessThan(ids.indexOf('WTSA-44/s10/2'));
      expect(ids.indexOf('WTSA-44/s9/2')).toBeLessThan(ids.indexOf('WTSA-44/s10'));
      expect(ids.findIndex((id) => id.includes('/annex/'))).toBeGreaterThan(
        ids.findIndex((id) => id.startsWith('WTSA-44/s12')),
      );
    });

    it('refuses a page over the cap', async () => {
      const { errors } = await run('{ actor(id: "ITU") { mentionedIn(first: 101) { totalCount } } }');
      expect(errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('citations', () => {
    const CITATIONS = `query ($filter: CitationFilter, $first: Int) { citations(filter: $filter, first: $first) {
      totalCount edges { node { id outdated target { id } citedRevision { year } } } } }`;

    it('which of Resolution 44’s citations point at a revision since replaced: PP-71, PP-154, PP-197 (2018, revised 2022)', async () => {
      const { citations } = await data(CITATIONS, { filter: { citingResolution: 'WTSA-44', outdated: true } });
      expect(
        citations.edges.map((e: any) => [e.node.id, e.node.target.id, e.node.citedRevision.year, e.node.outdated]),
      ).toEqual([
        ['WTSA-44/s1/a#c1', 'PP-71', 2018, true],
        ['WTSA-44/s1/d#c1', 'PP-154', 2018, true],
        ['WTSA-44/s1/h#c1', 'PP-197', 2018, true],
      ]);
      const current = (await data(CITATIONS, { filter: { citingResolution: 'WTSA-44', outdated: false }, first: 100 }))
        .citations;
      expect(current.totalCount).toBe(10);
      expect((await data(CITATIONS, { filter: { citingResolution: 'WTSA-44' }, first: 0 })).citations.totalCount).toBe(
        14,
      );
    });

    it('lists the citations of a target in document order: PP-123 in 考虑到 b) and in the annex title', async () => {
      const { citations } = await data(CITATIONS, { filter: { target: 'PP-123' } });
      expect(citations.edges.map((e: any) => e.node.id)).toEqual(['WTSA-44/s1/b#c1', 'WTSA-44/annex#c1']);
    });

    it('refuses a blank target', async () => {
      const { errors } = await run(CITATIONS, { filter: { target: '' } });
      expect(errors?.[0].message).toMatch(/expected "filter.target" to be a non-blank id/);
    });
  });

  describe('citation chains', () => {
    const CHAINS = `query ($from: ID!, $to: ID!, $direction: ChainDirection, $maxDepth: Int) {
      citationChains(from: $from, to: $to, direction: $direction, maxDepth: $maxDepth) {
        ids length
        steps { from { id } to { id } direction citations { id span source { id } citedRevision { year revised } } }
      }
    }`;

    it('how WTSA-44 connects to PP-71: 考虑到 a) cites its 2018 revision', async () => {
      const { citationChains } = await data(CHAINS, { from: 'WTSA-44', to: 'PP-71' });
      expect(citationChains).toEqual([
        {
          ids: ['WTSA-44', 'PP-71'],
          length: 1,
          steps: [
            {
              from: { id: 'WTSA-44' },
              to: { id: 'PP-71' },
              direction: 'OUT',
              citations: [
                {
                  id: 'WTSA-44/s1/a#c1',
                  span: '全权代表大会第71号决议（2018年，迪拜，修订版）',
                  source: { id: 'WTSA-44/s1/a' },
                  citedRevision: { year: 2018, revised: true },
                },
              ],
            },
          ],
        },
      ]);
    });

    it('goes against citations with IN, and either way with BOTH (PP-71 and PP-123 through the text that cites both)', async () => {
      const back = (await data(CHAINS, { from: 'PP-71', to: 'WTSA-44', direction: 'IN' })).citationChains;
      expect(back.map((c: any) => [c.ids, c.steps.map((s: any) => s.direction)])).toEqual([
        [['PP-71', 'WTSA-44'], ['IN']],
      ]);
      expect((await data(CHAINS, { from: 'PP-71', to: 'WTSA-44' })).citationChains).toEqual([]);
      const both = (await data(CHAINS, { from: 'PP-71', to: 'PP-123', direction: 'BOTH', maxDepth: 2 })).citationChains;
      expect(both).toHaveLength(1);
      expect(both[0].ids).toEqual(['PP-71', 'WTSA-44', 'PP-123']);
      expect(both[0].steps[1].citations.map((c: any) => c.source.id)).toEqual(['WTSA-44/s1/b', 'WTSA-44/annex']);
    });

    it('gives citedBy as a connection too, in document order', async () => {
      const { resolution } = await data(
        '{ resolution(id: "PP-123") { citedBy { id } citedByConnection(first: 1) { totalCount edges { node { id } } pageInfo { hasNextPage } } } }',
      );
      expect(resolution.citedByConnection).toEqual({
        totalCount: 2,
        edges: [{ node: { id: 'WTSA-44/s1/b#c1' } }],
        pageInfo: { hasNextPage: true },
      });
      expect(resolution.citedBy.map((c: any) => c.id).sort()).toEqual(['WTSA-44/annex#c1', 'WTSA-44/s1/b#c1']);
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
      expect(search.edges).toEqual([
        {
          kind: 'SECTION',
          highlight: expect.stringContaining('<em>在可用资源范围内</em>'),
          node: { id: 'WTSA-44/s8' },
        },
      ]);
      expect(search.facets).toEqual([{ kind: 'SECTION', count: 1 }]);
    });

    it('finds footnotes, filters by kind and by resolution, and counts every kind in the facets', async () => {
      const all = (await data(SEARCH, { text: '发展中国家', first: 0 })).search;
      const kinds = Object.fromEntries(all.facets.map((f: any) => [f.kind, f.count]));
      expect(kinds).toMatchObject({ RESOLUTION: 1, FOOTNOTE: 1, ACTOR: 1 });
      expect(all.totalCount).toBe(all.facets.reduce((n: number, f: any) => n + f.count, 0));
      const footnotes = (
        await data(SEARCH, { text: '发展中国家', filter: { kinds: ['FOOTNOTE'], resolution: 'WTSA-44' } })
      ).search;
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

  describe('neighbourhoods', () => {
    it('keeps the nearest nodes first, so a deeper walk with a limit the first level fills answers as the shallow one', async () => {
      const query = `query ($depth: Int, $limit: Int) {
        neighborhood(id: "WTSA-44", depth: $depth, limit: $limit) { nodes { id type } edges { source target type } truncated }
      }`;
      const shallow = (await data(query, { depth: 1, limit: 20 })).neighborhood;
      expect(shallow.nodes).toHaveLength(20);
      expect(shallow.truncated).toBe(true);
      for (const depth of [2, 3]) expect((await data(query, { depth, limit: 20 })).neighborhood).toEqual(shallow);
      const whole = (await data(query, { depth: 1, limit: 500 })).neighborhood;
      expect(whole.truncated).toBe(false);
      expect((await data(query, { depth: 2, limit: 500 })).neighborhood.nodes.length).toBeGreaterThan(
        whole.nodes.length,
      );
    });
  });
});
