/**
 * Full-text search. The user's text is never Lucene syntax: each whitespace-separated word is
 * escaped and quoted, so that 区域组 must appear as written (the CJK analyzer splits it into
 * overlapping bigrams, and a phrase keeps them adjacent), and all words must match.
 */
import type { Query } from '../database';
import { nodeRow } from './node-row';

/** The labels a search may return, in the order facets list them. */
export const SEARCHABLE_LABELS = [
  'Resolution',
  'Section',
  'Provision',
  'Footnote',
  'Annex',
  'Programme',
  'AnnexItem',
  'Actor',
] as const;
export type SearchableLabel = (typeof SEARCHABLE_LABELS)[number];

/** WORDS: every word must occur, each as written; PHRASE: the whole text, words in order and adjacent. */
export type SearchMode = 'WORDS' | 'PHRASE';

export const SEARCH_INDEXES = { ZH: 'text_zh', EN: 'text_en' } as const;
export type SearchIndexLang = keyof typeof SEARCH_INDEXES;

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Escapes every character the Lucene query parser treats as syntax. */
export function escapeLucene(text: string): string {
  return text.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
}

/** The words of a search text: split on whitespace, empty ones dropped. */
export function searchWords(text: string): string[] {
  return text.split(/\s+/u).filter((word) => word !== '');
}

/** A Lucene query in which every word must occur as a phrase (`"w1" AND "w2"`), or the whole text as one (`"w1 w2"`). */
export function luceneQuery(text: string, mode: SearchMode = 'WORDS'): string {
  const words = searchWords(text);
  if (mode === 'PHRASE') return `"${escapeLucene(words.join(' '))}"`;
  return words.map((word) => `"${escapeLucene(word)}"`).join(' AND ');
}

export interface SearchRequest {
  lang: SearchIndexLang;
  text: string;
  /** WORDS when omitted. */
  mode?: SearchMode;
  /** Only nodes with these labels; all searchable labels when omitted or null. */
  labels?: readonly SearchableLabel[] | null;
  /** Only the resolution itself and the nodes of its text; all when omitted or null. */
  resolution?: string | null;
  offset: number;
  limit: number;
}

/**
 * One row: `totalCount` and `hits` ({score, label, node}) from `offset`, best first, ties by id, and
 * `facets` ({label, count} for every searchable label, in SEARCHABLE_LABELS order) counting the
 * hits of each label before the label filter, so that a client sees what the other kinds hold.
 * Only the page's nodes are projected, by `project` (default: `nodeRow`). Every value is a
 * parameter: one statement text for every search.
 */
export function searchQuery(request: SearchRequest, project: (v: string) => string = nodeRow): Query {
  const { lang, text, mode = 'WORDS', labels = null, resolution = null, offset, limit } = request;
  return {
    cypher: `CALL db.index.fulltext.queryNodes($index, $query) YIELD node, score
WITH node, score, [l IN labels(node) WHERE l IN $searchable][0] AS label
WHERE label IS NOT NULL
  AND ($resolution IS NULL OR node.resolutionId = $resolution OR (label = 'Resolution' AND node.id = $resolution))
WITH node, score, label ORDER BY score DESC, node.id
WITH collect({score: score, node: node, label: label}) AS found
WITH found, [m IN found WHERE $labels IS NULL OR m.label IN $labels] AS matched
WITH [l IN $searchable | {label: l, count: size([m IN found WHERE m.label = l])}] AS facets,
     size(matched) AS totalCount, matched[$offset..$offset + $limit] AS page
CALL (page) {
  UNWIND range(0, size(page) - 1) AS i
  WITH i, page[i].node AS hit, page[i].score AS score, page[i].label AS label ORDER BY i
  RETURN collect({score: score, label: label, node: ${project('hit')}}) AS hits
}
RETURN totalCount, hits, facets`,
    params: {
      index: SEARCH_INDEXES[lang],
      query: luceneQuery(text, mode),
      searchable: [...SEARCHABLE_LABELS],
      labels: labels ? [...labels] : null,
      resolution,
      offset,
      limit,
    },
  };
}
