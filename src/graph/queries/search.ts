/**
 * Full-text search. The user's text is never Lucene syntax: each whitespace-separated word is
 * escaped and quoted, so that 区域组 must appear as written (the CJK analyzer splits it into
 * overlapping bigrams, and a phrase keeps them adjacent), and all words must match.
 */
import type { Query } from '../database';
import { nodeRow } from './node-row';

/** The labels a search may return (the indexes also cover sections and footnotes). */
export const SEARCHABLE_LABELS = ['Provision', 'AnnexItem', 'Programme', 'Annex', 'Resolution', 'Actor'] as const;

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

/** A Lucene query in which every word must occur as a phrase: `"w1" AND "w2"`. */
export function luceneQuery(text: string): string {
  return searchWords(text)
    .map((word) => `"${escapeLucene(word)}"`)
    .join(' AND ');
}

export interface SearchRequest {
  lang: SearchIndexLang;
  text: string;
  offset: number;
  limit: number;
}

/**
 * One row: `totalCount` and `hits` ({score, node}) from `offset`, best first, ties by id. Only
 * the page's nodes are projected, by `project` (default: `nodeRow`).
 */
export function searchQuery({ lang, text, offset, limit }: SearchRequest, project: (v: string) => string = nodeRow): Query {
  return {
    cypher: `CALL db.index.fulltext.queryNodes($index, $query) YIELD node, score
WITH node, score
WHERE any(l IN labels(node) WHERE l IN $labels)
WITH node, score ORDER BY score DESC, node.id
WITH collect({score: score, node: node}) AS matched
WITH size(matched) AS totalCount, matched[$offset..$offset + $limit] AS page
CALL (page) {
  UNWIND range(0, size(page) - 1) AS i
  WITH i, page[i].node AS hit, page[i].score AS score ORDER BY i
  RETURN collect({score: score, node: ${project('hit')}}) AS hits
}
RETURN totalCount, hits`,
    params: {
      index: SEARCH_INDEXES[lang],
      query: luceneQuery(text),
      labels: [...SEARCHABLE_LABELS],
      offset,
      limit,
    },
  };
}
