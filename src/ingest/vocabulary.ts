/**
 * The fixed words of the format of an ITU resolution in Chinese: section headings, the names of
 * the assemblies that adopt resolutions, Chinese numerals. These belong to the format, not to one
 * resolution, which is why they live in code while actors, facts and places live in seed/ as data.
 */
import type { Assembly, Part, SectionKind } from './types';

export interface HeadingWord {
  zh: string;
  kind: SectionKind;
  part: Part;
}

/** Heading verbs; an optional 进一步 before any of them marks a "further" section. */
export const HEADING_WORDS: readonly HeadingWord[] = [
  { zh: '考虑到', kind: 'CONSIDERING', part: 'PREAMBLE' },
  { zh: '认识到', kind: 'RECOGNIZING', part: 'PREAMBLE' },
  { zh: '忆及', kind: 'RECALLING', part: 'PREAMBLE' },
  { zh: '回顾', kind: 'RECALLING', part: 'PREAMBLE' },
  { zh: '注意到', kind: 'NOTING', part: 'PREAMBLE' },
  { zh: '铭记', kind: 'BEARING_IN_MIND', part: 'PREAMBLE' },
  { zh: '做出决议', kind: 'RESOLVES', part: 'OPERATIVE' },
  { zh: '作出决议', kind: 'RESOLVES', part: 'OPERATIVE' },
  { zh: '责成', kind: 'INSTRUCTS', part: 'OPERATIVE' },
  { zh: '要求', kind: 'REQUESTS', part: 'OPERATIVE' },
  { zh: '敦促', kind: 'URGES', part: 'OPERATIVE' },
  // 请 renders both "invites" and, in some texts, "requests"; the text cannot tell them apart,
  // so it is read as INVITES and 要求 is kept for REQUESTS.
  { zh: '邀请', kind: 'INVITES', part: 'OPERATIVE' },
  { zh: '请', kind: 'INVITES', part: 'OPERATIVE' },
  { zh: '鼓励', kind: 'ENCOURAGES', part: 'OPERATIVE' },
];

export const FURTHER_PREFIX = '进一步';

/** Names under which the text refers to an assembly, longest first where one contains another. */
export const ASSEMBLY_NAMES: readonly { zh: string; assembly: Assembly }[] = [
  { zh: '国际电联全权代表大会', assembly: 'PP' },
  { zh: '全权代表大会', assembly: 'PP' },
  { zh: '世界电信标准化全会', assembly: 'WTSA' },
  { zh: '世界电信发展大会', assembly: 'WTDC' },
  { zh: '世界无线电通信大会', assembly: 'WRC' },
  { zh: '无线电通信全会', assembly: 'WRA' },
  { zh: '国际电联理事会', assembly: 'COUNCIL' },
  { zh: '理事会', assembly: 'COUNCIL' },
];

/** "This assembly": resolves to the assembly of the text being read. */
export const THIS_ASSEMBLY_NAMES: readonly string[] = ['本届全会', '本届大会', '本次全会', '本次大会'];

const CHINESE_DIGITS = '一二三四五六七八九';

/** 一 → 1 … 十 → 10 … 十九 → 19, 二十 → 20; null for anything else. */
export function chineseNumeral(text: string): number | null {
  const m = /^([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)$/.exec(text);
  if (!m || text === '') return null;
  const [, tens, ten, units] = m;
  if (!ten) return tens && !units ? CHINESE_DIGITS.indexOf(tens) + 1 : null;
  return (tens ? CHINESE_DIGITS.indexOf(tens) + 1 : 1) * 10 + (units ? CHINESE_DIGITS.indexOf(units) + 1 : 0);
}
