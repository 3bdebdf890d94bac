/**
 * Every shared contract operation, with every variable set, against a real Neo4j seeded from
 * seed/ by the loader. The expected answers are read off the source text
 * (seed/wtsa-res44-rev-geneva-2022.zh.txt) and the curated facts (shared/facts).
 */
import { createApolloServer, createContext } from '../../src/api';
import { useSeededServer } from '../integration/neo4j-env';
import { readContract } from './read-contract';

const operations = readContract();
const operation = (prefix: string) => operations.find((op) => op.file.startsWith(prefix))!.query;

/* eslint-disable @typescript-eslint/no-explicit-any */
type Data = any;

describe('the contract operations against the seeded graph of Resolution 44', () => {
  const server = createApolloServer({ compileAfter: Infinity });
  // The same operations compiled from their first run (src/api/compiled-execution.ts): each
  // answer, and its round trips, must be graphql-js's.
  const compiled = createApolloServer({ compileAfter: 1 });
  const database = useSeededServer(server);
  beforeAll(() => compiled.start());
  afterAll(() => compiled.stop());
  const roundTrips = new Map<string, number>();

  async function run(query: string, variables: Record<string, unknown>): Promise<Data> {
    const contextValue = createContext(database());
    const response = await server.executeOperation({ query, variables }, { contextValue });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    const { data, errors } = response.body.singleResult;
    expect(errors).toBeUndefined();
    roundTrips.set(`${query.match(/query (\w+)/)?.[1]} ${JSON.stringify(variables)}`, contextValue.roundTrips.count);
    const compiledContext = createContext(database());
    const again = await compiled.executeOperation({ query, variables }, { contextValue: compiledContext });
    expect(JSON.stringify(again.body)).toBe(JSON.stringify(response.body));
    expect(compiledContext.roundTrips.count).toBe(contextValue.roundTrips.count);
    return data;
  }

  afterAll(() => {
    process.stdout.write(
      `round trips per contract operation:\n${[...roundTrips].map(([k, v]) => `  ${v}  ${k}`).join('\n')}\n`,
    );
  });

  it('reads the contract from shared/contract (or its copy) with every operation and variable set', () => {
    expect(operations.map((op) => op.file)).toEqual([
      '01-resolution.graphql',
      '02-citations.graphql',
      '03-obligations.graphql',
      '04-actor.graphql',
      '05-search.graphql',
      '06-neighborhood.graphql',
      '07-node-and-lists.graphql',
      '08-obligations-by-role.graphql',
      '09-conditional-obligations.graphql',
      '10-search-kinds.graphql',
      '11-outdated-citations.graphql',
      '12-actor-mentions.graphql',
      '13-citation-chain.graphql',
    ]);
  });

  describe.each(
    operations.flatMap((op) =>
      op.variableSets.map((variables) => [op.file, JSON.stringify(variables), op.query, variables] as const),
    ),
  )('%s with %s', (_file, _label, query, variables) => {
    it('validates and answers without errors', async () => {
      const data = await run(query, variables);
      expect(data).toBeTruthy();
    });
  });

  describe('01 ResolutionOverview', () => {
    let r: Data;
    beforeAll(async () => {
      r = (await run(operation('01'), { id: 'WTSA-44' })).resolution;
    });

    it('gives the identity, the titles and the history in the text', () => {
      expect(r).toMatchObject({
        id: 'WTSA-44',
        assembly: 'WTSA',
        number: 44,
        titleZh: '缩小发展中国家与发达国家之间的标准化工作差距',
        titleEn: 'Bridging the standardization gap between developing and developed countries',
        adopted: { year: 2004, city: 'Florianópolis' },
        revisions: [
          { year: 2008, city: 'Johannesburg' },
          { year: 2012, city: 'Dubai' },
          { year: 2016, city: 'Hammamet' },
          { year: 2022, city: 'Geneva' },
        ],
        latestKnownRevision: { year: 2022, city: 'Geneva' },
      });
    });

    it('lists the thirteen sections in document order with their kinds', () => {
      expect(r.sections.map((s: Data) => [s.kind, s.further, s.part])).toEqual([
        ['CONSIDERING', false, 'PREAMBLE'],
        ['RECOGNIZING', false, 'PREAMBLE'],
        ['RECOGNIZING', true, 'PREAMBLE'],
        ['RECALLING', false, 'PREAMBLE'],
        ['RESOLVES', false, 'OPERATIVE'],
        ['RESOLVES', true, 'OPERATIVE'],
        ['INVITES', false, 'OPERATIVE'],
        ['INSTRUCTS', false, 'OPERATIVE'],
        ['INSTRUCTS', false, 'OPERATIVE'],
        ['INSTRUCTS', true, 'OPERATIVE'],
        ['INVITES', false, 'OPERATIVE'],
        ['INVITES', false, 'OPERATIVE'],
        ['ENCOURAGES', false, 'OPERATIVE'],
      ]);
      expect(r.sections.map((s: Data) => s.provisions.length)).toEqual([10, 9, 12, 4, 7, 3, 2, 16, 3, 4, 4, 7, 2]);
    });

    it('gives the labels, texts, sub-items and addressees of the paragraphs', () => {
      const [considering, , , , resolves, resolvesFurther, , instructsTsb, instructsSg] = r.sections;
      expect(considering.heading).toBe('考虑到');
      expect(considering.provisions.map((p: Data) => p.label)).toEqual([
        'a',
        'b',
        'c',
        'd',
        'e',
        'f',
        'g',
        'h',
        'i',
        'j',
      ]);
      expect(considering.provisions[1].text).toBe(
        '有关缩小发展中国家和发达国家之间标准化差距的全权代表大会第123号决议（2018年，迪拜，修订版）；',
      );
      expect(resolves.provisions[1].children.map((c: Data) => c.label)).toEqual(['i', 'ii', 'iii']);
      expect(resolvesFurther.addressees).toEqual([{ id: 'ITU-REGIONAL-OFFICES' }]);
      expect(resolvesFurther.provisions[1].children.map((c: Data) => c.label)).toEqual(['i', 'ii', 'iii', 'iv']);
      expect(instructsTsb.heading).toMatch(/^责成电信标准化局主任与电信发展局主任和无线电通信局主任协作/);
      expect(instructsTsb.addressees).toEqual([{ id: 'TSB-DIRECTOR' }]);
      expect(instructsTsb.collaborators).toEqual([{ id: 'BDT-DIRECTOR' }, { id: 'BR-DIRECTOR' }]);
      expect(instructsTsb.provisions.map((p: Data) => p.label)).toEqual(
        Array.from({ length: 16 }, (_, i) => String(i + 1)),
      );
      expect(instructsSg.addressees.map((a: Data) => a.id)).toEqual(['ITU-T-SG', 'TSAG']);
    });

    it('gives the annex and its four programmes', () => {
      expect(r.annex.title).toBe('实施全权代表大会第123号决议（2018年，迪拜，修订版）的行动计划');
      expect(r.annex.programmes.map((p: Data) => [p.number, p.title])).toEqual([
        [1, '提高标准制定能力'],
        [2, '在标准应用方面向发展中国家提供帮助'],
        [3, '人力资源能力建设'],
        [4, '为缩小标准化工作差距筹措资金'],
      ]);
    });
  });

  describe('02 Citations', () => {
    it('lists what WTSA-44 cites, in document order, with the revision cited and whether it is outdated', async () => {
      const r = (await run(operation('02'), { id: 'WTSA-44' })).resolution;
      expect(
        r.cites.map((c: Data) => [
          c.target.id,
          c.citedRevision?.year ?? null,
          c.citedRevision?.city ?? null,
          c.outdated,
        ]),
      ).toEqual([
        ['PP-71', 2018, 'Dubai', true],
        ['PP-123', 2018, 'Dubai', false],
        ['PP-139', 2018, 'Dubai', false],
        ['PP-154', 2018, 'Dubai', true],
        ['PP-169', 2018, 'Dubai', false],
        ['PP-191', 2018, 'Dubai', false],
        ['PP-195', 2014, 'Busan', false],
        ['PP-197', 2018, 'Dubai', true],
        ['WTSA-34', 2022, 'Geneva', false],
        ['WTSA-67', 2022, 'Geneva', false],
        ['COUNCIL-1353', null, null, null],
        ['WTSA-54', 2022, 'Geneva', false],
        ['WTSA-54', 2022, 'Geneva', false],
        ['PP-123', 2018, 'Dubai', false],
      ]);
      const byTarget = new Map(r.cites.map((c: Data) => [c.target.id, c.target]));
      expect(byTarget.get('PP-71')).toMatchObject({
        assembly: 'PP',
        number: 71,
        latestKnownRevision: { year: 2022, city: 'Bucharest' },
      });
      expect(byTarget.get('COUNCIL-1353')).toMatchObject({ latestKnownRevision: null });
      expect(r.cites.find((c: Data) => c.target.id === 'COUNCIL-1353').citedRevision).toBeNull();
      expect(r.cites.filter((c: Data) => c.target.id === 'PP-123').map((c: Data) => c.source.id)).toEqual([
        'WTSA-44/s1/b',
        'WTSA-44/annex',
      ]);
      expect(r.citedBy).toEqual([]);
    });

    it('gives who cites PP-123: WTSA-44, in considering b) and in the annex title', async () => {
      const r = (await run(operation('02'), { id: 'PP-123' })).resolution;
      expect(r.cites).toEqual([]);
      expect(r.citedBy.map((c: Data) => [c.source.id, c.citingResolution.id])).toEqual([
        ['WTSA-44/s1/b', 'WTSA-44'],
        ['WTSA-44/annex', 'WTSA-44'],
      ]);
    });

    it('gives who cites WTSA-54: resolves 4 and invites the regions 1', async () => {
      const r = (await run(operation('02'), { id: 'WTSA-54' })).resolution;
      expect(r.citedBy.map((c: Data) => c.source.id)).toEqual(['WTSA-44/s5/4', 'WTSA-44/s12/1']);
    });

    it('gives who cites COUNCIL-1353: recalling a)', async () => {
      const r = (await run(operation('02'), { id: 'COUNCIL-1353' })).resolution;
      expect(r.citedBy).toEqual([
        { id: expect.any(String), source: { id: 'WTSA-44/s4/a' }, citingResolution: { id: 'WTSA-44' } },
      ]);
    });
  });

  describe('03 Obligations', () => {
    const labels = (data: Data) => data.obligations.edges.map((e: Data) => e.node.provision?.label ?? null);
    const modalities = (data: Data) => data.obligations.edges.map((e: Data) => e.node.modality);

    it('gives the Director of TSB 16 instructions, then 4 invitations, then the action-plan items naming 电信标准化局主任', async () => {
      const data = await run(operation('03'), { actor: 'TSB-DIRECTOR', first: 50 });
      const all = modalities(data);
      expect(all.slice(0, 20)).toEqual([...Array(16).fill('INSTRUCTS'), ...Array(4).fill('INVITES')]);
      expect(all.slice(20).length).toBeGreaterThanOrEqual(1);
      expect(all.slice(20).every((m: string) => m === 'ACTION_PLAN')).toBe(true);
      expect(data.obligations.totalCount).toBe(all.length);
      expect(labels(data).slice(0, 20)).toEqual([
        ...Array.from({ length: 16 }, (_, i) => String(i + 1)),
        ...['1', '2', '3', '4'],
      ]);
      const first = data.obligations.edges[0].node;
      expect(first).toMatchObject({
        resolution: { id: 'WTSA-44' },
        provision: { label: '1', text: '继续实现附于本决议之后的行动计划的目标；' },
        addressees: [{ id: 'TSB-DIRECTOR' }],
        collaborators: [{ id: 'BDT-DIRECTOR' }, { id: 'BR-DIRECTOR' }],
        conditions: ['在可用资源范围内'],
      });
      expect(first.citation).toMatch(/^Resolution 44 \(Rev\. Geneva, 2022\), instructs the Director of .+, 1$/);
      const plan = data.obligations.edges[20].node;
      expect(plan.provision).toBeNull();
      expect(plan.citation).toBe('Resolution 44 (Rev. Geneva, 2022), Annex, Programme 4');
      expect(data.obligations.pageInfo.hasNextPage).toBe(false);
    });

    it('pages the instructions: the first five are paragraphs 1 to 5, and more follow', async () => {
      const data = await run(operation('03'), { actor: 'TSB-DIRECTOR', modalities: ['INSTRUCTS'], first: 5 });
      expect(data.obligations.totalCount).toBe(16);
      expect(labels(data)).toEqual(['1', '2', '3', '4', '5']);
      expect(data.obligations.pageInfo.hasNextPage).toBe(true);
      const next = await run(operation('03'), {
        actor: 'TSB-DIRECTOR',
        modalities: ['INSTRUCTS'],
        first: 5,
        after: data.obligations.pageInfo.endCursor,
      });
      expect(labels(next)).toEqual(['6', '7', '8', '9', '10']);
    });

    it('gives the study groups instructs 1-3 (with TSAG) and instructs further 1-4', async () => {
      const data = await run(operation('03'), { actor: 'ITU-T-SG', first: 50 });
      expect(data.obligations.totalCount).toBe(7);
      expect(labels(data)).toEqual(['1', '2', '3', '1', '2', '3', '4']);
      expect(data.obligations.edges[0].node.addressees.map((a: Data) => a.id)).toEqual(['ITU-T-SG', 'TSAG']);
    });

    it('includes, for ITU-T and its subordinates, every obligation once, strongest first', async () => {
      const data = await run(operation('03'), { actor: 'ITU-T', includeSubordinates: true, first: 100 });
      const ids: string[] = data.obligations.edges.map((e: Data) => e.node.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(data.obligations.totalCount).toBe(ids.length);
      const tsb = await run(operation('03'), { actor: 'TSB-DIRECTOR', first: 50 });
      const sg = await run(operation('03'), { actor: 'ITU-T-SG', first: 50 });
      for (const edge of [...tsb.obligations.edges, ...sg.obligations.edges]) expect(ids).toContain(edge.node.id);
      expect(ids[0]).toBe('WTSA-44/s5/2#o');
      const order = ['RESOLVES', 'INSTRUCTS', 'REQUESTS', 'URGES', 'INVITES', 'ENCOURAGES', 'ACTION_PLAN'];
      const ranks = modalities(data).map((m: string) => order.indexOf(m));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    });

    it('gives Member States invites 1-7 (with the regions) and encourages 1-2', async () => {
      const data = await run(operation('03'), {
        actor: 'MEMBER-STATES',
        modalities: ['INVITES', 'ENCOURAGES'],
        first: 50,
      });
      expect(modalities(data)).toEqual([...Array(7).fill('INVITES'), 'ENCOURAGES', 'ENCOURAGES']);
      expect(labels(data)).toEqual(['1', '2', '3', '4', '5', '6', '7', '1', '2']);
    });

    it('gives the Council the two invitations', async () => {
      const data = await run(operation('03'), { actor: 'COUNCIL', first: 50 });
      expect(modalities(data)).toEqual(['INVITES', 'INVITES']);
      expect(data.obligations.edges[0].node.provision.text).toMatch(/^鉴于上述做出决议各节，尤其是做出决议6/);
      expect(data.obligations.edges[0].node.citation).toMatch(
        /^Resolution 44 \(Rev\. Geneva, 2022\), invites the .*Council, 1$/,
      );
    });
  });

  describe('04 Actor', () => {
    it('places the Director of TSB under TSB, ITU-T and ITU', async () => {
      const { actor } = await run(operation('04'), { id: 'TSB-DIRECTOR' });
      const all = await run(operation('03'), { actor: 'TSB-DIRECTOR', first: 50 });
      expect(actor).toMatchObject({
        id: 'TSB-DIRECTOR',
        kind: 'OFFICIAL',
        nameZh: '电信标准化局主任',
        parent: { id: 'TSB' },
        ancestors: [{ id: 'TSB' }, { id: 'ITU-T' }, { id: 'ITU' }],
        children: [],
        obligations: { totalCount: all.obligations.totalCount },
      });
      expect(actor.nameEn).toMatch(/^Director of /);
    });

    it('gives ITU-T its parts and only its own obligation (resolves 2)', async () => {
      const { actor } = await run(operation('04'), { id: 'ITU-T' });
      expect(actor).toMatchObject({
        kind: 'SECTOR',
        acronym: 'ITU-T',
        parent: { id: 'ITU' },
        ancestors: [{ id: 'ITU' }],
      });
      expect(actor.children.map((c: Data) => c.id)).toEqual(
        expect.arrayContaining(['ITU-T-SG', 'TSAG', 'TSB', 'WTSA']),
      );
      expect(actor.obligations.totalCount).toBe(1);
    });

    it('gives the study groups their regional groups', async () => {
      const { actor } = await run(operation('04'), { id: 'ITU-T-SG' });
      expect(actor).toMatchObject({
        parent: { id: 'ITU-T' },
        ancestors: [{ id: 'ITU-T' }, { id: 'ITU' }],
        children: [{ id: 'ITU-T-RG' }],
      });
      expect(actor.obligations.totalCount).toBe(7);
    });

    it('gives CEPT no place in the ITU hierarchy and no obligation', async () => {
      const { actor } = await run(operation('04'), { id: 'CEPT' });
      expect(actor).toMatchObject({
        kind: 'REGIONAL_ORGANIZATION',
        acronym: 'CEPT',
        nameZh: '欧洲邮电主管部门大会',
        parent: null,
        ancestors: [],
        children: [],
      });
      expect(actor.obligations.totalCount).toBe(0);
    });
  });

  describe('05 Search', () => {
    it('finds 口译 in recognizing i), resolves 6 and invites the Council 1', async () => {
      const { search } = await run(operation('05'), { text: '口译', lang: 'ZH', first: 20 });
      expect(search.totalCount).toBe(3);
      const hits = search.edges.map((e: Data) => [
        e.node.__typename,
        e.node.section.kind,
        e.node.section.further,
        e.node.label,
      ]);
      expect(hits).toEqual(
        expect.arrayContaining([
          ['Provision', 'RECOGNIZING', false, 'i'],
          ['Provision', 'RESOLVES', false, '6'],
          ['Provision', 'INVITES', false, '1'],
        ]),
      );
      for (const edge of search.edges) {
        expect(edge.highlight).toContain('<em>口译</em>');
        expect(edge.node.resolution.id).toBe('WTSA-44');
        expect(edge.score).toBeGreaterThan(0);
      }
    });

    it('finds 远程参会 in instructs 14 and in an activity of programme 1', async () => {
      const { search } = await run(operation('05'), { text: '远程参会', lang: 'ZH', first: 20 });
      expect(search.edges.map((e: Data) => e.node.id).sort()).toEqual(['WTSA-44/annex/p1/i2/i3', 'WTSA-44/s8/14']);
      expect(search.edges.every((e: Data) => e.highlight.includes('<em>远程参会</em>'))).toBe(true);
    });

    it('finds 区域组 as written in the 15 paragraphs, the annex activity and the actor that contain it', async () => {
      const { search } = await run(operation('05'), { text: '区域组', lang: 'ZH', first: 50 });
      const ids = search.edges.map((e: Data) => e.node.id);
      expect(search.totalCount).toBe(17);
      expect(ids).toEqual(
        expect.arrayContaining([
          'WTSA-44/s2/f',
          'WTSA-44/s3/i',
          'WTSA-44/s5/4',
          'WTSA-44/s6/1',
          'WTSA-44/s6/3',
          'WTSA-44/s7/1',
          'WTSA-44/s8/3',
          'WTSA-44/s8/11',
          'WTSA-44/s8/12',
          'WTSA-44/s9/3',
          'WTSA-44/s12/1',
          'WTSA-44/s12/2',
          'WTSA-44/s12/3',
          'WTSA-44/s12/4',
          'WTSA-44/s12/7',
          'ITU-T-RG',
        ]),
      );
      expect(search.edges.filter((e: Data) => e.node.__typename === 'AnnexItem')).toHaveLength(1);
      expect(search.edges.every((e: Data) => e.highlight.includes('<em>区域组</em>'))).toBe(true);
    });
  });

  describe('06 Neighborhood', () => {
    it('draws PP-123 with its meetings and the two citations of it', async () => {
      const { neighborhood } = await run(operation('06'), { id: 'PP-123', depth: 1, limit: 100 });
      const ids = neighborhood.nodes.map((n: Data) => n.id);
      expect(neighborhood.nodes[0]).toEqual({ id: 'PP-123', type: 'Resolution', label: 'PP Resolution 123' });
      expect(ids).toEqual(
        expect.arrayContaining(['WTSA-44/s1/b#c1', 'WTSA-44/annex#c1', 'MEETING-PP-2002', 'MEETING-PP-2014']),
      );
      expect(neighborhood.edges).toEqual(
        expect.arrayContaining([{ source: 'WTSA-44/s1/b#c1', target: 'PP-123', type: 'CITES' }]),
      );
      expect(neighborhood.truncated).toBe(false);
      for (const edge of neighborhood.edges) expect(ids).toEqual(expect.arrayContaining([edge.source, edge.target]));
    });

    it('cuts the neighborhood of WTSA-44 at the limit, structure first', async () => {
      const { neighborhood } = await run(operation('06'), { id: 'WTSA-44', depth: 2, limit: 25 });
      const ids = neighborhood.nodes.map((n: Data) => n.id);
      expect(ids).toHaveLength(25);
      expect(neighborhood.truncated).toBe(true);
      expect(ids.slice(0, 14)).toEqual(['WTSA-44', ...Array.from({ length: 13 }, (_, i) => `WTSA-44/s${i + 1}`)]);
      expect(neighborhood.nodes[8]).toMatchObject({ type: 'Section', label: 'instructs' });
      for (const edge of neighborhood.edges) expect(ids).toEqual(expect.arrayContaining([edge.source, edge.target]));
    });
  });

  describe('08 ObligationsByRole', () => {
    it('BDT-DIRECTOR, asked nothing, collaborates on 责成 TSB 主任 1-16, 请 TSB 主任 1 and 项目4 b)', async () => {
      const data = await run(operation('08'), { actor: 'BDT-DIRECTOR', role: 'COLLABORATOR', first: 20 });
      expect(data.actor.obligations.totalCount).toBe(18);
      expect(data.actor.obligations.edges.every((e: Data) => e.node.roleOf === 'COLLABORATOR')).toBe(true);
      expect(data.actor.obligations.edges[16].node).toMatchObject({
        id: 'WTSA-44/s11/1#o',
        modality: 'INVITES',
        addressees: [{ id: 'TSB-DIRECTOR' }],
      });
      expect(data.obligationFacets).toEqual([
        { modality: 'INSTRUCTS', role: 'COLLABORATOR', count: 16 },
        { modality: 'INVITES', role: 'COLLABORATOR', count: 1 },
        { modality: 'ACTION_PLAN', role: 'COLLABORATOR', count: 1 },
      ]);
    });

    it('the regional offices: addressees of 进一步做出决议 1-3, collaborators on 责成 TSB 主任 3 and 9', async () => {
      const data = await run(operation('08'), { actor: 'ITU-REGIONAL-OFFICES', role: 'EITHER', first: 20 });
      expect(data.actor.obligations.edges.map((e: Data) => [e.node.id, e.node.roleOf])).toEqual([
        ['WTSA-44/s6/1#o', 'ADDRESSEE'],
        ['WTSA-44/s6/2#o', 'ADDRESSEE'],
        ['WTSA-44/s6/3#o', 'ADDRESSEE'],
        ['WTSA-44/s8/3#o', 'COLLABORATOR'],
        ['WTSA-44/s8/9#o', 'COLLABORATOR'],
      ]);
    });
  });

  describe('09 ConditionalObligations', () => {
    it('19 obligations hold under a condition; 16 of them 在可用资源范围内 (责成 TSB 主任 1-16)', async () => {
      const all = (await run(operation('09'), { first: 50 })).obligations;
      expect(all.totalCount).toBe(19);
      expect(all.edges.slice(0, 3).map((e: Data) => [e.node.id, e.node.conditions])).toEqual([
        ['WTSA-44/s5/3#o', ['在理事会批准的前提下']],
        ['WTSA-44/s5/4#o', ['在现有资源或捐赠资源范围内']],
        ['WTSA-44/s6/2#o', ['在代表处预算范围内']],
      ]);
      const available = (await run(operation('09'), { condition: '可用资源', first: 20 })).obligations;
      expect(available.totalCount).toBe(16);
      expect(available.edges[0].node).toMatchObject({ id: 'WTSA-44/s8/1#o', addressees: [{ id: 'TSB-DIRECTOR' }] });
    });
  });

  describe('10 SearchKinds', () => {
    it('finds 在可用资源范围内 in one heading, and counts kinds', async () => {
      const { search } = await run(operation('10'), { text: '在可用资源范围内', first: 10 });
      expect(search.facets).toEqual([{ kind: 'SECTION', count: 1 }]);
      expect(search.edges[0]).toMatchObject({
        kind: 'SECTION',
        node: { __typename: 'Section', id: 'WTSA-44/s8', conditions: ['在可用资源范围内'] },
      });
    });

    it('finds the footnote and the title among kinds of WTSA-44, and English titles as a phrase', async () => {
      const zh = (
        await run(operation('10'), {
          text: '发展中国家',
          filter: { kinds: ['SECTION', 'FOOTNOTE', 'RESOLUTION'], resolution: 'WTSA-44' },
          first: 10,
        })
      ).search;
      expect(zh.edges.map((e: Data) => e.node.id).sort()).toEqual(['WTSA-44', 'WTSA-44/fn1']);
      expect(zh.edges.find((e: Data) => e.kind === 'FOOTNOTE').node.marker).toBe('1');
      const en = (await run(operation('10'), { text: 'standardization gap', mode: 'PHRASE', first: 5 })).search;
      expect(en.edges.map((e: Data) => e.node.id).sort()).toEqual(['PP-123', 'WTSA-44']);
    });
  });

  describe('11 OutdatedCitations', () => {
    it('PP-71, PP-154 and PP-197 are cited in their 2018 revisions, revised again in 2022', async () => {
      const { citations } = await run(operation('11'), { citing: 'WTSA-44', outdated: true, first: 20 });
      expect(citations.totalCount).toBe(3);
      expect(
        citations.edges.map((e: Data) => [e.node.target.id, e.node.citedRevision.year, e.node.source.label]),
      ).toEqual([
        ['PP-71', 2018, 'a'],
        ['PP-154', 2018, 'd'],
        ['PP-197', 2018, 'h'],
      ]);
      expect(citations.edges.every((e: Data) => e.node.target.revisions.some((r: Data) => r.year === 2022))).toBe(true);
    });
  });

  describe('12 ActorMentions', () => {
    it('the regional offices are named in 进一步做出决议 (heading, 2) and 责成 TSB 主任 3 and 9', async () => {
      const { actor } = await run(operation('12'), { id: 'ITU-REGIONAL-OFFICES', first: 20 });
      expect(actor.mentionedIn.edges.map((e: Data) => [e.node.__typename, e.node.id])).toEqual([
        ['Section', 'WTSA-44/s6'],
        ['Provision', 'WTSA-44/s6/2'],
        ['Provision', 'WTSA-44/s8/3'],
        ['Provision', 'WTSA-44/s8/9'],
      ]);
    });
  });

  describe('13 CitationChain', () => {
    it('WTSA-44 cites PP-71 in 考虑到 a), in its 2018 revision, since revised', async () => {
      const { citationChains } = await run(operation('13'), { from: 'WTSA-44', to: 'PP-71' });
      expect(citationChains).toHaveLength(1);
      expect(citationChains[0].steps[0].citations).toEqual([
        {
          id: 'WTSA-44/s1/a#c1',
          span: '全权代表大会第71号决议（2018年，迪拜，修订版）',
          source: { id: 'WTSA-44/s1/a', label: 'a' },
          citedRevision: { year: 2018, city: 'Dubai', revised: true },
          outdated: true,
        },
      ]);
    });
  });

  describe('07 NodeAndLists', () => {
    const list = (data: Data) => data.resolutions.edges.map((e: Data) => [e.node.id, e.node.titleEn]);

    it('finds WTSA-44 as a Resolution and lists the eight PP resolutions it cites', async () => {
      const data = await run(operation('07'), { id: 'WTSA-44', assembly: 'PP' });
      expect(data.node).toEqual({ __typename: 'Resolution', id: 'WTSA-44' });
      expect(data.resolutions.totalCount).toBe(8);
      expect(data.resolutions.edges.map((e: Data) => e.node.number)).toEqual([71, 123, 139, 154, 169, 191, 195, 197]);
      expect(list(data)).toEqual(
        expect.arrayContaining([
          ['PP-123', 'Bridging the standardization gap between developing and developed countries'],
          ['PP-169', null],
          ['PP-195', null],
        ]),
      );
    });

    it('finds TSB-DIRECTOR as an Actor and lists the WTSA resolutions of the graph', async () => {
      const data = await run(operation('07'), { id: 'TSB-DIRECTOR', assembly: 'WTSA' });
      expect(data.node).toEqual({ __typename: 'Actor', id: 'TSB-DIRECTOR' });
      expect(list(data)).toEqual([
        ['WTSA-34', 'Voluntary contributions'],
        ['WTSA-44', 'Bridging the standardization gap between developing and developed countries'],
        ['WTSA-54', 'Creation of, and assistance to, regional groups'],
        ['WTSA-67', null],
      ]);
    });

    it('lists COUNCIL-1353, which has no formal title', async () => {
      const data = await run(operation('07'), { id: 'COUNCIL-1353', assembly: 'COUNCIL' });
      expect(data.node).toEqual({ __typename: 'Resolution', id: 'COUNCIL-1353' });
      expect(list(data)).toEqual([['COUNCIL-1353', null]]);
    });
  });

  describe('round trips to Neo4j', () => {
    async function answer(query: string, variables: Record<string, unknown>, prefetch = true) {
      const contextValue = createContext(database(), undefined, {}, { prefetch });
      const response = await server.executeOperation({ query, variables }, { contextValue });
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      expect(response.body.singleResult.errors).toBeUndefined();
      return { data: response.body.singleResult.data, roundTrips: contextValue.roundTrips.count };
    }
    const count = async (query: string, variables: Record<string, unknown>, prefetch = true) =>
      (await answer(query, variables, prefetch)).roundTrips;

    it('costs ResolutionOverview one query: the resolution with its whole structure', async () => {
      expect(await count(operation('01'), { id: 'WTSA-44' })).toBe(1);
    });

    it('costs Actor one query: the actor with its hierarchy and the count of its obligations', async () => {
      expect(await count(operation('04'), { id: 'TSB-DIRECTOR' })).toBe(1);
    });

    it('costs Obligations one query, the page with its nested fields, whatever the page size', async () => {
      expect(await count(operation('03'), { actor: 'TSB-DIRECTOR', first: 50 })).toBe(1);
      expect(await count(operation('03'), { actor: 'TSB-DIRECTOR', first: 5 })).toBe(1);
    });

    it('costs Citations one query, the outdated flags included', async () => {
      expect(await count(operation('02'), { id: 'WTSA-44' })).toBe(1);
    });

    it('costs ActorMentions and ObligationsByRole one query per root field (pages included), CitationChain at most two', async () => {
      expect(await count(operation('12'), { id: 'ITU-REGIONAL-OFFICES', first: 20 })).toBe(1);
      expect(await count(operation('08'), { actor: 'BDT-DIRECTOR', role: 'COLLABORATOR', first: 20 })).toBe(2);
      // The chain and its citations are one statement; the resolutions a step names are looked up
      // by id, which the loaders answer from what that statement primed or with one more query.
      expect(await count(operation('13'), { from: 'WTSA-44', to: 'PP-71' })).toBeLessThanOrEqual(2);
    });

    it('costs Search one query, the hits with their sections and resolutions', async () => {
      expect(await count(operation('05'), { text: '口译', lang: 'ZH', first: 20 })).toBe(1);
    });

    it('without prefetching, costs one query per relation at each level of nesting (the loaders batch each relation, whose statement is the same in every batch)', async () => {
      expect(await count(operation('01'), { id: 'WTSA-44' }, false)).toBe(11);
      expect(await count(operation('02'), { id: 'WTSA-44' }, false)).toBe(5);
      expect(await count(operation('03'), { actor: 'TSB-DIRECTOR', first: 50 }, false)).toBe(5);
    });

    it('gives the same answer to every contract operation with and without prefetching', async () => {
      for (const op of readContract()) {
        for (const variables of op.variableSets) {
          const prefetched = await answer(op.query, variables);
          const loaded = await answer(op.query, variables, false);
          expect([op.name, variables, prefetched.data]).toEqual([op.name, variables, loaded.data]);
          expect(prefetched.roundTrips).toBeLessThanOrEqual(loaded.roundTrips);
        }
      }
    });
  });
});
