/** Citations between resolutions: what is cited in which revision, whether that is outdated, and chains. */
import { citationPairsQuery, findChains, type CitationPair } from '../../graph/queries/citation-chains';
import type { Resolvers } from '../__generated__/resolvers-types';
import { integerArgument, LIMITS } from '../arguments';
import { textIn } from '../language';
import { firstRelated, nodeById, requiredNode, requiredNodeOf, mapPromiseOrValue } from './load';

export const citationResolvers: Resolvers = {
  Query: {
    citationChains: async (_, { from, to, maxDepth }, ctx) => {
      const depth = integerArgument('maxDepth', maxDepth ?? 3, LIMITS.chainDepth);
      const pairs = (await ctx.read(citationPairsQuery(from, depth))) as unknown as CitationPair[];
      return findChains(pairs, from, to, depth).map((ids) => ({ ids }));
    },
  },

  Citation: {
    source: (c, _, ctx) => requiredNode(ctx, c, 'sourceId'),
    target: (c, _, ctx) => requiredNodeOf(ctx, 'Resolution', c, 'targetId'),
    citingResolution: (c, _, ctx) => requiredNodeOf(ctx, 'Resolution', c, 'resolutionId'),
    citedRevision: (c) => (c.citedYear == null ? null : c),
    outdated: (c, _, ctx) => {
      const cited = c.citedYear;
      if (cited == null) return null;
      return mapPromiseOrValue(firstRelated(ctx, 'latestKnownRevision', c, 'targetId'), (latest) => latest !== null && latest.year > cited);
    },
    span: (c, { lang }) => textIn(lang, { ZH: c.spanZh }),
    description: (c, { lang }) => textIn(lang, { ZH: c.descriptionZh }),
  },

  CitedRevision: {
    year: (c) => c.citedYear as number,
    city: (c, { lang }) => textIn(lang, { ZH: c.citedCityZh, EN: c.citedCityEn }),
    revised: (c) => c.citedRevised ?? null,
    meeting: (c, _, ctx) => firstRelated(ctx, 'citedMeeting', c),
  },

  CitationChain: {
    ids: (chain) => chain.ids,
    resolutions: async (chain, _, ctx) => {
      const rows = await Promise.all(chain.ids.map((id) => nodeById(ctx, 'Resolution', id)));
      return rows.filter((row) => row !== null);
    },
    length: (chain) => chain.ids.length - 1,
  },
};
