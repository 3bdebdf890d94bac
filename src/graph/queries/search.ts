/**
 * Full-text search. The user's text is never Lucene syntax: each whitespace-separated word is
 * escaped and quoted, so that 区域组 must appear as written (the CJK analyzer splits it into
 * overlapping bigrams, and a phrase keeps them adjacent), and all words must match.
 */
import type { Query } from '../database';
import { Cypher, holds, param, nodeRowOf, ONE, page, valueAt, ZERO } from './cypher';

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
  /** Whether the row's `facets` are counted (default true); false: an empty list, nothing counted. */
  facets?: boolean;
}

/**
 * `CALL db.index.fulltext.queryNodes($index, $query) YIELD node, score`: cypher-builder's
 * `queryNodes` takes the index name only as a literal, which would put it in the text.
 */
function fulltextQuery(
  index: Cypher.Param,
  query: Cypher.Param,
  node: Cypher.Variable,
  score: Cypher.Variable,
): Cypher.Raw {
  return new Cypher.Raw(
    (context) =>
      `CALL db.index.fulltext.queryNodes(${context.compile(index)}, ${context.compile(query)}) YIELD node AS ${context.compile(node)}, score AS ${context.compile(score)}`,
  );
}

/**
 * One row: `totalCount` and `hits` ({score, label, node}) from `offset`, best first, ties by id, and
 * `facets` ({label, count} for every searchable label, in SEARCHABLE_LABELS order) counting the
 * hits of each label before the label filter, so that a client sees what the other kinds hold.
 * Only the page's nodes are projected, by `project` (default: the whole node). Without `facets`,
 * the facets are an empty list and are not counted. Every value is a parameter: one statement text
 * for every search.
 */
export function searchQuery(request: SearchRequest, project: (v: Cypher.Variable) => Cypher.Expr = nodeRowOf): Query {
  const {
    lang,
    text,
    mode = 'WORDS',
    labels = null,
    resolution = null,
    offset,
    limit,
    facets: counted = true,
  } = request;
  const searchable = param([...SEARCHABLE_LABELS]);
  const labelsParam = param(labels ? [...labels] : null);
  const resolutionParam = param(resolution);
  const node = new Cypher.Node();
  const score = new Cypher.Variable();
  const label = new Cypher.Variable();
  const l = new Cypher.Variable();
  const found = new Cypher.Variable();
  const matched = new Cypher.Variable();
  const m = new Cypher.Variable();
  const facets = new Cypher.NamedVariable('facets');
  const totalCount = new Cypher.NamedVariable('totalCount');
  const hits = new Cypher.NamedVariable('hits');
  const pageRows = new Cypher.Variable();
  const inResolution = Cypher.or(
    Cypher.isNull(resolutionParam),
    Cypher.eq(node.property('resolutionId'), resolutionParam),
    Cypher.and(Cypher.eq(label, param('Resolution')), Cypher.eq(node.property('id'), resolutionParam)),
  );
  const ofLabel = (labelValue: Cypher.Expr) =>
    new Cypher.ListComprehension(m).in(found).where(Cypher.eq(m.property('label'), labelValue));
  const facetOf = new Cypher.ListComprehension(l)
    .in(searchable)
    .map(new Cypher.Map({ label: l, count: Cypher.size(ofLabel(l)) }));
  const i = new Cypher.Variable();
  const entry = new Cypher.Variable();
  const hit = new Cypher.Node();
  const hitScore = new Cypher.Variable();
  const hitLabel = new Cypher.Variable();
  const projectPage = Cypher.utils.concat(
    new Cypher.Unwind([Cypher.range(ZERO, Cypher.minus(Cypher.size(pageRows), ONE)), i]),
    new Cypher.With(i, [valueAt(pageRows, i), entry]),
    new Cypher.With(
      i,
      [entry.property('node'), hit],
      [entry.property('score'), hitScore],
      [entry.property('label'), hitLabel],
    ).orderBy(i),
    new Cypher.Return([Cypher.collect(new Cypher.Map({ score: hitScore, label: hitLabel, node: project(hit) })), hits]),
  );
  const offsetParam = param(offset);
  return Cypher.utils
    .concat(
      fulltextQuery(param(SEARCH_INDEXES[lang]), param(luceneQuery(text, mode)), node, score),
      new Cypher.With(node, score, [
        Cypher.head(new Cypher.ListComprehension(l).in(Cypher.labels(node)).where(Cypher.in(l, searchable))),
        label,
      ]).where(Cypher.and(Cypher.isNotNull(label), inResolution)),
      new Cypher.With(node, score, label).orderBy([score, 'DESC'], node.property('id')),
      new Cypher.With([Cypher.collect(new Cypher.Map({ score, node, label })), found]),
      new Cypher.With(found, [
        new Cypher.ListComprehension(m)
          .in(found)
          .where(Cypher.or(Cypher.isNull(labelsParam), Cypher.in(m.property('label'), labelsParam))),
        matched,
      ]),
      new Cypher.With(
        [
          new Cypher.Case()
            .when(holds(param(counted)))
            .then(facetOf)
            .else(new Cypher.List([])),
          facets,
        ],
        [Cypher.size(matched), totalCount],
        [page(matched, offsetParam, param(limit)), pageRows],
      ),
      new Cypher.Call(projectPage, [pageRows]),
      new Cypher.Return(totalCount, hits, facets),
    )
    .build();
}
