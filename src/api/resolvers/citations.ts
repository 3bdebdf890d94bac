/** Citation chains between resolutions (the fields of citations are declared in ../fields.ts). */
import { citationPairsQuery, findChains, type CitationPair } from '../../graph/queries/citation-chains';
import type { Resolvers } from '../__generated__/resolvers-types';
import { integerArgument, LIMITS } from '../arguments';

export const citationResolvers: Pick<Resolvers, 'Query' | 'Node'> = {
  Query: {
    citationChains: async (_, { from, to, maxDepth }, ctx) => {
      const depth = integerArgument('maxDepth', maxDepth ?? 3, LIMITS.chainDepth);
      const pairs = (await ctx.read(citationPairsQuery(from, depth))) as unknown as CitationPair[];
      return findChains(pairs, from, to, depth).map((ids) => ({ ids }));
    },
  },
};
