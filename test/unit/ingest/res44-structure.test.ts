/**
 * The structure of WTSA Resolution 44 (Rev. Geneva, 2022) as read from the real source text.
 * Expected values were taken by reading seed/wtsa-res44-rev-geneva-2022.zh.txt, not from output.
 */
import { toStableJson } from '../../../src/ingest';
import { accessors, ingestRes44 } from './real-text';

const graph = ingestRes44();
const { node, nodes, targets } = accessors(graph);

const labels = (from: string): string[] =>
  targets('HAS_PROVISION', from).map((id) => node(id, 'Provision').props.label);
const letters = (last: string): string[] => 'abcdefghijklmnopqrstuvwxyz'.slice(0, last.charCodeAt(0) - 96).split('');
const numbers = (n: number): string[] => Array.from({ length: n }, (_, i) => String(i + 1));

describe('WTSA-44: the resolution and its history', () => {
  const res = node('WTSA-44', 'Resolution');

  it('reads the header, the title without its footnote marker, and the adopting assembly', () => {
    expect(res.props).toMatchObject({
      assembly: 'WTSA',
      number: 44,
      titleZh: '缩小发展中国家与发达国家之间的标准化工作差距',
      titleEn: 'Bridging the standardization gap between developing and developed countries',
      textLoaded: true,
      sourceFile: 'wtsa-res44-rev-geneva-2022.zh.txt',
    });
    expect(graph.resolutions).toEqual(['WTSA-44']);
  });

  it('takes first adoption and every revision from the history line', () => {
    expect(targets('ADOPTED_AT', 'WTSA-44')).toEqual(['MEETING-WTSA-2004']);
    expect(targets('REVISED_AT', 'WTSA-44')).toEqual([
      'MEETING-WTSA-2008',
      'MEETING-WTSA-2012',
      'MEETING-WTSA-2016',
      'MEETING-WTSA-2022',
    ]);
    expect(targets('TEXT_ADOPTED_BY', 'WTSA-44')).toEqual(['MEETING-WTSA-2022']);
    expect(node('MEETING-WTSA-2004', 'Meeting').props).toEqual({
      assembly: 'WTSA',
      year: 2004,
      cityZh: '弗洛里亚诺波利斯',
      cityEn: 'Florianópolis',
    });
    expect(node('MEETING-WTSA-2016', 'Meeting').props).toEqual({
      assembly: 'WTSA',
      year: 2016,
      cityZh: '哈马马特',
      cityEn: 'Hammamet',
    });
  });

  it('leaves the foreword (前言) out: its 第1号决议 is not a citation and its text is nowhere', () => {
    expect(nodes('Citation').map((c) => c.props.targetId)).not.toContain('WTSA-1');
    expect(graph.nodes.some((n) => JSON.stringify(n.props).includes('常设机构'))).toBe(false);
  });

  it('lifts the footnote out of the flow and anchors it on 发展中国家 in the title', () => {
    expect(targets('HAS_FOOTNOTE', 'WTSA-44')).toEqual(['WTSA-44/fn1']);
    expect(node('WTSA-44/fn1', 'Footnote').props).toEqual({
      resolutionId: 'WTSA-44',
      marker: '1',
      textZh: '其中包括最不发达国家、小岛屿发展中国家、内陆发展中国家和经济转型国家。',
      anchorZh: '发展中国家',
      sourceId: 'WTSA-44',
    });
  });
});

describe('WTSA-44: sections', () => {
  const expected = [
    {
      headingZh: '考虑到',
      kind: 'CONSIDERING',
      part: 'PREAMBLE',
      further: false,
      addressees: [],
      collaborators: [],
      conditionsZh: [],
    },
    {
      headingZh: '认识到',
      kind: 'RECOGNIZING',
      part: 'PREAMBLE',
      further: false,
      addressees: [],
      collaborators: [],
      conditionsZh: [],
    },
    {
      headingZh: '进一步认识到',
      kind: 'RECOGNIZING',
      part: 'PREAMBLE',
      further: true,
      addressees: [],
      collaborators: [],
      conditionsZh: [],
    },
    {
      headingZh: '忆及',
      kind: 'RECALLING',
      part: 'PREAMBLE',
      further: false,
      addressees: [],
      collaborators: [],
      conditionsZh: [],
    },
    {
      headingZh: '做出决议',
      kind: 'RESOLVES',
      part: 'OPERATIVE',
      further: false,
      addressees: [],
      collaborators: [],
      conditionsZh: [],
    },
    {
      headingZh: '进一步做出决议，国际电联区域代表处',
      kind: 'RESOLVES',
      part: 'OPERATIVE',
      further: true,
      addressees: ['ITU-REGIONAL-OFFICES'],
      collaborators: [],
      conditionsZh: [],
    },
    {
      headingZh: '请国际电联理事会',
      kind: 'INVITES',
      part: 'OPERATIVE',
      further: false,
      addressees: ['COUNCIL'],
      collaborators: [],
      conditionsZh: [],
    },
    {
      headingZh: '责成电信标准化局主任与电信发展局主任和无线电通信局主任协作\n在可用资源范围内，',
      kind: 'INSTRUCTS',
      part: 'OPERATIVE',
      further: false,
      addressees: ['TSB-DIRECTOR'],
      collaborators: ['BDT-DIRECTOR', 'BR-DIRECTOR'],
      conditionsZh: ['在可用资源范围内'],
    },
    {
      headingZh: '责成国际电联电信标准化部门各研究组和电信标准化顾问组',
      kind: 'INSTRUCTS',
      part: 'OPERATIVE',
      further: false,
      addressees: ['ITU-T-SG', 'TSAG'],
      collaborators: [],
      conditionsZh: [],
    },
    {
      headingZh: '进一步责成各研究组',
      kind: 'INSTRUCTS',
      part: 'OPERATIVE',
      further: true,
      addressees: ['ITU-T-SG'],
      collaborators: [],
      conditionsZh: [],
    },
    {
      headingZh: '请电信标准化局主任',
      kind: 'INVITES',
      part: 'OPERATIVE',
      further: false,
      addressees: ['TSB-DIRECTOR'],
      collaborators: [],
      conditionsZh: [],
    },
    {
      headingZh: '请各区域及其成员国',
      kind: 'INVITES',
      part: 'OPERATIVE',
      further: false,
      addressees: ['REGIONS', 'MEMBER-STATES'],
      collaborators: [],
      conditionsZh: [],
    },
    {
      headingZh: '鼓励成员国和部门成员',
      kind: 'ENCOURAGES',
      part: 'OPERATIVE',
      further: false,
      addressees: ['MEMBER-STATES', 'SECTOR-MEMBERS'],
      collaborators: [],
      conditionsZh: [],
    },
  ];

  it('finds the 13 sections in document order', () => {
    expect(targets('HAS_SECTION', 'WTSA-44')).toEqual(expected.map((_, i) => `WTSA-44/s${i + 1}`));
  });

  it.each(expected.map((e, i) => [i + 1, e] as const))(
    'section %i: heading, kind, part, further, addressees, collaborators, conditions',
    (ordinal, e) => {
      const id = `WTSA-44/s${ordinal}`;
      const s = node(id, 'Section');
      expect(s.props).toEqual({
        resolutionId: 'WTSA-44',
        ordinal,
        part: e.part,
        kind: e.kind,
        further: e.further,
        headingZh: e.headingZh,
        conditionsZh: e.conditionsZh,
      });
      expect(targets('ADDRESSED_TO', id)).toEqual(e.addressees);
      expect(targets('IN_COLLABORATION_WITH', id)).toEqual(e.collaborators);
    },
  );
});

describe('WTSA-44: paragraphs and sub-items', () => {
  it.each([
    [1, letters('j')],
    [2, letters('i')],
    [3, letters('l')],
    [4, letters('d')],
    [5, numbers(7)],
    [6, numbers(3)],
    [7, numbers(2)],
    [8, numbers(16)],
    [9, numbers(3)],
    [10, numbers(4)],
    [11, numbers(4)],
    [12, numbers(7)],
    [13, numbers(2)],
  ])('section %i has paragraphs %j', (ordinal, expected) => {
    expect(labels(`WTSA-44/s${ordinal}`)).toEqual(expected);
  });

  it('nests sub-items under the paragraph that introduces them with ：', () => {
    expect(labels('WTSA-44/s5/2')).toEqual(['i', 'ii', 'iii']);
    expect(labels('WTSA-44/s6/2')).toEqual(['i', 'ii', 'iii', 'iv']);
    const withChildren = nodes('Provision')
      .filter((p) => p.props.level === 2)
      .map((p) => p.props.parentId);
    expect([...new Set(withChildren)]).toEqual(['WTSA-44/s5/2', 'WTSA-44/s6/2']);
    expect(node('WTSA-44/s5/2/ii', 'Provision').props).toMatchObject({
      level: 2,
      parentId: 'WTSA-44/s5/2',
      sectionId: 'WTSA-44/s5',
      label: 'ii',
    });
  });

  it('keeps i) in the preamble as the letter after h)', () => {
    expect(node('WTSA-44/s1/i', 'Provision').props).toMatchObject({
      level: 1,
      parentId: null,
      textZh: '本届全会第34号决议（2022年，日内瓦，修订版）涉及自愿捐款；',
    });
  });

  it('counts 83 paragraphs and 7 sub-items, numbered in document order', () => {
    const provisions = nodes('Provision');
    expect(provisions.filter((p) => p.props.level === 1)).toHaveLength(35 + 48);
    expect(provisions.filter((p) => p.props.level === 2)).toHaveLength(7);
    expect(provisions.map((p) => p.props.ordinal)).toEqual(provisions.map((_, i) => i + 1));
    // 35 preamble paragraphs, then 做出决议 1, 2, 2 i–iii, 3.
    expect(node('WTSA-44/s5/3', 'Provision').props.ordinal).toBe(35 + 2 + 3 + 1);
  });

  it('joins 认识到 b and c across the page break and the footnote block', () => {
    expect(node('WTSA-44/s2/b', 'Provision').props.textZh).toBe(
      '有必要根据发展中国家的需求和要求降低设备成本和网络及设施的部署费用；',
    );
    expect(node('WTSA-44/s2/c', 'Provision').props.textZh).toBe(
      '在发展中国家和发达国家之间的标准化差异由以下五个部分构成：自愿标准化的差异，强制性技术规则的差异，合规性评估的差异，标准化领域技能娴熟人力资源的差异和有效参与ITU-T活动的差异；',
    );
  });

  it('reads 进一步认识到 f, printed after a page break', () => {
    expect(node('WTSA-44/s3/f', 'Provision').props.textZh).toBe(
      '国际电联有关在ITU-T的领导下培育伙伴关系的计划，继续强化并扩展国际电联向其成员，特别是发展中国家提供的援助；',
    );
  });

  it('reads 做出决议 2 and its sub-items, joined without spaces', () => {
    expect(node('WTSA-44/s5/2', 'Provision').props.textZh).toBe(
      'ITU-T须酌情与其它部门（特别是国际电联电信发展部门（ITU-D））协作起草一份计划，以便：',
    );
    expect(node('WTSA-44/s5/2/i', 'Provision').props.textZh).toBe(
      '协助发展中国家制定推动将其面临的挑战和创新与标准化进程挂钩的战略和方法，以支持社会的数字化转型；',
    );
    expect(node('WTSA-44/s5/2/iii', 'Provision').props.textZh).toBe(
      '协助发展中国家制定建立国家、区域和国际认可的新兴技术测试实验室的战略；',
    );
  });

  it('ends the operative part at the closing line: 鼓励 2 is the last paragraph', () => {
    expect(node('WTSA-44/s13/2', 'Provision').props.textZh).toBe(
      '在参加ITU-T的活动时，将本决议附件中行动计划所确立的目标考虑在内。',
    );
  });

  it('keeps no artefact in any text: no line break, no marker, no stray space between Chinese characters', () => {
    const texts = [...nodes('Provision'), ...nodes('AnnexItem')].map((n) => n.props.textZh);
    for (const t of texts) {
      expect(t).not.toMatch(/\n/);
      expect(t).not.toMatch(/[\u4e00-\u9fff] [\u4e00-\u9fff]/);
      expect(t).toBe(t.trim());
    }
  });
});

describe('WTSA-44: determinism', () => {
  it('produces byte-identical JSON on two runs', () => {
    const again = ingestRes44();
    expect(JSON.stringify(again)).toBe(JSON.stringify(graph));
    expect(toStableJson(again)).toBe(toStableJson(graph));
  });
});
