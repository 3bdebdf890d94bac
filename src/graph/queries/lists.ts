/**
 * Top-level listings: a page of resolutions by assembly and number, a page of actors by id.
 * Each returns one row: `totalCount` and the page's `rows`.
 */
import type { ActorKind, Assembly } from '../../ingest/types';
import type { Query } from '../database';
import { Cypher, param, nodeRowOf, page } from './cypher';

/** `value IS NULL OR property = value`: a filter that a null parameter turns off. */
function matchesUnlessNull(property: Cypher.Expr, value: unknown): Cypher.Predicate {
  const valueParam = param(value);
  return Cypher.or(Cypher.isNull(valueParam), Cypher.eq(property, valueParam));
}

/** One row: how many nodes `v` the clauses match, and the page of them from `offset`, in `order`. */
function listPage(match: Cypher.Clause, v: Cypher.Node, order: Cypher.Expr[], offset: number, limit: number): Query {
  const matched = new Cypher.Variable();
  const x = new Cypher.Node();
  const rows = new Cypher.ListComprehension(x).in(page(matched, param(offset), param(limit))).map(nodeRowOf(x));
  return Cypher.utils
    .concat(
      match,
      new Cypher.With(v).orderBy(...order),
      new Cypher.With([Cypher.collect(v), matched]),
      new Cypher.Return(
        [Cypher.size(matched), new Cypher.NamedVariable('totalCount')],
        [rows, new Cypher.NamedVariable('rows')],
      ),
    )
    .build();
}

export interface ResolutionListFilter {
  assembly: Assembly | null;
  textLoaded: boolean | null;
}

export function resolutionsQuery(filter: ResolutionListFilter, offset: number, limit: number): Query {
  const r = new Cypher.Node();
  const match = new Cypher.Match(new Cypher.Pattern(r, { labels: ['Resolution'] })).where(
    Cypher.and(
      matchesUnlessNull(r.property('assembly'), filter.assembly),
      matchesUnlessNull(r.property('textLoaded'), filter.textLoaded),
    ),
  );
  return listPage(match, r, [r.property('assembly'), r.property('number'), r.property('id')], offset, limit);
}

export interface ActorListFilter {
  kind: ActorKind | null;
}

export function actorsQuery(filter: ActorListFilter, offset: number, limit: number): Query {
  const a = new Cypher.Node();
  const match = new Cypher.Match(new Cypher.Pattern(a, { labels: ['Actor'] })).where(
    matchesUnlessNull(a.property('kind'), filter.kind),
  );
  return listPage(match, a, [a.property('id')], offset, limit);
}

/** The id of the singleton that records the version of the loaded graph. */
export const GRAPH_META_ID = 'graph';

/** The singleton that records the version of the loaded graph. */
export function graphMetaQuery(): Query {
  const g = new Cypher.Node();
  return new Cypher.OptionalMatch(
    new Cypher.Pattern(g, { labels: ['GraphMeta'], properties: { id: param(GRAPH_META_ID) } }),
  )
    .return(
      [Cypher.toString(g.property('version')), new Cypher.NamedVariable('version')],
      [Cypher.toString(g.property('loadedAt')), new Cypher.NamedVariable('loadedAt')],
    )
    .build();
}
