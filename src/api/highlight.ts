/**
 * Search highlights: a window of the matching text around the first match, every match of a
 * searched word wrapped in <em>…</em>, everything else HTML-escaped. Chinese words match as
 * written (the CJK index matches them as phrases); English words match by their stem, as the
 * english analyzer does ("bridging" finds "Bridge").
 */
import type { PrefetchTree } from '../graph/queries/prefetch';
import type { AnyRow } from '../graph/rows';

export type HighlightLang = 'ZH' | 'EN';

interface Range {
  start: number;
  end: number;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A crude English stem: enough to find "bridging" in "Bridge". */
function stem(word: string): string {
  const stemmed = word.toLowerCase().replace(/(ies|ing|ed|es|s|e|y)$/u, '');
  return stemmed.length >= 3 ? stemmed : word.toLowerCase();
}

function matchPattern(words: readonly string[], lang: HighlightLang): RegExp | null {
  const parts = words
    .filter((word) => word !== '')
    .map((word) => (lang === 'EN' ? `\\b${escapeRegExp(stem(word))}[\\p{L}\\p{N}]*` : escapeRegExp(word)));
  return parts.length === 0 ? null : new RegExp(parts.join('|'), 'giu');
}

/** The ranges where any word matches, in order, overlapping ones merged. */
export function findMatches(text: string, words: readonly string[], lang: HighlightLang): Range[] {
  const pattern = matchPattern(words, lang);
  if (!pattern) return [];
  const ranges: Range[] = [];
  for (const match of text.matchAll(pattern)) {
    if (match[0] === '') continue;
    const range = { start: match.index, end: match.index + match[0].length };
    const last = ranges[ranges.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else ranges.push(range);
  }
  return ranges;
}

/**
 * A snippet of at most about `size` characters around the first match, matches in <em>; an
 * ellipsis marks a cut. Null when the text has no match.
 */
export function highlightText(text: string, words: readonly string[], lang: HighlightLang, size = 60): string | null {
  const ranges = findMatches(text, words, lang);
  if (ranges.length === 0) return null;
  const first = ranges[0];
  const start = Math.max(0, Math.min(first.start - Math.floor(size / 3), text.length - size));
  const end = Math.min(text.length, Math.max(start + size, first.end));
  let out = start > 0 ? '…' : '';
  let at = start;
  for (const range of ranges) {
    if (range.end <= start || range.start >= end) continue;
    const from = Math.max(range.start, start);
    const to = Math.min(range.end, end);
    out += `${escapeHtml(text.slice(at, from))}<em>${escapeHtml(text.slice(from, to))}</em>`;
    at = to;
  }
  out += escapeHtml(text.slice(at, end));
  return end < text.length ? `${out}…` : out;
}

/** The properties of a node that the index for `lang` covers, in the order the highlight tries them. */
export const HIGHLIGHT_READS: Readonly<Record<HighlightLang, readonly string[]>> = {
  ZH: ['textZh', 'titleZh', 'nameZh', 'headingZh'],
  EN: ['titleEn', 'nameEn'],
};

/**
 * What `SearchEdge.highlight` reads in a search's look-ahead (../api/fields.ts): it depends on the
 * search's language, which only the search knows, so the search puts its language's
 * HIGHLIGHT_READS in its place (`withHighlightReads`) and a hit's row carries no text of the other.
 */
export const SEARCHED_TEXTS = "(the searched language's texts)";

/** `tree` with SEARCHED_TEXTS, when it reads them, replaced by the texts of `lang`. */
export function withHighlightReads(tree: PrefetchTree, lang: HighlightLang): PrefetchTree {
  if (!tree.props.has(SEARCHED_TEXTS)) return tree;
  const props = new Set([...tree.props].filter((prop) => prop !== SEARCHED_TEXTS));
  for (const prop of HIGHLIGHT_READS[lang]) props.add(prop);
  return { ...tree, props };
}

/** The texts of a node that the index for `lang` covers, in the order they are tried. */
function searchableTexts(row: AnyRow, lang: HighlightLang): string[] {
  const record = row as unknown as Record<string, unknown>;
  return HIGHLIGHT_READS[lang]
    .map((field) => record[field])
    .filter((value): value is string => typeof value === 'string' && value !== '');
}

/** The highlight of a hit: the first of its texts that shows a match. */
export function highlightRow(row: AnyRow, words: readonly string[], lang: HighlightLang): string | null {
  for (const text of searchableTexts(row, lang)) {
    const snippet = highlightText(text, words, lang);
    if (snippet !== null) return snippet;
  }
  return null;
}
