/**
 * Typed access to the loaders for resolvers: a node of an expected label by id, the rows of a
 * named relation. A node of another label than expected is treated as absent.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { Row } from '../../graph/database';
import { primePrefetched } from '../../graph/loaders';
import { emptyTree, isEmptyTree, nodeWithPrefetchQuery, type PrefetchTree } from '../../graph/queries/prefetch';
import type { RelationRows } from '../../graph/queries/related';
import type { AnyRow, RowByLabel } from '../../graph/rows';
import type { Context } from '../context';
import { prefetchTree } from '../prefetch';

export async function nodeOf<L extends keyof RowByLabel>(
  ctx: Context,
  label: L,
  id: string | null | undefined,
): Promise<RowByLabel[L] | null> {
  if (id == null) return null;
  const row = await ctx.loaders.nodes.load(id);
  return row !== null && row.nodeLabel === label ? (row as RowByLabel[L]) : null;
}

/** A node the graph's shape guarantees (a provision's section): its absence is an internal error. */
export async function requiredNodeOf<L extends keyof RowByLabel>(
  ctx: Context,
  label: L,
  id: string | null | undefined,
): Promise<RowByLabel[L]> {
  const row = await nodeOf(ctx, label, id);
  if (row === null) throw new Error(`expected a ${label} with id ${JSON.stringify(id)}, found none`);
  return row;
}

/** Any node the graph's shape guarantees (a citation's source). */
export async function requiredNode(ctx: Context, id: string): Promise<AnyRow> {
  const row = await ctx.loaders.nodes.load(id);
  if (row === null) throw new Error(`expected a node with id ${JSON.stringify(id)}, found none`);
  return row;
}

export function relatedOf<R extends keyof RelationRows>(ctx: Context, rel: R, id: string): Promise<RelationRows[R][]> {
  return ctx.loaders.related.load({ id, rel }) as Promise<RelationRows[R][]>;
}

export async function firstRelated<R extends keyof RelationRows>(ctx: Context, rel: R, id: string): Promise<RelationRows[R] | null> {
  const rows = await relatedOf(ctx, rel, id);
  return rows[0] ?? null;
}

export async function lastRelated<R extends keyof RelationRows>(ctx: Context, rel: R, id: string): Promise<RelationRows[R] | null> {
  const rows = await relatedOf(ctx, rel, id);
  return rows[rows.length - 1] ?? null;
}

/** The one related node the graph's shape guarantees (a programme's annex). */
export async function requiredFirstRelated<R extends keyof RelationRows>(ctx: Context, rel: R, id: string): Promise<RelationRows[R]> {
  const row = await firstRelated(ctx, rel, id);
  if (row === null) throw new Error(`expected ${id} to have ${rel}, found none`);
  return row;
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
  ctx.loaders.related.prime({ id, rel: 'self' }, row === null ? [] : [row as unknown as AnyRow]);
}

/** The tree of what the selection below the field loads; empty when prefetching is off. */
export function requestedTree(ctx: Context, info: GraphQLResolveInfo): PrefetchTree {
  return ctx.prefetch ? prefetchTree(info) : emptyTree();
}
