/**
 * Texts in the six languages. The graph holds Chinese texts (and curated English titles and
 * names); a text missing in a language is null there, never another language's text. What is
 * not text but formula — the ITU wording of a section heading ("instructs the Director of
 * TSB"), a reference ("Resolution 44 (Rev. Geneva, 2022)") — is composed here, in EN and ZH.
 */
import { ASSEMBLIES, type Assembly, type SectionKind } from '../ingest/types';
import { ASSEMBLY_WORDS_ZH, FURTHER_PREFIX, SECTION_KIND_WORDS, type SectionKindWords } from '../ingest/vocabulary';

export type Lang = 'AR' | 'ZH' | 'EN' | 'FR' | 'RU' | 'ES';

type Texts = Partial<Record<Lang, string | null | undefined>>;

/** The text in `lang`, or null: never a fallback to another language. */
export function textIn(lang: Lang, texts: Texts): string | null {
  const text = texts[lang];
  return typeof text === 'string' && text !== '' ? text : null;
}

export function listIn(
  lang: Lang,
  lists: Partial<Record<Lang, readonly string[] | null | undefined>>,
): string[] | null {
  const list = lists[lang];
  return list ? [...list] : null;
}

/** The words of a section kind (its heading in Chinese, its formula in English); null for a kind the format does not know. */
function kindWords(kind: string): SectionKindWords | null {
  return Object.prototype.hasOwnProperty.call(SECTION_KIND_WORDS, kind)
    ? SECTION_KIND_WORDS[kind as SectionKind]
    : null;
}

/** Actors named without an article: "invites Member States", but "instructs the Director of TSB". */
const NO_ARTICLE_KINDS = new Set(['MEMBERSHIP', 'COUNTRY_GROUP']);

export interface NamedActor {
  kind: string;
  nameEn?: string | null;
  nameZh?: string | null;
}

function joinEn(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** "the Director of TSB", "Member States"; null when the actor has no English name. */
export function actorPhraseEn(actor: NamedActor): string | null {
  if (!actor.nameEn) return null;
  return NO_ARTICLE_KINDS.has(actor.kind) || /^the /i.test(actor.nameEn) ? actor.nameEn : `the ${actor.nameEn}`;
}

/**
 * The English heading of a section: "recognizing further", "instructs the Director of TSB, in
 * collaboration with the Director of BDT and the Director of BR", "resolves further that the ITU
 * regional offices". Null when a name it needs has no English form.
 */
export function headingEn(
  kind: string,
  further: boolean,
  addressees: readonly NamedActor[],
  collaborators: readonly NamedActor[] = [],
): string | null {
  const formula = `${kindWords(kind)?.en ?? kind.toLowerCase()}${further ? ' further' : ''}`;
  const to = addressees.map(actorPhraseEn);
  const with_ = collaborators.map(actorPhraseEn);
  if (to.includes(null) || with_.includes(null)) return null;
  let heading = formula;
  if (to.length > 0) heading += `${kind === 'RESOLVES' ? ' that' : ''} ${joinEn(to as string[])}`;
  if (with_.length > 0) heading += `, in collaboration with ${joinEn(with_ as string[])}`;
  return heading;
}

/** 责成电信标准化局主任, 进一步做出决议，国际电联区域代表处; null when a name has no Chinese form. */
export function headingZh(kind: string, further: boolean, addressees: readonly NamedActor[]): string | null {
  const formula = `${further ? FURTHER_PREFIX : ''}${kindWords(kind)?.zh[0] ?? kind}`;
  const names = addressees.map((actor) => actor.nameZh ?? null);
  if (names.includes(null)) return null;
  if (names.length === 0) return formula;
  return `${formula}${kind === 'RESOLVES' ? '，' : ''}${names.join('和')}`;
}

export interface MeetingRef {
  year: number | null | undefined;
  cityEn?: string | null;
  cityZh?: string | null;
  revised: boolean;
}

/** "Resolution 44 (Rev. Geneva, 2022)" / "第44号决议（2022年，日内瓦，修订版）"; null in other languages or without the city in that language. */
export function resolutionReference(lang: Lang, number: number, meeting: MeetingRef | null): string | null {
  if (lang === 'EN') {
    if (!meeting || meeting.year == null) return `Resolution ${number}`;
    if (!meeting.cityEn) return null;
    return `Resolution ${number} (${meeting.revised ? 'Rev. ' : ''}${meeting.cityEn}, ${meeting.year})`;
  }
  if (lang === 'ZH') {
    if (!meeting || meeting.year == null) return `第${number}号决议`;
    if (!meeting.cityZh) return null;
    return `第${number}号决议（${meeting.year}年，${meeting.cityZh}${meeting.revised ? '，修订版' : ''}）`;
  }
  return null;
}

/**
 * A paragraph after its section's heading: "considering a)", "resolves 2 ii)", but with a comma
 * after a heading that names its addressees: "instructs the Director of TSB, 3"; in Chinese
 * "考虑到a)", "做出决议第2段第ii)项", "责成电信标准化局主任，第3段". Numbers stand bare, letters
 * and numerals take a parenthesis.
 */
export function paragraphAfterHeading(
  lang: 'EN' | 'ZH',
  heading: string,
  addressed: boolean,
  label: string,
  parentLabel: string | null,
): string {
  const numeric = (text: string) => /^\d+$/.test(text);
  if (lang === 'EN') {
    const where = parentLabel ? `${parentLabel} ${label})` : numeric(label) ? label : `${label})`;
    return `${heading}${addressed ? ', ' : ' '}${where}`;
  }
  const paragraphZh = (text: string) => (numeric(text) ? `第${text}段` : `${text})`);
  const where = parentLabel ? `${paragraphZh(parentLabel)}第${label})项` : paragraphZh(label);
  return `${heading}${addressed ? '，' : ''}${where}`;
}

function assemblyNameZh(assembly: string): string {
  return (ASSEMBLIES as readonly string[]).includes(assembly)
    ? (ASSEMBLY_WORDS_ZH[assembly as Assembly][0] ?? assembly)
    : assembly;
}

/** "WTSA Resolution 44" / "世界电信标准化全会第44号决议". */
export function resolutionName(lang: Lang, assembly: string, number: number): string | null {
  if (lang === 'EN') return `${assembly} Resolution ${number}`;
  if (lang === 'ZH') return `${assemblyNameZh(assembly)}第${number}号决议`;
  return null;
}

/** The first `max` characters of a text, with an ellipsis when cut. */
export function excerpt(text: string | null | undefined, max = 30): string | null {
  if (!text) return null;
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max).join('')}…`;
}
