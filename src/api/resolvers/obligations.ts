/** Obligations: who is asked to do what (their fields are declared in ../fields.ts). */
import type { GraphQLResolveInfo } from 'graphql';
import { obligationPage } from '../../graph/loaders';
import { obligationPagesQuery } from '../../graph/queries/obligations';
import { isEmptyTree, prefetchProjection } from '../../graph/queries/prefetch';
import type { ObligationRow } from '../../graph/rows';
import type { Resolvers } from '../__generated__/resolvers-types';
import { obligationPageRequest, type ObligationArgs } from '../arguments';
import type { Context } from '../context';
import { toConnection, type Connection } from '../pagination';
import { requestedTree } from './look-up';

/**
 * A page of obligations at the root: the page's statement also fetches what the selection below
 * its nodes loads; with nothing to prefetch, the page goes through the loader.
 */
async function obligationConnection(ctx: Context, args: ObligationArgs, info: GraphQLResolveInfo): Promise<Connection<{ node: ObligationRow }>> {
  const request = obligationPageRequest(args);
  const tree = requestedTree(ctx, info);
  if (isEmptyTree(tree)) return toConnection('obligations', await ctx.loaders.obligationPages.load(request));
  const [row] = await ctx.read(obligationPagesQuery([request], (o) => prefetchProjection(o, tree)));
  return toConnection('obligations', obligationPage(request, row));
}

export const obligationResolvers: Pick<Resolvers, 'Query' | 'Node'> = {
  Query: {
    obligations: (_, { filter, first, after }, ctx, info) => obligationConnection(ctx, { ...filter, first, after }, info),
  },
};
