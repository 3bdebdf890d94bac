/** Citations and internal references of WTSA Resolution 44, as read from the real source text. */
import { accessors, ingestRes44 } from './real-text';

const graph = ingestRes44();
const { node, nodes, targets, out } = accessors(graph);

describe('WTSA-44: citations', () => {
  // [source, target, span, year, cityZh, cityEn, revised, description]
  const expected: [
    string,
    string,
    string,
    number | null,
    string | null,
    string | null,
    boolean | null,
    string | null,
  ][] = [
    [
      'WTSA-44/s1/a',
      'PP-71',
      '全权代表大会第71号决议（2018年，迪拜，修订版）',
      2018,
      '迪拜',
      'Dubai',
      true,
      '关于国际电联电信标准化部门（ITU-T）部门目标的内容',
    ],
    [
      'WTSA-44/s1/b',
      'PP-123',
      '全权代表大会第123号决议（2018年，迪拜，修订版）',
      2018,
      '迪拜',
      'Dubai',
      true,
      '有关缩小发展中国家和发达国家之间标准化差距的',
    ],
    [
      'WTSA-44/s1/c',
      'PP-139',
      '全权代表大会第139号决议（2018年，迪拜，修订版）',
      2018,
      '迪拜',
      'Dubai',
      true,
      '涉及利用电信/信息通信技术（ICT）弥合数字鸿沟并建设包容性信息社会',
    ],
    [
      'WTSA-44/s1/d',
      'PP-154',
      '全权代表大会第154号决议（2018年，迪拜，修订版）',
      2018,
      '迪拜',
      'Dubai',
      true,
      '涉及在同等地位上使用国际电联的六种正式语文',
    ],
    [
      'WTSA-44/s1/e',
      'PP-169',
      '全权代表大会第169号决议（2018年，迪拜，修订版）',
      2018,
      '迪拜',
      'Dubai',
      true,
      '涉及接纳学术成员参加国际电联的工作',
    ],
    [
      'WTSA-44/s1/f',
      'PP-191',
      '全权代表大会第191号决议（2018年，迪拜，修订版）',
      2018,
      '迪拜',
      'Dubai',
      true,
      '涉及国际电联三个部门之间开展工作协调的战略',
    ],
    [
      'WTSA-44/s1/g',
      'PP-195',
      '全权代表大会第195号决议（2014年，釜山）',
      2014,
      '釜山',
      'Busan',
      false,
      '涉及《智慧非洲宣言》的实施',
    ],
    [
      'WTSA-44/s1/h',
      'PP-197',
      '全权代表大会第197号决议（2018年，迪拜，修订版）',
      2018,
      '迪拜',
      'Dubai',
      true,
      '涉及推动物联网及可持续智慧城市和社区的发展',
    ],
    [
      'WTSA-44/s1/i',
      'WTSA-34',
      '本届全会第34号决议（2022年，日内瓦，修订版）',
      2022,
      '日内瓦',
      'Geneva',
      true,
      '涉及自愿捐款',
    ],
    [
      'WTSA-44/s1/j',
      'WTSA-67',
      '本届全会第67号决议（2022年，日内瓦，修订版）',
      2022,
      '日内瓦',
      'Geneva',
      true,
      '涉及ITU-T在同等地位上使用国际电联的各种正式语文',
    ],
    ['WTSA-44/s4/a', 'COUNCIL-1353', '国际电联理事会第1353号决议', null, null, null, null, null],
    ['WTSA-44/s5/4', 'WTSA-54', '第54号决议（2022年，日内瓦，修订版）', 2022, '日内瓦', 'Geneva', true, null],
    ['WTSA-44/s12/1', 'WTSA-54', '第54号决议（2022年，日内瓦，修订版）', 2022, '日内瓦', 'Geneva', true, null],
    ['WTSA-44/annex', 'PP-123', '全权代表大会第123号决议（2018年，迪拜，修订版）', 2018, '迪拜', 'Dubai', true, null],
  ];

  it('finds exactly the 14 references in the resolution, in document order', () => {
    expect(nodes('Citation').map((c) => [c.props.sourceId, c.props.targetId])).toEqual(
      expected.map(([s, t]) => [s, t]),
    );
  });

  it.each(expected)(
    '%s cites %s as %s',
    (sourceId, targetId, spanZh, citedYear, citedCityZh, citedCityEn, citedRevised, descriptionZh) => {
      const id = `${sourceId}#c1`;
      const c = node(id, 'Citation');
      expect(c.props).toMatchObject({
        resolutionId: 'WTSA-44',
        sourceId,
        targetId,
        spanZh,
        citedYear,
        citedCityZh,
        citedCityEn,
        citedRevised,
        descriptionZh,
      });
      const sourceText =
        sourceId === 'WTSA-44/annex' ? node(sourceId, 'Annex').props.titleZh : node(sourceId, 'Provision').props.textZh;
      expect(sourceText.slice(c.props.spanStart, c.props.spanEnd)).toBe(spanZh);
      expect(targets('HAS_CITATION', sourceId)).toEqual([id]);
      expect(targets('CITES', id)).toEqual([targetId]);
      expect(targets('CITES_REVISION', id)).toEqual(
        citedYear === null ? [] : [`MEETING-${targetId.split('-')[0]}-${citedYear}`],
      );
    },
  );

  it('puts a reference at the start of the provision at offset 0', () => {
    expect(node('WTSA-44/s1/a#c1', 'Citation').props).toMatchObject({ spanStart: 0, spanEnd: 26 });
  });

  it('makes each cited resolution a node with textLoaded=false and its curated facts', () => {
    const cited = nodes('Resolution')
      .filter((r) => !r.props.textLoaded)
      .map((r) => r.id);
    expect(cited).toEqual([
      'PP-71',
      'PP-123',
      'PP-139',
      'PP-154',
      'PP-169',
      'PP-191',
      'PP-195',
      'PP-197',
      'WTSA-34',
      'WTSA-54',
      'WTSA-67',
      'COUNCIL-1353',
    ]);
    expect(node('PP-71', 'Resolution').props).toMatchObject({
      titleEn: 'Strategic plan for the Union',
      titleZh: null,
      sourceFile: null,
    });
    expect(node('PP-169', 'Resolution').props.titleEn).toBeNull();
    expect(node('COUNCIL-1353', 'Resolution').props).toMatchObject({
      titleEn: null,
      factsSource: 'ITU Council document C17/72',
    });
    expect(node('COUNCIL-1353', 'Resolution').props.noteEn).toMatch(/^No formal title/);
  });

  it('joins the curated history with the revision the text cites', () => {
    expect(targets('ADOPTED_AT', 'PP-123')).toEqual(['MEETING-PP-2002']);
    expect(targets('REVISED_AT', 'PP-123').sort()).toEqual([
      'MEETING-PP-2006',
      'MEETING-PP-2010',
      'MEETING-PP-2014',
      'MEETING-PP-2018',
    ]);
    expect(targets('ADOPTED_AT', 'PP-195')).toEqual(['MEETING-PP-2014']);
    expect(targets('REVISED_AT', 'PP-195')).toEqual([]);
    expect(targets('ADOPTED_AT', 'PP-71')).toEqual([]);
    expect(targets('REVISED_AT', 'WTSA-67').sort()).toEqual(['MEETING-WTSA-2016', 'MEETING-WTSA-2022']);
    expect(node('MEETING-PP-2002', 'Meeting').props).toEqual({
      assembly: 'PP',
      year: 2002,
      cityZh: '马拉喀什',
      cityEn: 'Marrakesh',
    });
    expect(node('MEETING-WTSA-2000', 'Meeting').props.cityEn).toBe('Montreal');
  });
});

describe('WTSA-44: internal references', () => {
  const refs = graph.relationships.filter((r) => r.type === 'REFERS_TO');

  it('points every reference to the action plan at the annex', () => {
    expect(refs.filter((r) => r.to === 'WTSA-44/annex').map((r) => [r.from, r.props.spanZh])).toEqual([
      ['WTSA-44/s5/1', '附于本决议之后的行动计划'],
      ['WTSA-44/s6/1', '本决议附件中的行动计划'],
      ['WTSA-44/s8/1', '附于本决议之后的行动计划'],
      ['WTSA-44/s8/2', '本决议所附行动计划'],
      ['WTSA-44/s9/1', '附于本决议之后的行动计划'],
      ['WTSA-44/s13/2', '本决议附件中行动计划'],
    ]);
  });

  it('points 做出决议6 at paragraph 6 of 做出决议', () => {
    expect(out('REFERS_TO', 'WTSA-44/s7/1')).toEqual([
      {
        type: 'REFERS_TO',
        from: 'WTSA-44/s7/1',
        fromLabel: 'Provision',
        to: 'WTSA-44/s5/6',
        toLabel: 'Provision',
        props: { spanZh: '做出决议6', spanStart: 14, spanEnd: 19 },
      },
    ]);
  });
});
