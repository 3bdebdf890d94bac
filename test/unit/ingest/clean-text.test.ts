/** The PDF artefacts undone by cleanText, each on a small fixture. */
import { cleanText, lineAt } from '../../../src/ingest/clean-text';
import { IngestError } from '../../../src/ingest';

const texts = (text: string, terms: string[] = []) => cleanText(text, terms).lines.map((l) => l.text);

describe('cleanText', () => {
  it('joins a line broken mid-sentence across the blank line, without inserting a space', () => {
    const { lines } = cleanText('第一行没有结束\n\n第二行结束。 \n\n下一段。 \n');
    expect(lines.map((l) => [l.text, l.line])).toEqual([
      ['第一行没有结束第二行结束。', 1],
      ['下一段。', 5],
    ]);
  });

  it('without trailing spaces, ends a line where the next starts a paragraph, a bullet, a heading or a programme', () => {
    const printed = [
      '第9号决议（2022年，日内瓦）',
      '测试决议的',
      '标题',
      '世界电信标准化全会（2022年，日内瓦），',
      '考虑到',
      'a) 第一段',
      '继续；',
      'b) 第二段，',
      '请国际电联理事会',
      '1 第一件事，并',
      '请秘书长继续。',
    ];
    expect(texts(printed.join('\n'))).toEqual([
      '第9号决议（2022年，日内瓦）',
      '测试决议的标题',
      '世界电信标准化全会（2022年，日内瓦），',
      '考虑到',
      'a) 第一段继续；',
      'b) 第二段，',
      '请国际电联理事会',
      // 请 starts a heading only after a line that ends a clause.
      '1 第一件事，并请秘书长继续。',
    ]);
  });

  it('keeps a space only between two Latin words', () => {
    expect(texts('参与ITU-T\n\n会议。 \nuse of\nstandards ')).toEqual(['参与ITU-T会议。', 'use of standards']);
  });

  it('drops the leading space of the first line on a page and counts the page', () => {
    const { lines } = cleanText(' 前言 \n\n正文。 \n\n 第二页。 \n');
    expect(lines.map((l) => [l.text, l.page])).toEqual([
      ['前言', 1],
      ['正文。', 1],
      ['第二页。', 2],
    ]);
  });

  it('continues a line that leaves a bracket open even when it ends with a space', () => {
    expect(texts('（2004年，弗洛里亚诺波利斯；2008年，约翰内斯堡； \n\n2016年，哈马马特；2022年，日内瓦） \n')).toEqual(
      ['（2004年，弗洛里亚诺波利斯；2008年，约翰内斯堡；2016年，哈马马特；2022年，日内瓦）'],
    );
  });

  it('lifts the footnote block out of a paragraph that continues on the next page', () => {
    const text = [
      '缩小发展中国家1与其他国家之间的差距 ',
      '',
      'a) 段落开始于此',
      '',
      '  ',
      '',
      '____________________ ',
      '',
      '1 其中包括最不发达国家。 ',
      ' 并在下一页继续。 ',
    ].join('\n');
    const { lines, footnotes } = cleanText(text, ['国家', '发展中国家']);
    expect(lines.map((l) => l.text)).toEqual(['缩小发展中国家与其他国家之间的差距', 'a) 段落开始于此并在下一页继续。']);
    expect(footnotes).toEqual([
      {
        marker: '1',
        textZh: '其中包括最不发达国家。',
        line: 9,
        anchorZh: '发展中国家',
        anchorLine: 1,
        anchorLogicalLine: 1,
      },
    ]);
  });

  it('falls back to the run of Chinese characters before the marker when no term ends there', () => {
    const text = ['一些术语2的说明 ', '______ ', '2 脚注。 '].join('\n');
    expect(cleanText(text).footnotes[0].anchorZh).toBe('一些术语');
  });

  it('does not take 第44号, 2022年 or a label for a footnote marker', () => {
    const text = ['第44号决议（2022年，日内瓦） ', '发展中国家1之间 ', '______ ', '1 脚注。 '].join('\n');
    const { lines } = cleanText(text, ['发展中国家']);
    expect(lines.map((l) => l.text)).toEqual(['第44号决议（2022年，日内瓦）', '发展中国家之间']);
  });

  it('fails when a footnote has no marker on its page, naming the footnote line', () => {
    const text = ['没有标记的标题 ', '______ ', '1 脚注。 '].join('\n');
    expect(() => cleanText(text)).toThrow(IngestError);
    expect(() => cleanText(text)).toThrow('expected one marker 1 on the page of footnote 1, found none');
    try {
      cleanText(text);
    } catch (err) {
      expect((err as IngestError).line).toBe(3);
    }
  });

  it('maps an offset of a joined line back to its printed line', () => {
    const [line] = cleanText('第一行\n\n第二行\n\n第三行。 ').lines;
    expect([lineAt(line, 0), lineAt(line, 2), lineAt(line, 3), lineAt(line, 6), lineAt(line, 9)]).toEqual([
      1, 1, 3, 5, 5,
    ]);
  });
});
