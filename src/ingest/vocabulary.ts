/**
 * The fixed words of the format of an ITU resolution in Chinese: section headings, the names of
 * the assemblies that adopt resolutions, Chinese numerals. These belong to the format, not to one
 * resolution, which is why they live in code while actors, facts and places live in seed/ as data.
 *
 * The ingest reads these words and the API writes them (headings and references composed in
 * Chinese and English), so both take them from here; each table is keyed by the enum it maps,
 * so that a kind or an assembly without its words does not compile.
 */
import { ASSEMBLIES, type Assembly, type Part, type SectionKind } from './types';

export interface SectionKindWords {
  part: Part;
  /** The ITU formula in English ("instructs"). */
  en: string;
  /** The words that head such a section in Chinese, the usual one first. */
  zh: readonly string[];
}

export const SECTION_KIND_WORDS: Readonly<Record<SectionKind, SectionKindWords>> = {
  CONSIDERING: { part: 'PREAMBLE', en: 'considering', zh: ['考虑到'] },
  RECOGNIZING: { part: 'PREAMBLE', en: 'recognizing', zh: ['认识到'] },
  RECALLING: { part: 'PREAMBLE', en: 'recalling', zh: ['忆及', '回顾'] },
  NOTING: { part: 'PREAMBLE', en: 'noting', zh: ['注意到'] },
  BEARING_IN_MIND: { part: 'PREAMBLE', en: 'bearing in mind', zh: ['铭记'] },
  RESOLVES: { part: 'OPERATIVE', en: 'resolves', zh: ['做出决议', '作出决议'] },
  INSTRUCTS: { part: 'OPERATIVE', en: 'instructs', zh: ['责成'] },
  REQUESTS: { part: 'OPERATIVE', en: 'requests', zh: ['要求'] },
  URGES: { part: 'OPERATIVE', en: 'urges', zh: ['敦促'] },
  // 请 renders both "invites" and, in some texts, "requests"; the text cannot tell them apart,
  // so it is read as INVITES and 要求 is kept for REQUESTS.
  INVITES: { part: 'OPERATIVE', en: 'invites', zh: ['请', '邀请'] },
  ENCOURAGES: { part: 'OPERATIVE', en: 'encourages', zh: ['鼓励'] },
};

export interface HeadingWord {
  zh: string;
  kind: SectionKind;
  part: Part;
}

/** Heading verbs; an optional 进一步 before any of them marks a "further" section. */
export const HEADING_WORDS: readonly HeadingWord[] = (Object.keys(SECTION_KIND_WORDS) as SectionKind[]).flatMap(
  (kind) => SECTION_KIND_WORDS[kind].zh.map((zh) => ({ zh, kind, part: SECTION_KIND_WORDS[kind].part })),
);

export const FURTHER_PREFIX = '进一步';

/** The names under which a Chinese text refers to each assembly, the usual one first. */
export const ASSEMBLY_WORDS_ZH: Readonly<Record<Assembly, readonly string[]>> = {
  PP: ['全权代表大会', '国际电联全权代表大会'],
  WTSA: ['世界电信标准化全会'],
  WTDC: ['世界电信发展大会'],
  WRA: ['无线电通信全会'],
  WRC: ['世界无线电通信大会'],
  COUNCIL: ['国际电联理事会', '理事会'],
};

/** Every name of an assembly with the assembly it names. */
export const ASSEMBLY_NAMES: readonly { zh: string; assembly: Assembly }[] = ASSEMBLIES.flatMap((assembly) =>
  ASSEMBLY_WORDS_ZH[assembly].map((zh) => ({ zh, assembly })),
);

/** "This assembly": resolves to the assembly of the text being read. */
export const THIS_ASSEMBLY_NAMES: readonly string[] = ['本届全会', '本届大会', '本次全会', '本次大会'];

/**
 * Names of a group of officials that stand for each of them: 各局主任 ("the Directors of the
 * Bureaux") is the director (the OFFICIAL part of a BUREAU) of every bureau in the actor registry.
 */
export const BUREAU_DIRECTORS_ZH: readonly string[] = ['各局主任', '三个局的主任', '三局主任'];

const CHINESE_DIGITS = '一二三四五六七八九';

/** 一 → 1 … 十 → 10 … 十九 → 19, 二十 → 20; null for anything else. */
export function chineseNumeral(text: string): number | null {
  const m = /^([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)$/.exec(text);
  if (!m || text === '') return null;
  const [, tens, ten, units] = m;
  if (!ten) return tens && !units ? CHINESE_DIGITS.indexOf(tens) + 1 : null;
  return (tens ? CHINESE_DIGITS.indexOf(tens) + 1 : 1) * 10 + (units ? CHINESE_DIGITS.indexOf(units) + 1 : 0);
}
