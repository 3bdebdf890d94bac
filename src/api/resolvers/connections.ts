/**
 * The obligation connections (top-level, per resolution, per actor) share one loader, so that
 * the obligations of every actor in a list cost one query together.
 */
import type { GraphQLResolveInfo } from 'graphql';
import { obligationPage } from '../../graph/loaders';
import { obligationPagesQuery } from '../../graph/queries/obligations';
import { emptyTree, isEmptyTree, loadName, prefetchProjection } from '../../graph/queries/prefetch';
import type { ObligationRow } from '../../graph/rows';
import type { Modality } from '../../ingest/types';
import type { Context } from '../context';
import { pageWindow, toConnection, type Connection } from '../pagination';
import { obligationPageLoad } from '../prefetch';
import { prefetched, requestedTree } from './load';

export interface ObligationArgs {
  actor?: string | null;
  includeSubordinates?: boolean | null;
  modalities?: readonly Modality[] | null;
  resolution?: string | null;
  first?: number | null;
  after?: string | null;
}

/**
 * A page of obligations. Given `info` (a root field), the page's statement also fetches what the
 * selection below its nodes loads; given the `parent` row (an actor, a resolution), the page its
 * prefetch fetched; otherwise pages go through the loader, batched with others.
 */
export async function obligationConnection(ctx: Context, args: ObligationArgs, info?: GraphQLResolveInfo, parent?: object): Promise<Connection<{ node: ObligationRow }>> {
  const { offset, limit } = pageWindow('obligations', args.first, args.after);
  const load = parent ? obligationPageLoad(args.actor ? 'actor' : 'resolution', { ...args }) : null;
  const fetched = load && parent ? (prefetched(parent, loadName(load)) as { totalCount: number; rows: ObligationRow[] } | undefined) : undefined;
  if (fetched !== undefined) return toConnection('obligations', { totalCount: fetched.totalCount, offset, rows: fetched.rows });
  const request = {
    actor: args.actor ?? null,
    includeSubordinates: args.includeSubordinates ?? false,
    modalities: args.modalities ? [...new Set(args.modalities)].sort() : null,
    resolution: args.resolution ?? null,
    offset,
    limit,
  };
  const tree = info ? requestedTree(ctx, info) : emptyTree();
  if (isEmptyTree(tree)) return toConnection('obligations', await ctx.loaders.obligationPages.load(request));
  const [row] = await ctx.read(obligationPagesQuery([request], (v) => prefetchProjection(v, tree)));
  const page = obligationPage(request, row);
  return toConnection('obligations', page);
}
