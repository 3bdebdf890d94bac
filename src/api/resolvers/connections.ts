/**
 * The obligation connections (top-level, per resolution, per actor) share one loader, so that
 * the obligations of every actor in a list cost one query together.
 */
import type { Modality } from '../../ingest/types';
import type { Context } from '../context';
import { pageWindow, toConnection } from '../pagination';

export interface ObligationArgs {
  actor?: string | null;
  includeSubordinates?: boolean | null;
  modalities?: readonly Modality[] | null;
  resolution?: string | null;
  first?: number | null;
  after?: string | null;
}

export async function obligationConnection(ctx: Context, args: ObligationArgs) {
  const { offset, limit } = pageWindow('obligations', args.first, args.after);
  const page = await ctx.loaders.obligationPages.load({
    actor: args.actor ?? null,
    includeSubordinates: args.includeSubordinates ?? false,
    modalities: args.modalities ? [...new Set(args.modalities)].sort() : null,
    resolution: args.resolution ?? null,
    offset,
    limit,
  });
  return toConnection('obligations', page);
}
