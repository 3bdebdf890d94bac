/**
 * The front of a resolution: everything up to its first section heading.
 *
 *   前言 …                                   publication front matter (the ITU-T foreword): skipped
 *   第44号决议（2022年，日内瓦，修订版）       header: number, meeting of this text, 修订版 = revised
 *   缩小发展中国家与发达国家之间的标准化工作差距  title
 *   （2004年，弗洛里亚诺波利斯；…；2022年，日内瓦） history: first adoption, then every revision
 *   世界电信标准化全会（2022年，日内瓦），        the adopting assembly and meeting
 *
 * The header does not name the assembly; the adopting line does. A history is printed only for a
 * revised text: a text without one was adopted at the meeting of its header.
 */
import type { SourceLine } from './clean-text';
import { IngestError, quote } from './ingest-error';
import { placeEn, type MeetingRef } from './meeting-ref';
import type { PlaceName } from './registries';
import type { Assembly } from './types';
import { ASSEMBLY_NAMES } from './vocabulary';

export interface FrontMatter {
  assembly: Assembly;
  number: number;
  titleZh: string;
  /** Start lines of the header, title and history lines (the places that belong to the resolution node). */
  lines: number[];
  /** The meeting that adopted this text (header and adopting line agree). */
  textMeeting: MeetingRef;
  revised: boolean;
  /** First adoption; null when the text is a revision that prints no history. */
  adopted: MeetingRef | null;
  /** Every later revision, in the order of the history (the text's own meeting last when revised). */
  revisions: MeetingRef[];
  /** Index in `lines` of the first line after the adopting assembly line. */
  bodyStart: number;
}

const HEADER = /^第(\d+)号决议（(\d{4})年，([^，（）]+?)(，修订版)?）$/;
const HISTORY = /^（(\d{4}年，[^；（）]+(?:；\d{4}年，[^；（）]+)*)）$/;
const ADOPTING = /^(.+?)（(\d{4})年，([^，（）]+)），?$/;

export function parseFrontMatter(lines: readonly SourceLine[], places: readonly PlaceName[]): FrontMatter {
  const h = lines.findIndex((l) => HEADER.test(l.text));
  if (h < 0) {
    const first = lines[0];
    throw new IngestError(
      first?.line ?? 1,
      'a resolution header such as 第44号决议（2022年，日内瓦，修订版）',
      first ? quote(first.text) : 'an empty text',
    );
  }
  const header = lines[h];
  const [, num, year, cityZh, revisedMark] = HEADER.exec(header.text) as RegExpExecArray;
  const revised = revisedMark !== undefined;

  const title = lines[h + 1];
  if (!title || HISTORY.test(title.text) || ADOPTING.test(title.text)) {
    throw new IngestError(
      title?.line ?? header.line,
      'the title of the resolution after its header',
      title ? quote(title.text) : 'the end of the text',
    );
  }

  let next = h + 2;
  const historyLine = lines[next] && HISTORY.test(lines[next].text) ? lines[next] : null;
  if (historyLine) next += 1;

  const adoptingLine = lines[next];
  const adopting = adoptingLine ? ADOPTING.exec(adoptingLine.text) : null;
  const assembly = adopting ? ASSEMBLY_NAMES.find((a) => a.zh === adopting[1])?.assembly : undefined;
  if (!adoptingLine || !adopting || !assembly) {
    throw new IngestError(
      adoptingLine?.line ?? title.line,
      'the adopting assembly, such as 世界电信标准化全会（2022年，日内瓦），',
      adoptingLine ? quote(adoptingLine.text) : 'the end of the text',
    );
  }
  const meeting = (y: string, city: string, line: number): MeetingRef => ({
    assembly,
    year: Number(y),
    cityZh: city,
    cityEn: placeEn(city, places, line),
  });
  const textMeeting = meeting(year, cityZh, header.line);
  const adoptedBy = meeting(adopting[2], adopting[3], adoptingLine.line);
  if (adoptedBy.year !== textMeeting.year || adoptedBy.cityZh !== textMeeting.cityZh) {
    throw new IngestError(
      adoptingLine.line,
      `the meeting of the header (${textMeeting.year}年，${textMeeting.cityZh})`,
      quote(adoptingLine.text),
    );
  }

  let history: MeetingRef[] = [];
  if (historyLine) {
    const entries = (HISTORY.exec(historyLine.text) as RegExpExecArray)[1].split('；');
    history = entries.map((entry) => {
      const [y, city] = entry.split('年，');
      return meeting(y, city.trim(), historyLine.line);
    });
    const last = history[history.length - 1];
    if (last.year !== textMeeting.year || last.cityZh !== textMeeting.cityZh) {
      throw new IngestError(
        historyLine.line,
        `a history ending with the meeting of the header (${textMeeting.year}年，${textMeeting.cityZh})`,
        quote(historyLine.text),
      );
    }
  }
  const adopted = history.length > 0 ? history[0] : revised ? null : textMeeting;
  const revisions = history.length > 0 ? history.slice(1) : revised ? [textMeeting] : [];

  return {
    assembly,
    number: Number(num),
    titleZh: title.text,
    lines: [header.line, title.line, ...(historyLine ? [historyLine.line] : [])],
    textMeeting,
    revised,
    adopted,
    revisions,
    bodyStart: next + 1,
  };
}
