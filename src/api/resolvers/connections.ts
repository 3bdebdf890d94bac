/**
 * The obligation connections (top-level, per resolution, per actor) share one loader, so that
 * the obligations of every actor in a list cost one query together.
 */
import type { GraphQLResolveInfo } from 'graphql';
import { obligationPage } from '../../graph/loaders';
import { obligationPagesQuery } from '../../graph/queries/obligations';
import { emptyTree, isEmptyTree, loadName, prefetchProjection } from '../../graph/queries/prefetch';
import type { ObligationRow } from '../../graph/rows';
import { obligationPageRequest, obligationScope, type ObligationArgs } from '../arguments';
import type { Context } from '../context';
import { toConnection, type Connection } from '../pagination';
import { obligationPageLoad } from '../prefetch';
import { prefetched, requestedTree } from './load';

/**
 * A page of obligations. Given `info` (a root field), the page's statement also fetches what the
 * selection below its nodes loads; given the `parent` row (an actor, a resolution), the page its
 * prefetch fetched; otherwise pages go through the loader, batched with others.
 */
export async function obligationConnection(
  ctx: Context,
  args: ObligationArgs,
  info?: GraphQLResolveInfo,
  parent?: object,
): Promise<Connection<{ node: ObligationRow }>> {
  const request = obligationPageRequest(args);
  const scope = obligationScope(request);
  if (parent) {
    const load = obligationPageLoad(request.actor ? 'actor' : 'resolution', request);
    const fetched = prefetched(parent, loadName(load)) as { totalCount: number; rows: ObligationRow[] } | undefined;
    if (fetched !== undefined)
      return toConnection(scope, { totalCount: fetched.totalCount, offset: request.offset, rows: fetched.rows });
  }
  const tree = info ? requestedTree(ctx, info) : emptyTree();
  if (isEmptyTree(tree)) return toConnection(scope, await ctx.loaders.obligationPages.load(request));
  const [row] = await ctx.read(obligationPagesQuery([request], (v) => prefetchProjection(v, tree)));
  const page = obligationPage(request, row);
  return toConnection(scope, page);
}
