/**
 * A text the ingest cannot read throws an IngestError naming the source line, what was expected
 * and what was found; it never returns a partial graph.
 */
import { IngestError } from '../../../src/ingest';
import { MINIMAL, edit, ingestError, ingestLines } from './fixture';

describe('the minimal fixture', () => {
  it('ingests: two sections, adopted at the meeting of its header', () => {
    const graph = ingestLines(MINIMAL);
    expect(graph.nodes.filter((n) => n.label === 'Section').map((n) => n.id)).toEqual(['WTSA-9/s1', 'WTSA-9/s2']);
    const rel = (type: string) =>
      graph.relationships.filter((r) => r.type === type && r.from === 'WTSA-9').map((r) => r.to);
    expect(rel('ADOPTED_AT')).toEqual(['MEETING-WTSA-2022']);
    expect(rel('REVISED_AT')).toEqual([]);
    const obligation = graph.nodes.find((n) => n.id === 'WTSA-9/s2/1#o');
    expect(obligation?.label).toBe('Obligation');
  });
});

describe('IngestError', () => {
  it('not a resolution: no header', () => {
    const err = ingestError(['前言 ', '', '国际电信联盟（ITU）是从事电信领域工作的联合国专门机构。 ']);
    expect(err).toBeInstanceOf(IngestError);
    expect(err.line).toBe(1);
    expect(err.message).toBe('expected a resolution header such as 第44号决议（2022年，日内瓦，修订版）, found “前言”');
  });

  it('a header without the adopting assembly', () => {
    const err = ingestError(edit(3, 1, '某个会议（2022年，日内瓦）， '));
    expect(err.line).toBe(3);
    expect(err.expected).toBe('the adopting assembly, such as 世界电信标准化全会（2022年，日内瓦），');
  });

  it('a history that does not end with the meeting of the header', () => {
    const err = ingestError(
      edit(
        1,
        3,
        '第9号决议（2022年，日内瓦，修订版） ',
        '测试决议的标题 ',
        '（2004年，弗洛里亚诺波利斯；2016年，哈马马特） ',
        '世界电信标准化全会（2022年，日内瓦）， ',
      ),
    );
    expect(err.line).toBe(3);
    expect(err.expected).toBe('a history ending with the meeting of the header (2022年，日内瓦)');
  });

  it('a section heading the parser cannot place', () => {
    const err = ingestError(edit(7, 1, '宣布 '));
    expect(err.line).toBe(7);
    expect(err.message).toBe(
      'expected a section heading (考虑到, 做出决议, 责成 …), a labelled paragraph or the closing line, found “宣布”',
    );
  });

  it('a preamble heading after the operative part has begun', () => {
    const err = ingestError(edit(10, 0, '注意到 ', 'a) 一段。 '));
    expect(err.line).toBe(10);
    expect(err.expected).toBe('an operative heading or the closing line once the operative part has begun');
  });

  it('a paragraph before any heading', () => {
    const err = ingestError(edit(4, 1));
    expect(err.line).toBe(4);
    expect(err.expected).toBe('a section heading (考虑到, 做出决议 …) before the first paragraph');
  });

  it('a letter label with a gap: a, b, d', () => {
    const err = ingestError(edit(7, 0, 'd) 第四段， '));
    expect(err.line).toBe(7);
    expect(err.message).toBe('expected label c after b in 考虑到, found “d”');
  });

  it('a number label with a gap: 1, 2, 4', () => {
    const err = ingestError(edit(10, 0, '4 第四件事。 '));
    expect(err.line).toBe(10);
    expect(err.message).toBe('expected label 3 after 2 in 做出决议, found “4”');
  });

  it('a sub-item label with a gap: i, iii', () => {
    const err = ingestError(edit(9, 1, '2 以便： ', 'i) 其一； ', 'iii) 其三。 '));
    expect(err.line).toBe(11);
    expect(err.message).toBe('expected label 3 or sub-item ii after 2 i in 做出决议, found “iii”');
  });

  it('sub-items that do not start at i)', () => {
    const err = ingestError(edit(9, 1, '2 以便： ', 'ii) 其二。 '));
    expect(err.line).toBe(10);
    expect(err.message).toBe('expected label 3 or sub-item i or a after 2 in 做出决议, found “ii”');
  });

  it('a first paragraph that is not a) or 1', () => {
    const err = ingestError(edit(5, 1, 'b) 第一段； '));
    expect(err.line).toBe(5);
    expect(err.message).toBe('expected the first paragraph of 考虑到 labelled a) or 1, found “b”');
  });

  it('a citation of an assembly it cannot determine', () => {
    const err = ingestError(edit(8, 1, '1 根据世界电信大会第5号决议（2022年，日内瓦）开展工作； '));
    expect(err.line).toBe(8);
    expect(err.expected).toBe(
      'a known assembly before the resolution number (全权代表大会, 本届全会, 国际电联理事会 …) or none',
    );
  });

  it('a citation with an unknown place name, on the printed line where it stands', () => {
    const err = ingestError(
      edit(5, 1, 'a) 这一段跨越两行，并引用', '', '全权代表大会第5号决议（2018年，巴黎，修订版）； '),
    );
    expect(err.line).toBe(7);
    expect(err.found).toBe('“巴黎”');
    expect(err.expected).toMatch(/^a place name listed in the place table/);
  });

  it('a cited revision it cannot read', () => {
    const err = ingestError(edit(8, 1, '1 根据全权代表大会第5号决议（2018年迪拜）开展工作； '));
    expect(err.line).toBe(8);
    expect(err.expected).toBe('a cited revision such as （2018年，迪拜，修订版）');
  });

  it('a reference to a paragraph of a heading shared by two sections', () => {
    const err = ingestError(edit(10, 0, '责成电信标准化局主任 ', '1 落实责成1。 ', '责成各研究组 ', '1 参与。 '));
    expect(err.line).toBe(11);
    expect(err.found).toBe('2 sections headed 责成');
  });

  it('an addressee the registry does not know', () => {
    const err = ingestError(edit(10, 0, '请联合国秘书长 ', '1 参与。 '));
    expect(err.line).toBe(10);
    expect(err.expected).toBe('addressees named in the actor registry');
  });

  it('no closing line', () => {
    const err = ingestError(edit(10, 1));
    expect(err.line).toBe(9);
    expect(err.message).toBe(
      'expected the closing line （第9号决议（…）） after the operative part, found the end of the text',
    );
  });

  it('a line in the annex that is no programme, group or bullet', () => {
    const err = ingestError([
      ...MINIMAL,
      '附件 ',
      '行动计划 ',
      '一 项目1：第一个项目 ',
      '1) 目标 ',
      '• 一个目标。 ',
      '其他内容 ',
    ]);
    expect(err.line).toBe(16);
    expect(err.expected).toBe('a programme, group 2) or a bullet •');
  });

  it('a programme out of sequence', () => {
    const err = ingestError([...MINIMAL, '附件 ', '行动计划 ', '一 项目1：第一个项目 ', '三 项目3：第三个项目 ']);
    expect(err.line).toBe(14);
    expect(err.expected).toBe('programme 项目2, its Chinese numeral agreeing');
  });
});
