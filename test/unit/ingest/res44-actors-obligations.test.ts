/** Actors, mentions and obligations of WTSA Resolution 44, as read from the real source text. */
import { accessors, ingestRes44, registries } from './real-text';

const graph = ingestRes44();
const { node, nodes, targets, out } = accessors(graph);

const mentions = (from: string): Record<string, number> =>
  Object.fromEntries(out('MENTIONS', from).map((r) => [r.to, r.props.count as number]));

describe('WTSA-44: actors', () => {
  it('carries every registry actor, with its part-of edge', () => {
    expect(nodes('Actor').map((a) => a.id)).toEqual(registries.actors.map((a) => a.id));
    expect(targets('PART_OF', 'TSB-DIRECTOR')).toEqual(['TSB']);
    expect(targets('PART_OF', 'ITU-T-RG')).toEqual(['ITU-T-SG']);
    expect(targets('PART_OF', 'ITU')).toEqual([]);
    expect(node('CEPT', 'Actor').props).toMatchObject({
      kind: 'REGIONAL_ORGANIZATION',
      acronym: 'CEPT',
      nameZh: '欧洲邮电主管部门大会',
    });
  });

  it('counts the regional organisations of 进一步认识到 i once each, name and acronym together', () => {
    expect(mentions('WTSA-44/s3/i')).toEqual({
      'ITU-T-RG': 1,
      ITU: 1,
      CITEL: 1,
      RCC: 1,
      ATU: 1,
      APT: 1,
      CEPT: 1,
      'DEVELOPING-COUNTRIES': 1,
      // 阿拉伯国家联盟（LAS） and the 阿拉伯电信和信息部长理事会 it represents: not the ITU Council.
      LAS: 2,
    });
  });

  it('reads BDT和无线电通信局（BR）的主任 as both directors', () => {
    expect(mentions('WTSA-44/s11/1')).toEqual({ 'BDT-DIRECTOR': 1, 'BR-DIRECTOR': 1, 'ITU-T': 1 });
  });

  it('does not count the assembly of a cited resolution as a mention', () => {
    expect(mentions('WTSA-44/s1/c')).toEqual({});
    expect(mentions('WTSA-44/s8/8')).toEqual({ WTSA: 1, PP: 1 });
  });

  it('takes the longest alias: ITU-T研究组的区域组, ITU-D各研究组', () => {
    expect(mentions('WTSA-44/s2/f')).toEqual({ 'DEVELOPING-COUNTRIES': 1, 'ITU-T': 1, 'ITU-T-RG': 1 });
    expect(mentions('WTSA-44/s10/3')).toEqual({ 'ITU-T': 1, 'DEVELOPING-COUNTRIES': 1, 'ITU-D-SG': 1 });
  });

  it('counts mentions in section headings', () => {
    expect(mentions('WTSA-44/s8')).toEqual({ 'TSB-DIRECTOR': 1, 'BDT-DIRECTOR': 1, 'BR-DIRECTOR': 1 });
  });
});

describe('WTSA-44: obligations', () => {
  const obligations = nodes('Obligation');
  const of = (id: string) => ({
    modality: node(id, 'Obligation').props.modality,
    addressees: targets('ADDRESSED_TO', id),
    collaborators: targets('IN_COLLABORATION_WITH', id),
    conditionsZh: node(id, 'Obligation').props.conditionsZh,
    statedIn: targets('STATED_IN', id),
  });

  it('makes one obligation per operative paragraph and two from the action plan', () => {
    const count: Record<string, number> = {};
    for (const o of obligations) count[o.props.modality] = (count[o.props.modality] ?? 0) + 1;
    // 做出决议 7 + 进一步做出决议 3; 请 2 + 4 + 7; 责成 16 + 3 + 进一步责成 4; 鼓励 2.
    expect(count).toEqual({ RESOLVES: 10, INVITES: 13, INSTRUCTS: 23, ENCOURAGES: 2, ACTION_PLAN: 2 });
    expect(targets('HAS_OBLIGATION', 'WTSA-44')).toEqual(obligations.map((o) => o.id));
    expect(obligations.map((o) => o.props.ordinal)).toEqual(obligations.map((_, i) => i + 1));
  });

  it('做出决议 2: the subject ITU-T须… is the addressee, 与…（ITU-D）协作 the collaborator', () => {
    expect(of('WTSA-44/s5/2#o')).toEqual({
      modality: 'RESOLVES',
      addressees: ['ITU-T'],
      collaborators: ['ITU-D'],
      conditionsZh: [],
      statedIn: ['WTSA-44/s5/2'],
    });
    expect(of('WTSA-44/s5/1#o').addressees).toEqual([]);
  });

  it('做出决议 3 and 4 carry their own conditions', () => {
    expect(of('WTSA-44/s5/3#o').conditionsZh).toEqual(['在理事会批准的前提下']);
    expect(of('WTSA-44/s5/4#o').conditionsZh).toEqual(['在现有资源或捐赠资源范围内']);
  });

  it('进一步做出决议 2: addressed to the regional offices, within their budget', () => {
    expect(of('WTSA-44/s6/2#o')).toEqual({
      modality: 'RESOLVES',
      addressees: ['ITU-REGIONAL-OFFICES'],
      collaborators: [],
      conditionsZh: ['在代表处预算范围内'],
      statedIn: ['WTSA-44/s6/2'],
    });
  });

  it('责成 TSB 主任 3: the section collaborators, then the paragraph’s own', () => {
    expect(of('WTSA-44/s8/3#o')).toEqual({
      modality: 'INSTRUCTS',
      addressees: ['TSB-DIRECTOR'],
      collaborators: ['BDT-DIRECTOR', 'BR-DIRECTOR', 'ITU-REGIONAL-OFFICES'],
      conditionsZh: ['在可用资源范围内'],
      statedIn: ['WTSA-44/s8/3'],
    });
    expect(of('WTSA-44/s8/10#o').collaborators).toEqual(['BDT-DIRECTOR', 'BR-DIRECTOR', 'ITU-ACADEMY', 'BDT']);
  });

  it('责成 TSB 主任 9 (lines 153-155): 在国际电联区域代表处的协助下 makes the regional offices collaborators', () => {
    expect(of('WTSA-44/s8/9#o').collaborators).toEqual(['BDT-DIRECTOR', 'BR-DIRECTOR', 'ITU-REGIONAL-OFFICES']);
  });

  it('进一步做出决议 2 i) (line 123): 与本区域的国际电联成员密切合作 in a sub-item is read, and ITU’s members are not ITU', () => {
    expect(of('WTSA-44/s6/2#o').collaborators).toEqual([]);
    // 国际电联成员 and 国际电联的标准化活动 both name ITU: mentions, not collaborators.
    expect(mentions('WTSA-44/s6/2/i')).toEqual({ ITU: 2 });
  });

  it('忆及 a) (line 91): 各局主任 names the three directors', () => {
    expect(mentions('WTSA-44/s4/a')).toMatchObject({ 'TSB-DIRECTOR': 1, 'BDT-DIRECTOR': 1, 'BR-DIRECTOR': 1 });
  });

  it('请各区域及其成员国 3: 协调会议 is a kind of meeting, not a collaboration', () => {
    expect(of('WTSA-44/s12/3#o')).toMatchObject({
      modality: 'INVITES',
      addressees: ['REGIONS', 'MEMBER-STATES'],
      collaborators: [],
    });
  });

  it('the action plan makes TSB (with BDT) and the TSB Director (with the BDT Director) responsible', () => {
    expect(of('WTSA-44/annex/p2/i2/i2#o')).toEqual({
      modality: 'ACTION_PLAN',
      addressees: ['TSB'],
      collaborators: ['BDT'],
      conditionsZh: [],
      statedIn: ['WTSA-44/annex/p2/i2/i2'],
    });
    expect(of('WTSA-44/annex/p4/i2/i1#o')).toEqual({
      modality: 'ACTION_PLAN',
      addressees: ['TSB-DIRECTOR'],
      collaborators: ['BDT-DIRECTOR'],
      conditionsZh: [],
      statedIn: ['WTSA-44/annex/p4/i2/i1'],
    });
  });

  it('addresses 21 obligations to the TSB Director and 7 to the study groups', () => {
    const addressedTo = (actor: string) =>
      obligations.filter((o) => targets('ADDRESSED_TO', o.id).includes(actor)).length;
    expect(addressedTo('TSB-DIRECTOR')).toBe(16 + 4 + 1);
    expect(addressedTo('ITU-T-SG')).toBe(3 + 4);
    expect(addressedTo('COUNCIL')).toBe(2);
    expect(addressedTo('MEMBER-STATES')).toBe(7 + 2);
  });
});
