/**
 * Relations: the ways from a node to its related nodes, and the batched query that answers many
 * (node id, relation) keys at once. A relation is a syntax-tree builder, not text: each use gets
 * fresh variables, so that it nests anywhere — a UNION branch of the loaders' batched query, a
 * COLLECT subquery of a prefetching statement — and both return the same rows in the same order.
 *
 * Simple relations (one relationship type, one direction) are declared where the API declares
 * the field that follows them (src/api/fields.ts, with `follow`); the ones below need more than
 * one pattern and are shared by several fields.
 */
import { Cypher, param, nodeRowOf, ONE, TWO, ZERO } from './cypher';
import type { AnyRow, MeetingRow, ActorRow, CitationRow } from '../rows';
import type { Query } from '../database';

/** What a relation matches from its source: clauses that bind `target`, and its sort key. */
export interface RelationMatch {
  clauses: Cypher.Clause[];
  target: Cypher.Variable;
  /** A list: the related nodes come in its ascending order. */
  sort: Cypher.Expr;
}

/**
 * A named way from a node to related nodes of row type `Row`. The name is the relation's key in
 * the loaders' cache and in prefetched rows: it is unique (a test checks it over every field).
 */
export interface Relation<Row extends AnyRow = AnyRow> {
  readonly name: string;
  match(source: Cypher.Variable): RelationMatch;
  /** Never set: carries the row type. */
  readonly rowType?: Row;
}

export function relation<Row extends AnyRow>(
  name: string,
  match: (source: Cypher.Variable) => RelationMatch,
): Relation<Row> {
  return { name, match };
}

export interface Step {
  /** The relationship type, and whether it leaves the source (`out`) or arrives at it (`in`). */
  type: string;
  direction: 'out' | 'in';
  /** The related node's label. */
  label?: string;
  /** The sort key of a related node `m` reached through `r` (default: its id). */
  orderBy?: (m: Cypher.Node, r: Cypher.Relationship) => Cypher.Expr[];
}

/** Along one relationship type to the nodes of one label: `(n)-[r:TYPE]->(m:Label)`. */
export function follow<Row extends AnyRow>(name: string, step: Step): Relation<Row> {
  return relation(name, (source) => {
    const m = new Cypher.Node();
    const r = new Cypher.Relationship();
    const pattern = new Cypher.Pattern(source)
      .related(r, { type: step.type, direction: step.direction === 'out' ? 'right' : 'left' })
      .to(m, step.label ? { labels: [step.label] } : {});
    const sort = step.orderBy ? step.orderBy(m, r) : [m.property('id')];
    return { clauses: [new Cypher.Match(pattern)], target: m, sort: new Cypher.List(sort) };
  });
}

/** The node itself: lookups by id share the batch of the relations asked in the same tick. */
export const SELF = relation<AnyRow>('self', (source) => ({ clauses: [], target: source, sort: new Cypher.List([]) }));

/** Actors in the order the text names them (the relationship's own order). */
export function actorOrder(m: Cypher.Node, r: Cypher.Relationship): Cypher.Expr[] {
  return [Cypher.coalesce(r.property('order'), r.property('ordinal'), r.property('position'), ZERO), m.property('id')];
}

/** Document order of a node that can hold a citation: provisions, then the annex, then its items. */
function documentOrder(s: Cypher.Node): Cypher.Expr[] {
  const rank = new Cypher.Case().when(s.hasLabel('Provision')).then(ZERO).when(s.hasLabel('Annex')).then(ONE).else(TWO);
  return [rank, Cypher.coalesce(s.property('ordinal'), ZERO)];
}

/**
 * The latest meeting known to have adopted a version, by year (then id): from the node's own
 * history and from the revisions others cite.
 */
export const LATEST_KNOWN_REVISION = relation<MeetingRow>('latestKnownRevision', (n) => {
  const own = new Cypher.Node();
  const cited = new Cypher.Node();
  const m = new Cypher.Variable();
  const history = new Cypher.Pattern(n)
    .related({ type: Cypher.labelExpr.or('ADOPTED_AT', 'REVISED_AT', 'TEXT_ADOPTED_BY'), direction: 'right' })
    .to(own, { labels: ['Meeting'] });
  const citedRevisions = new Cypher.Pattern(n)
    .related({ type: 'CITES', direction: 'left' })
    .to({ labels: ['Citation'] })
    .related({ type: 'CITES_REVISION', direction: 'right' })
    .to(cited, { labels: ['Meeting'] });
  const meetings = Cypher.plus(
    new Cypher.Collect(new Cypher.Match(history).return(own)),
    new Cypher.Collect(new Cypher.Match(citedRevisions).return(cited)),
  );
  const latest = new Cypher.With(m)
    .distinct()
    .orderBy([m.property('year'), 'DESC'], [m.property('id'), 'DESC'])
    .limit(Cypher.toInteger(ONE));
  return { clauses: [new Cypher.Unwind([meetings, m]), latest], target: m, sort: new Cypher.List([]) };
});

/** The citations a resolution's text makes, in document order. */
export const CITES = relation<CitationRow>('cites', (n) => {
  const s = new Cypher.Node();
  const m = new Cypher.Node();
  const pattern = new Cypher.Pattern(s)
    .related({ type: 'HAS_CITATION', direction: 'right' })
    .to(m, { labels: ['Citation'], properties: { resolutionId: n.property('id') } });
  return {
    clauses: [new Cypher.Match(pattern)],
    target: m,
    sort: new Cypher.List([...documentOrder(s), m.property('spanStart'), m.property('id')]),
  };
});

/** The citations of a resolution by others, by citing resolution, then in document order. */
export const CITED_BY = relation<CitationRow>('citedBy', (n) => {
  const s = new Cypher.Node();
  const m = new Cypher.Node();
  const pattern = new Cypher.Pattern(s)
    .related({ type: 'HAS_CITATION', direction: 'right' })
    .to(m, { labels: ['Citation'] })
    .related({ type: 'CITES', direction: 'right' })
    .to(n);
  return {
    clauses: [new Cypher.Match(pattern)],
    target: m,
    sort: new Cypher.List([m.property('resolutionId'), ...documentOrder(s), m.property('spanStart'), m.property('id')]),
  };
});

/** An actor's ancestors, nearest first (the bound keeps a corrupt cycle finite). */
export const ANCESTORS = relation<ActorRow>('ancestors', (n) => {
  const m = new Cypher.Node();
  const steps = new Cypher.Relationship();
  const pattern = new Cypher.Pattern(n)
    .related(steps, { type: 'PART_OF', direction: 'right', length: { min: 1, max: 20 } })
    .to(m, { labels: ['Actor'] });
  return {
    clauses: [new Cypher.Match(pattern).shortest(1)],
    target: m,
    sort: new Cypher.List([Cypher.size(steps), m.property('id')]),
  };
});

export interface RelatedKey {
  id: string;
  relation: Relation;
}

/** The cache key of a related key: `relation:id`. */
export function relatedKey({ id, relation }: RelatedKey): string {
  return `${relation.name}:${id}`;
}

/** The named columns every UNION branch of `relatedQuery` returns. */
const RELATED = new Cypher.NamedVariable('related');
const SORT = new Cypher.NamedVariable('sort');

/**
 * One query for all keys: rows `key` (as `relatedKey` makes it) and `rows`, the related nodes
 * in order. It holds one UNION branch per relation present in the batch, each guarded by the
 * key's relation, so that a single round trip serves every relation asked for in the same tick.
 * Keys with nothing related give no row.
 */
export function relatedQuery(keys: readonly RelatedKey[]): Query {
  const relations = new Map<string, Relation>();
  for (const key of keys) relations.set(key.relation.name, key.relation);
  const names = [...relations.keys()].sort();
  const n = new Cypher.Node();
  const key = new Cypher.Variable();
  const branches = names.map((name) => {
    const { clauses, target, sort } = relations.get(name)!.match(n);
    return Cypher.utils.concat(
      new Cypher.With(n, key).where(Cypher.eq(key.property('relation'), param(name))),
      ...clauses,
      new Cypher.Return([target, RELATED], [sort, SORT]),
    );
  });
  const statement = Cypher.utils.concat(
    new Cypher.Unwind([param(keys.map((k) => ({ id: k.id, relation: k.relation.name, key: relatedKey(k) }))), key]),
    new Cypher.Match(new Cypher.Pattern(n, { labels: ['Entity'], properties: { id: key.property('id') } })),
    new Cypher.Call(branches.length === 1 ? branches[0] : new Cypher.Union(...branches), [n, key]),
    new Cypher.With(key, RELATED, SORT).orderBy(SORT),
    new Cypher.Return(
      [key.property('key'), new Cypher.NamedVariable('key')],
      [Cypher.collect(nodeRowOf(RELATED)), new Cypher.NamedVariable('rows')],
    ),
  );
  return statement.build();
}
