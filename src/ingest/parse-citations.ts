/**
 * References to other resolutions in a piece of text (a provision, the annex title, an annex item):
 *
 *   全权代表大会第71号决议（2018年，迪拜，修订版）   → PP-71, cited revision 2018 Dubai, revised
 *   本届全会第34号决议（2022年，日内瓦，修订版）     → <this assembly>-34
 *   第54号决议（2022年，日内瓦，修订版）             → <this assembly>-54 (a bare number is the assembly's own)
 *   国际电联理事会第1353号决议                       → COUNCIL-1353, no cited revision
 *
 * The description is the text's own phrase on the subject: 涉及… up to the end of its clause, or
 * 关于…的内容 after the reference, or 有关…的 just before it; the introducing word is kept.
 * A reference whose assembly or place cannot be read is an error, not a guess.
 */
import { lineAt, type SourceLine } from './clean-text';
import { IngestError, quote } from './ingest-error';
import { placeEn } from './meeting-ref';
import type { PlaceName } from './registries';
import type { Assembly } from './types';
import { ASSEMBLY_NAMES, THIS_ASSEMBLY_NAMES } from './vocabulary';

export interface ParsedCitation {
  targetAssembly: Assembly;
  targetNumber: number;
  spanZh: string;
  spanStart: number;
  spanEnd: number;
  citedYear: number | null;
  citedCityZh: string | null;
  citedCityEn: string | null;
  citedRevised: boolean | null;
  descriptionZh: string | null;
}

/** Where the text stands in the source, so that errors name the right line. */
export interface TextOrigin {
  source: SourceLine;
  textStart: number;
}

const RESOLUTION = /第(\d+)号决议/g;
const CITED_REVISION = /^（(\d{4})年，([^，（）]+?)(，修订版)?）/;
/** Words that end the name of some assembly or body: a prefix ending so that is not a known assembly is an error. */
const ASSEMBLY_LIKE = /(?:大会|全会|理事会|会议)$/;
const CLAUSE_END = /[，；。：]/;
const OPENERS = '（(《“';
const CLOSERS = '）)》”';

export function findCitations(
  text: string,
  ownAssembly: Assembly,
  places: readonly PlaceName[],
  origin: TextOrigin,
): ParsedCitation[] {
  const lineOf = (offset: number): number => lineAt(origin.source, origin.textStart + offset);
  return [...text.matchAll(RESOLUTION)].map((m) => {
    const before = text.slice(0, m.index);
    const prefix = readAssemblyPrefix(before, ownAssembly);
    if (!prefix) {
      throw new IngestError(
        lineOf(m.index),
        'a known assembly before the resolution number (全权代表大会, 本届全会, 国际电联理事会 …) or none',
        quote(before.slice(-12) + m[0]),
      );
    }
    const spanStart = m.index - prefix.length;
    let spanEnd = m.index + m[0].length;
    let cited: Pick<ParsedCitation, 'citedYear' | 'citedCityZh' | 'citedCityEn' | 'citedRevised'> = {
      citedYear: null,
      citedCityZh: null,
      citedCityEn: null,
      citedRevised: null,
    };
    const after = text.slice(spanEnd);
    if (after.startsWith('（')) {
      const rev = CITED_REVISION.exec(after);
      if (!rev)
        throw new IngestError(
          lineOf(spanEnd),
          'a cited revision such as （2018年，迪拜，修订版）',
          quote(after.slice(0, 20)),
        );
      cited = {
        citedYear: Number(rev[1]),
        citedCityZh: rev[2],
        citedCityEn: placeEn(rev[2], places, lineOf(spanEnd)),
        citedRevised: rev[3] !== undefined,
      };
      spanEnd += rev[0].length;
    }
    return {
      targetAssembly: prefix.assembly,
      targetNumber: Number(m[1]),
      spanZh: text.slice(spanStart, spanEnd),
      spanStart,
      spanEnd,
      ...cited,
      descriptionZh: describeAfter(text.slice(spanEnd)) ?? describeBefore(text.slice(0, spanStart)),
    };
  });
}

function readAssemblyPrefix(before: string, ownAssembly: Assembly): { length: number; assembly: Assembly } | null {
  const named = [...ASSEMBLY_NAMES].sort((a, b) => b.zh.length - a.zh.length).find((a) => before.endsWith(a.zh));
  if (named) return { length: named.zh.length, assembly: named.assembly };
  const self = THIS_ASSEMBLY_NAMES.find((name) => before.endsWith(name));
  if (self) return { length: self.length, assembly: ownAssembly };
  if (ASSEMBLY_LIKE.test(before)) return null;
  return { length: 0, assembly: ownAssembly };
}

/** 涉及… to the end of its clause, or 关于…的内容. */
function describeAfter(after: string): string | null {
  if (after.startsWith('关于')) {
    const content = /^关于.+?的内容/.exec(after);
    return content ? content[0] : toClauseEnd(after);
  }
  return after.startsWith('涉及') ? toClauseEnd(after) : null;
}

/** 有关…的 immediately before the reference, within its clause. */
function describeBefore(before: string): string | null {
  const clause = before.split(CLAUSE_END).pop() ?? '';
  const at = clause.lastIndexOf('有关');
  return at >= 0 && clause.endsWith('的') ? clause.slice(at) : null;
}

/** The text up to the first ，；。： that is not inside brackets or quotes. */
function toClauseEnd(text: string): string {
  let depth = 0;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (OPENERS.includes(ch)) depth += 1;
    else if (CLOSERS.includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && CLAUSE_END.test(ch)) return text.slice(0, i);
  }
  return text;
}
