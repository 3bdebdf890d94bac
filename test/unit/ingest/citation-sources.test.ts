/**
 * Citations in a heading (its condition lines) and in a programme's title are read like those in
 * paragraphs. Resolution 44 has none there, so these use the minimal fixture with its own lines.
 */
import { accessors } from './real-text';
import { edit, ingestLines } from './fixture';

describe('citations outside paragraphs', () => {
  const lines = edit(
    7,
    3,
    '责成电信标准化局主任 ',
    '在第54号决议（2022年，日内瓦，修订版）规定的范围内， ',
    '1 做第一件事； ',
    '2 第二件事。 ',
    '（第9号决议（2022年，日内瓦）） ',
    '附件 ',
    '行动计划 ',
    '一 项目1：落实全权代表大会第123号决议（2018年，迪拜，修订版） ',
    '1) 目标 ',
    '• 电信标准化局协助发展中国家。 ',
  ).slice(0, 16);
  const graph = ingestLines(lines);
  const { nodes, targets, out } = accessors(graph);

  it('reads a citation in a heading’s condition line, the heading as its source', () => {
    expect(targets('HAS_CITATION', 'WTSA-9/s2')).toEqual(['WTSA-9/s2#c1']);
    expect(nodes('Citation').find((c) => c.id === 'WTSA-9/s2#c1')?.props).toMatchObject({
      sourceId: 'WTSA-9/s2',
      targetId: 'WTSA-54',
      spanZh: '第54号决议（2022年，日内瓦，修订版）',
      citedYear: 2022,
      citedRevised: true,
    });
    expect(targets('ADDRESSED_TO', 'WTSA-9/s2')).toEqual(['TSB-DIRECTOR']);
  });

  it('reads a citation in a programme title, the programme as its source', () => {
    expect(targets('HAS_CITATION', 'WTSA-9/annex/p1')).toEqual(['WTSA-9/annex/p1#c1']);
    expect(nodes('Citation').find((c) => c.id === 'WTSA-9/annex/p1#c1')?.props).toMatchObject({
      sourceId: 'WTSA-9/annex/p1',
      targetId: 'PP-123',
      spanZh: '全权代表大会第123号决议（2018年，迪拜，修订版）',
      citedYear: 2018,
      citedRevised: true,
    });
    expect(out('CITES', 'WTSA-9/annex/p1#c1').map((r) => r.to)).toEqual(['PP-123']);
  });

  it('does not count a cited assembly in a heading as a mention', () => {
    expect(targets('MENTIONS', 'WTSA-9/s2')).toEqual(['TSB-DIRECTOR']);
  });
});
