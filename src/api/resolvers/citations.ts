/** Citations between resolutions: what is cited in which revision, whether that is outdated, and chains. */
import { chainSteps, citationPairsQuery, findChains } from '../../graph/queries/citation-chains';
import { citationPagesQuery } from '../../graph/queries/citation-list';
import { prefetchProjection } from '../../graph/queries/prefetch';
import type { CitationRow, ResolutionRow } from '../../graph/rows';
import type { Context } from '../context';
import type { Resolvers } from '../__generated__/resolvers-types';
import { idArgument, integerArgument, LIMITS } from '../arguments';
import { pageWindow, toConnection } from '../pagination';
import { prefetchTree } from '../prefetch';
import { textIn } from '../language';
import { firstRelated, nodeById, requiredNode, requiredNodeOf, mapPromiseOrValue } from './load';

interface CitationPairRow {
  from: string;
  to: string;
  citations: CitationRow[];
}

/** A resolution a chain names: chains are made of citations, whose ends exist. */
async function requiredResolution(ctx: Context, id: string): Promise<ResolutionRow> {
  const row = await nodeById(ctx, 'Resolution', id);
  if (!row) throw new Error(`expected the resolution ${id} of a citation chain, found none`);
  return row;
}

export const citationResolvers: Resolvers = {
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
      const project = ctx.prefetch ? (v: string) => prefetchProjection(v, prefetchTree(info)) : undefined;
      const [row] = await ctx.read(citationPagesQuery([request], project));
      return toConnection('citations', {
        totalCount: (row?.totalCount as number | undefined) ?? 0,
        offset,
        rows: (row?.rows as CitationRow[] | undefined) ?? [],
      });
    },
    citationChains: async (_, { from, to, maxDepth, direction }, ctx, info) => {
      const depth = integerArgument('maxDepth', maxDepth ?? 3, LIMITS.chainDepth);
      const way = direction ?? 'OUT';
      const project = ctx.prefetch ? (v: string) => prefetchProjection(v, prefetchTree(info)) : undefined;
      const pairs = (await ctx.read(
        citationPairsQuery(idArgument('from', from), depth, way, project),
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

  Citation: {
    source: (c, _, ctx) => requiredNode(ctx, c, 'sourceId'),
    target: (c, _, ctx) => requiredNodeOf(ctx, 'Resolution', c, 'targetId'),
    citingResolution: (c, _, ctx) => requiredNodeOf(ctx, 'Resolution', c, 'resolutionId'),
    citedRevision: (c) => (c.citedYear == null ? null : c),
    outdated: (c, _, ctx) => {
      const cited = c.citedYear;
      if (cited == null) return null;
      return mapPromiseOrValue(
        firstRelated(ctx, 'latestKnownRevision', c, 'targetId'),
        (latest) => latest !== null && latest.year > cited,
      );
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

  CitationStep: {
    from: (step, _, ctx) => requiredResolution(ctx, step.from),
    to: (step, _, ctx) => requiredResolution(ctx, step.to),
    direction: (step) => step.direction,
    citations: (step) => step.citations,
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
