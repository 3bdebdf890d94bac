/**
 * Typed access to the loaders for resolvers: a node of an expected label by id, the rows of a
 * named relation. A node of another label than expected is treated as absent. What the request
 * prefetched is returned as it is, the rest as promises of the batched loaders.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { Row } from '../../graph/database';
import { primePrefetched, primeRelated } from '../../graph/loaders';
import { emptyTree, isEmptyTree, nodeWithPrefetchQuery, type PrefetchTree } from '../../graph/queries/prefetch';
import { relatedKey, type RelationRows } from '../../graph/queries/related';
import type { AnyRow, ObligationCitationRow, RowByLabel } from '../../graph/rows';
import type { Context } from '../context';
import { prefetchTree } from '../prefetch';

/** A value now, or later: what the loaders give for prefetched keys, and for the others. */
export type Maybe<T> = T | Promise<T>;

/** `f` of the value, as soon as it is there: synchronously when it already is. */
export function then<T, U>(value: Maybe<T>, f: (value: T) => U): Maybe<U> {
  return value instanceof Promise ? value.then(f) : f(value);
}

/** Both values, synchronously when both are there. */
export function both<A, B>(a: Maybe<A>, b: Maybe<B>): Maybe<[A, B]> {
  return a instanceof Promise || b instanceof Promise ? Promise.all([a, b]) : [a, b];
}

/**
 * The rows of a relation: from what the request prefetched when it is there (synchronously, so
 * that graphql-js completes the field without a promise), else from the batched loader.
 */
export function relatedOf<R extends keyof RelationRows>(ctx: Context, rel: R, id: string): Maybe<RelationRows[R][]> {
  const primed = ctx.loaders.primed.get(relatedKey({ id, rel }));
  if (primed !== undefined) return primed as RelationRows[R][];
  return ctx.loaders.related.load({ id, rel }) as Promise<RelationRows[R][]>;
}

export function nodeOf<L extends keyof RowByLabel>(ctx: Context, label: L, id: string | null | undefined): Maybe<RowByLabel[L] | null> {
  if (id == null) return null;
  return then(relatedOf(ctx, 'self', id), ([row]) => (row !== undefined && row.nodeLabel === label ? (row as RowByLabel[L]) : null));
}

/** A node the graph's shape guarantees (a provision's section): its absence is an internal error. */
export function requiredNodeOf<L extends keyof RowByLabel>(ctx: Context, label: L, id: string | null | undefined): Maybe<RowByLabel[L]> {
  return then(nodeOf(ctx, label, id), (row) => {
    if (row === null) throw new Error(`expected a ${label} with id ${JSON.stringify(id)}, found none`);
    return row;
  });
}

/** Any node by id; null when unknown. */
export function anyNode(ctx: Context, id: string): Maybe<AnyRow | null> {
  return then(relatedOf(ctx, 'self', id), ([row]) => row ?? null);
}

/** Any node the graph's shape guarantees (a citation's source). */
export function requiredNode(ctx: Context, id: string): Maybe<AnyRow> {
  return then(anyNode(ctx, id), (row) => {
    if (row === null) throw new Error(`expected a node with id ${JSON.stringify(id)}, found none`);
    return row;
  });
}

export function firstRelated<R extends keyof RelationRows>(ctx: Context, rel: R, id: string): Maybe<RelationRows[R] | null> {
  return then(relatedOf(ctx, rel, id), (rows) => rows[0] ?? null);
}

export function lastRelated<R extends keyof RelationRows>(ctx: Context, rel: R, id: string): Maybe<RelationRows[R] | null> {
  return then(relatedOf(ctx, rel, id), (rows) => rows[rows.length - 1] ?? null);
}

/** What the citation of an obligation is made of: prefetched, or from its batched loader. */
export function citationOf(ctx: Context, obligationId: string): Maybe<ObligationCitationRow | null> {
  const primed = ctx.loaders.primed.get(`citation:${obligationId}`);
  if (primed !== undefined) return primed as ObligationCitationRow | null;
  return ctx.loaders.obligationCitations.load(obligationId);
}

/** The one related node the graph's shape guarantees (a programme's annex). */
export function requiredFirstRelated<R extends keyof RelationRows>(ctx: Context, rel: R, id: string): Maybe<RelationRows[R]> {
  return then(firstRelated(ctx, rel, id), (row) => {
    if (row === null) throw new Error(`expected ${id} to have ${rel}, found none`);
    return row;
  });
}

/**
 * Look-ahead for a lookup by id: when the selection below the field loads anything, one
 * statement fetches the node with all of it (see ../prefetch.ts) and primes the loaders, so
 * that the resolvers below find every level in their caches. Without a selection that loads,
 * nothing is done here: the lookup goes through the nodes loader and shares its batch.
 */
export async function prefetchNode(ctx: Context, info: GraphQLResolveInfo, id: string | null | undefined): Promise<void> {
  if (id == null || !ctx.prefetch) return;
  const tree = prefetchTree(info);
  if (isEmptyTree(tree)) return;
  const [found] = await ctx.read(nodeWithPrefetchQuery(id, tree));
  const row = (found?.row ?? null) as Row | null;
  if (row !== null) primePrefetched(ctx.loaders, row, tree);
  primeRelated(ctx.loaders, { id, rel: 'self' }, row === null ? [] : [row as unknown as AnyRow]);
}

/** The tree of what the selection below the field loads; empty when prefetching is off. */
export function requestedTree(ctx: Context, info: GraphQLResolveInfo): PrefetchTree {
  return ctx.prefetch ? prefetchTree(info) : emptyTree();
}
