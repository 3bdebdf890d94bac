/** Obligations at the root: pages by filter, and counts by modality and role (their fields are declared in ../fields.ts). */
import type { GraphQLResolveInfo } from 'graphql';
import { obligationPage } from '../../graph/loaders';
import {
  indexedObligationPageQuery,
  isIndexedPage,
  obligationFacetsQuery,
  obligationPagesQuery,
} from '../../graph/queries/obligations';
import { prefetchProjection } from '../../graph/queries/prefetch';
import type { ObligationRow } from '../../graph/rows';
import type { Modality } from '../../ingest/types';
import type { Resolvers, Role } from '../__generated__/resolvers-types';
import {
  idArgument,
  obligationFilterArgument,
  obligationPageRequest,
  obligationScope,
  type ObligationArgs,
} from '../arguments';
import type { Context } from '../context';
import { toConnection, type Connection } from '../pagination';
import { lookAhead } from './look-up';

/**
 * A page of obligations at the root: the page's statement also fetches what the selection below
 * its nodes loads; without a selection that loads anything, the loader's page.
 */
export async function rootObligations(
  ctx: Context,
  args: ObligationArgs,
  info: GraphQLResolveInfo,
): Promise<Connection<{ node: ObligationRow }>> {
  const request = obligationPageRequest(args);
  const scope = obligationScope(request);
  // one actor's page comes from the stored keys and tallies; other filters count every match
  const ahead = lookAhead(
    ctx,
    info,
    request,
    (tree) =>
      isIndexedPage(request)
        ? indexedObligationPageQuery(request, (v) => prefetchProjection(v, tree))
        : obligationPagesQuery([request], (v) => prefetchProjection(v, tree)),
    'loaders',
  );
  if (!ahead) return toConnection(scope, await ctx.loaders.obligationPages.load(request));
  const [row] = await ctx.read(ahead.statement);
  return toConnection(scope, obligationPage(request, row));
}

export const obligationResolvers: Pick<Resolvers, 'Query'> = {
  Query: {
    obligations: (_, { filter, first, after }, ctx, info) =>
      rootObligations(ctx, { ...obligationFilterArgument(filter), first, after }, info),
    obligationFacets: async (_, { actor, includeSubordinates, resolution }, ctx) => {
      const request = {
        actor: idArgument('actor', actor),
        includeSubordinates: includeSubordinates ?? false,
        resolution: resolution != null ? idArgument('resolution', resolution) : null,
      };
      const rows = await ctx.read(obligationFacetsQuery(request));
      return rows.map((row) => ({
        modality: row.modality as Modality,
        role: row.role as Role,
        count: row.count as number,
      }));
    },
  },
};
