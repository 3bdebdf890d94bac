/**
 * Root fields that prefetch: the tree of what their selection loads and reads (../prefetch.ts),
 * and lookups by id that fetch the node with all of it in one statement.
 */
import type { GraphQLResolveInfo } from 'graphql';
import { emptyTree, isEmptyTree, nodeWithPrefetchQuery, type PrefetchTree } from '../../graph/queries/prefetch';
import type { AnyRow, RowByLabel } from '../../graph/rows';
import type { Context } from '../context';
import { prefetchTree } from '../prefetch';
import { ofLabel } from './load';

/** The tree of what the selection below the field loads and reads; empty when prefetching is off. */
export function requestedTree(ctx: Context, info: GraphQLResolveInfo): PrefetchTree {
  return ctx.prefetch ? prefetchTree(info) : emptyTree();
}

/**
 * A lookup by id at the root: when the selection below loads anything, one statement fetches
 * the node with all of it, each row with only the properties its selection reads. Otherwise
 * the nodes loader gives the full row, batched with the other lookups of the request.
 */
export async function lookUpAny(ctx: Context, info: GraphQLResolveInfo, id: string): Promise<AnyRow | null> {
  const tree = requestedTree(ctx, info);
  if (isEmptyTree(tree)) return ctx.loaders.nodes.load(id);
  const [found] = await ctx.read(nodeWithPrefetchQuery(id, tree));
  return (found?.row ?? null) as AnyRow | null;
}

/** `lookUpAny` for a node of `label`: one of another label is treated as absent. */
export async function lookUp<L extends keyof RowByLabel>(
  ctx: Context,
  info: GraphQLResolveInfo,
  label: L,
  id: string,
): Promise<RowByLabel[L] | null> {
  return ofLabel(label, await lookUpAny(ctx, info, id));
}
