/**
 * Where an actor is mentioned: pages of the headings, provisions and annex items whose text
 * names it (MENTIONS), in document order, each with how often it names the actor. Many actors'
 * pages are one statement (an actor list asking each for its mentions), every value a parameter.
 */
import type { Query } from '../database';
import { Cypher, param, nodeRowOf, page, ZERO } from './cypher';
import { documentPosition } from './document-order';

export interface MentionPageRequest {
  actor: string;
  offset: number;
  limit: number;
}

/** The cache key of a page request: equal requests share one entry. */
export function mentionPageKey({ actor, offset, limit }: MentionPageRequest): string {
  return JSON.stringify([actor, offset, limit]);
}

/** A page of the texts that mention the actor a prefetch row is. */
export interface MentionPageOf {
  offset: number;
  limit: number;
}

/** The texts that mention `actor`, as {count, node} maps in document order: a subquery returning one per row. */
function mentionsOf(actor: Cypher.Pattern): Cypher.Clause {
  const n = new Cypher.Node();
  const m = new Cypher.Relationship();
  const count = new Cypher.Variable();
  return Cypher.utils.concat(
    new Cypher.Match(actor.related(m, { type: 'MENTIONS', direction: 'left' }).to(n)),
    new Cypher.With(n, [m.property('count'), count]).orderBy(documentPosition(n), n.property('id')),
    new Cypher.Return(new Cypher.Map({ count, node: n })),
  );
}

/** The rows of a page of `matched`: {count, node}, the node projected by `project`. */
function mentionRows(
  matched: Cypher.Expr,
  offset: Cypher.Expr,
  limit: Cypher.Expr,
  project: (n: Cypher.Variable) => Cypher.Expr,
): Cypher.Expr {
  const x = new Cypher.Variable();
  const hit = new Cypher.Node();
  const node = Cypher.head(
    new Cypher.ListComprehension(hit).in(new Cypher.List([x.property('node')])).map(project(hit)),
  );
  return new Cypher.ListComprehension(x)
    .in(page(matched, offset, limit))
    .map(new Cypher.Map({ count: x.property('count'), node }));
}

/**
 * The page `load` of the texts that mention the actor `v`, as one map: `key` (a parameter, for
 * the resolver to find its page), `totalCount` and `rows` ({count, node}, each node projected by
 * `project`), in the order of `mentionPagesQuery`. Offset and limit are parameters.
 */
export function mentionPageExpression(
  v: Cypher.Variable,
  load: MentionPageOf,
  key: string,
  project: (n: Cypher.Variable) => Cypher.Expr,
): Cypher.Expr {
  const matched = new Cypher.Variable();
  const rows = mentionRows(matched, param(load.offset), param(load.limit), project);
  const map = new Cypher.Map({ key: param(key), totalCount: Cypher.size(matched), rows });
  const all = new Cypher.Collect(mentionsOf(new Cypher.Pattern(v)));
  return Cypher.head(new Cypher.ListComprehension(matched).in(new Cypher.List([all])).map(map));
}

/**
 * Rows `key`, `totalCount` and `rows` ({count, node}, the node projected by `project`, default
 * the whole node), one per request whose actor is mentioned anywhere.
 */
export function mentionPagesQuery(
  requests: readonly MentionPageRequest[],
  project: (v: Cypher.Variable) => Cypher.Expr = nodeRowOf,
): Query {
  const req = new Cypher.Variable();
  const matched = new Cypher.Variable();
  const actor = new Cypher.Pattern({ labels: ['Actor'], properties: { id: req.property('actor') } });
  const params = requests.map((request) => ({ key: mentionPageKey(request), ...request }));
  return Cypher.utils
    .concat(
      new Cypher.Unwind([param(params), req]),
      new Cypher.With(req, [new Cypher.Collect(mentionsOf(actor)), matched]),
      new Cypher.With(req, matched).where(Cypher.gt(Cypher.size(matched), ZERO)),
      new Cypher.Return(
        [req.property('key'), new Cypher.NamedVariable('key')],
        [Cypher.size(matched), new Cypher.NamedVariable('totalCount')],
        [
          mentionRows(matched, req.property('offset'), req.property('limit'), project),
          new Cypher.NamedVariable('rows'),
        ],
      ),
    )
    .build();
}
