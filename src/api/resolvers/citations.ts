/** Citations at the root: pages by filter, and chains between resolutions (their fields are declared in ../fields.ts). */
import { chainSteps, citationPairsQuery, findChains } from '../../graph/queries/citation-chains';
import { citationPagesQuery } from '../../graph/queries/citation-list';
import { prefetchProjection } from '../../graph/queries/prefetch';
import type { CitationRow } from '../../graph/rows';
import type { Resolvers } from '../__generated__/resolvers-types';
import { idArgument, integerArgument, LIMITS } from '../arguments';
import { pageWindow, toConnection } from '../pagination';
import { lookAhead } from './look-up';

interface CitationPairRow {
  from: string;
  to: string;
  citations: CitationRow[];
}

export const citationResolvers: Pick<Resolvers, 'Query'> = {
  Query: {
    citations: async (_, { filter, first, after }, ctx, info) => {
      const { offset, limit } = pageWindow('citations', first, after);
      const request = {
        target: filter?.target != null ? idArgument('filter.target', filter.target) : null,
        citingResolution:
          filter?.citingResolution != null ? idArgument('filter.citingResolution', filter.citingResolution) : null,
        outdated: filter?.outdated ?? null,
        offset,
        limit,
      };
      const ahead = lookAhead(ctx, info, request, (tree) =>
        citationPagesQuery([request], (v) => prefetchProjection(v, tree)),
      );
      const [row] = await ctx.read(ahead?.statement ?? citationPagesQuery([request]));
      return toConnection('citations', {
        totalCount: (row?.totalCount as number | undefined) ?? 0,
        offset,
        rows: (row?.rows as CitationRow[] | undefined) ?? [],
      });
    },
    citationChains: async (_, { from, to, maxDepth, direction }, ctx, info) => {
      const depth = integerArgument('maxDepth', maxDepth ?? 3, LIMITS.chainDepth);
      const way = direction ?? 'OUT';
      const start = idArgument('from', from);
      const ahead = lookAhead(ctx, info, [start, depth, way], (tree) =>
        citationPairsQuery(start, depth, way, (v) => prefetchProjection(v, tree)),
      );
      const pairs = (await ctx.read(
        ahead?.statement ?? citationPairsQuery(start, depth, way),
      )) as unknown as CitationPairRow[];
      const citations = new Map(pairs.map((p) => [`${p.from}\u0000${p.to}`, p.citations]));
      return findChains(pairs, from, idArgument('to', to), depth, 100, way).map((ids) => ({
        ids,
        steps: chainSteps(ids, pairs).map((step) => {
          const [citing, cited] = step.direction === 'OUT' ? [step.from, step.to] : [step.to, step.from];
          return { ...step, citations: citations.get(`${citing}\u0000${cited}`) ?? [] };
        }),
      }));
    },
  },
};
