/** The annex (action plan) of WTSA Resolution 44, as read from the real source text. */
import { accessors, ingestRes44 } from './real-text';

const graph = ingestRes44();
const { node, nodes, targets } = accessors(graph);

/** The annex as an indented outline: depth, label (• for a bullet) and the item's text. */
function outline(parentId: string, depth = 0): string[] {
  return targets('HAS_ITEM', parentId).flatMap((id) => {
    const item = node(id, 'AnnexItem').props;
    return [`${'  '.repeat(depth)}${item.label ?? '•'} ${item.textZh}`, ...outline(id, depth + 1)];
  });
}

/** Each outline line starts with the expected prefix (indentation, label, first words), one for one. */
function expectOutline(parentId: string, prefixes: string[]): void {
  const lines = outline(parentId);
  expect(
    lines.map((line, i) => (prefixes[i] !== undefined && line.startsWith(prefixes[i]) ? prefixes[i] : line)),
  ).toEqual(prefixes);
}

describe('WTSA-44: annex', () => {
  it('reads the annex title, which cites PP-123', () => {
    expect(node('WTSA-44/annex', 'Annex').props).toEqual({
      resolutionId: 'WTSA-44',
      titleZh: '实施全权代表大会第123号决议（2018年，迪拜，修订版）的行动计划',
    });
    expect(targets('HAS_ANNEX', 'WTSA-44')).toEqual(['WTSA-44/annex']);
  });

  it('reads the four programmes', () => {
    expect(targets('HAS_PROGRAMME', 'WTSA-44/annex')).toEqual([
      'WTSA-44/annex/p1',
      'WTSA-44/annex/p2',
      'WTSA-44/annex/p3',
      'WTSA-44/annex/p4',
    ]);
    expect(nodes('Programme').map((p) => [p.props.number, p.props.titleZh])).toEqual([
      [1, '提高标准制定能力'],
      [2, '在标准应用方面向发展中国家提供帮助'],
      [3, '人力资源能力建设'],
      [4, '为缩小标准化工作差距筹措资金'],
    ]);
  });

  it('programme 1: objectives with one bullet, activities with six sibling bullets, one holding (i) … (iv)', () => {
    expectOutline('WTSA-44/annex/p1', [
      '1 目标',
      '  • 提高发展中国家的',
      '2 活动',
      '  • 制定指导原则，帮',
      '  • 设法加强发展中国',
      '    i 实施全球标准，',
      '    ii 为ITU-T的工',
      '    iii 在全球标准制定',
      '    iv 与BDT其他能',
      '  • 进一步完善通过电',
      '  • 开展咨询项目，以',
      '  • 确定方法、开发工',
      '  • 与部门成员合作，',
    ]);
  });

  it('reads the inline enumeration of 项目1 (lines 211-214) as sub-items labelled i … iv', () => {
    const parent = 'WTSA-44/annex/p1/i2/i2';
    expect(targets('HAS_ITEM', parent)).toEqual([1, 2, 3, 4].map((k) => `${parent}/i${k}`));
    expect(
      nodes('AnnexItem')
        .filter((i) => i.props.parentId === parent)
        .map((i) => [i.props.kind, i.props.label, i.props.level, i.props.textZh]),
    ).toEqual([
      ['ENUMERATED', 'i', 3, '实施全球标准，'],
      ['ENUMERATED', 'ii', 3, '为ITU-T的工作做出有效贡献，'],
      ['ENUMERATED', 'iii', 3, '在全球标准制定进程中反映其自身特点和需求，'],
      [
        'ENUMERATED',
        'iv',
        3,
        '与BDT其他能力建设举措密切协作，通过在ITU-T研究组发挥积极作用，影响全球标准制定方面的讨论。',
      ],
    ]);
    // Each actor is a mention of the most specific item that names it, once.
    expect(targets('MENTIONS', parent)).toEqual(['DEVELOPING-COUNTRIES']);
    expect(targets('MENTIONS', `${parent}/i2`)).toEqual(['ITU-T']);
    expect(targets('MENTIONS', `${parent}/i4`)).toEqual(['BDT', 'ITU-T-SG']);
  });

  it('programme 2: bullets ending in ： take the bullets under them', () => {
    expectOutline('WTSA-44/annex/p2', [
      '1 目标',
      '  • 协助发展中国家：',
      '    • 清楚理解ITU-T',
      '    • 加强ITU-T建议',
      '2 活动',
      '  • 协助发展中国家：',
      '    • 成立标准化秘书处，',
      '    • 确定其现行国家标准',
      '  • TSB将与BDT开',
      '    • 就应用ITU-T建',
      '    • 就在国家标准中更好',
      '    • 汇总并维护一个最新',
      '    • 与BDT其他能力建',
      '    • 推动“标准问答”标',
      '    • 与国际电联其他部门',
      '    • 在探索新的研究主题',
    ]);
    expect(node('WTSA-44/annex/p2/i2/i2/i7', 'AnnexItem').props).toMatchObject({
      kind: 'BULLET',
      label: null,
      level: 3,
      parentId: 'WTSA-44/annex/p2/i2/i2',
      programmeId: 'WTSA-44/annex/p2',
      textZh:
        '在探索新的研究主题的同时，继续由ITU-T发起以落实现有ITU-T建议书为重点的举措和项目，并鼓励发展中国家参与这些举措和项目。',
    });
  });

  it('programme 3: nine sibling activities', () => {
    expect(targets('HAS_ITEM', 'WTSA-44/annex/p3/i2')).toHaveLength(9);
    expect(outline('WTSA-44/annex/p3').filter((line) => line.startsWith('    '))).toEqual([]);
  });

  it('programme 4: lettered groups a) b) c) with their bullets', () => {
    expectOutline('WTSA-44/annex/p4', [
      'a 通过以下合作伙伴形',
      '  • 合作伙伴捐款',
      '  • 国际电联划拨的附加',
      '  • 发展中国家的自愿捐',
      '  • 私营部门的自愿捐款',
      '  • 其他各方的自愿捐款',
      'b TSB对资金的管理：',
      '  • TSB主任须与BDT',
      'c 资金使用的原则：',
      '  • 资金将用于国际电联',
    ]);
    expect(
      nodes('AnnexItem')
        .filter((i) => i.props.programmeId === 'WTSA-44/annex/p4')
        .map((i) => i.props.kind),
    ).toEqual(['GROUP', 'BULLET', 'BULLET', 'BULLET', 'BULLET', 'BULLET', 'GROUP', 'BULLET', 'GROUP', 'BULLET']);
  });

  it('joins bullets that cross printed lines and page breaks', () => {
    expect(node('WTSA-44/annex/p1/i2/i2', 'AnnexItem').props.textZh).toBe(
      '设法加强发展中国家对基本技术信息的获取，以增强其知识和能力，从而(i) 实施全球标准，(ii) 为ITU-T的工作做出有效贡献，(iii) 在全球标准制定进程中反映其自身特点和需求，(iv) 与BDT其他能力建设举措密切协作，通过在ITU-T研究组发挥积极作用，影响全球标准制定方面的讨论。',
    );
  });

  it('counts 51 items, ordinals in document order, groups and objectives typed by their names', () => {
    const items = nodes('AnnexItem');
    expect(items).toHaveLength(51);
    expect(items.map((i) => i.props.ordinal)).toEqual(items.map((_, k) => k + 1));
    expect(items.filter((i) => i.props.kind === 'OBJECTIVES')).toHaveLength(3);
    expect(items.filter((i) => i.props.kind === 'ACTIVITIES')).toHaveLength(3);
  });
});
