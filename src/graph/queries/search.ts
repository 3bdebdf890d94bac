/**
 * Full-text search. The user's text is never Lucene syntax: each whitespace-separated word is
 * escaped and quoted, so that 区域组 must appear as written (the CJK analyzer splits it into
 * overlapping bigrams, and a phrase keeps them adjacent), and all words must match.
 */
import type { Query } from '../database';
import { Cypher, nodeRowOf, ONE, slice, valueAt, ZERO } from './cypher';

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

/**
 * `CALL db.index.fulltext.queryNodes($index, $query) YIELD node, score`: cypher-builder's
 * `queryNodes` takes the index name only as a literal, which would put it in the text.
 */
function fulltextQuery(index: Cypher.Param, query: Cypher.Param): Cypher.Raw {
  return new Cypher.Raw((context) => `CALL db.index.fulltext.queryNodes(${context.compile(index)}, ${context.compile(query)}) YIELD node, score`);
}

export interface SearchRequest {
  lang: SearchIndexLang;
  text: string;
  offset: number;
  limit: number;
}

/**
 * One row: `totalCount` and `hits` ({score, node}) from `offset`, best first, ties by id. Only
 * the page's nodes are projected, by `project` (default: the whole node).
 */
export function searchQuery(
  { lang, text, offset, limit }: SearchRequest,
  project: (v: Cypher.Variable) => Cypher.Expr = nodeRowOf,
): Query {
  const node = new Cypher.NamedNode('node');
  const score = new Cypher.NamedVariable('score');
  const label = new Cypher.Variable();
  const matched = new Cypher.Variable();
  const page = new Cypher.Variable();
  const i = new Cypher.Variable();
  const hit = new Cypher.Node();
  const hitScore = new Cypher.Variable();
  const entry = new Cypher.Variable();
  const totalCount = new Cypher.NamedVariable('totalCount');
  const hits = new Cypher.NamedVariable('hits');
  const offsetParam = new Cypher.Param(offset);
  const projectPage = Cypher.utils.concat(
    new Cypher.Unwind([Cypher.range(ZERO, Cypher.minus(Cypher.size(page), ONE)), i]),
    new Cypher.With(i, [valueAt(page, i), entry]),
    new Cypher.With(i, [entry.property('node'), hit], [entry.property('score'), hitScore]).orderBy(i),
    new Cypher.Return([Cypher.collect(new Cypher.Map({ score: hitScore, node: project(hit) })), hits]),
  );
  return Cypher.utils.concat(
    fulltextQuery(new Cypher.Param(SEARCH_INDEXES[lang]), new Cypher.Param(luceneQuery(text))),
    new Cypher.With(node, score).where(
      Cypher.any(label, Cypher.labels(node), Cypher.in(label, new Cypher.Param([...SEARCHABLE_LABELS]))),
    ),
    new Cypher.With(node, score).orderBy([score, 'DESC'], node.property('id')),
    new Cypher.With([Cypher.collect(new Cypher.Map({ score, node })), matched]),
    new Cypher.With(
      [Cypher.size(matched), totalCount],
      [slice(matched, offsetParam, Cypher.plus(offsetParam, new Cypher.Param(limit))), page],
    ),
    new Cypher.Call(projectPage, [page]),
    new Cypher.Return(totalCount, hits),
  ).build();
}
