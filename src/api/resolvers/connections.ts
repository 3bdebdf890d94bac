/**
 * The obligation connections (top-level, per resolution, per actor) share one loader, so that
 * the obligations of every actor in a list cost one query together.
 */
import type { GraphQLResolveInfo } from 'graphql';
import { obligationPage } from '../../graph/loaders';
import { obligationPagesQuery } from '../../graph/queries/obligations';
import { emptyTree, isEmptyTree, prefetchProjection } from '../../graph/queries/prefetch';
import type { Modality } from '../../ingest/types';
import type { Context } from '../context';
import { pageWindow, toConnection } from '../pagination';
import { requestedTree } from './load';

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
 * selection below its nodes loads; otherwise pages go through the loader, batched with others.
 */
export async function obligationConnection(ctx: Context, args: ObligationArgs, info?: GraphQLResolveInfo) {
  const { offset, limit } = pageWindow('obligations', args.first, args.after);
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
