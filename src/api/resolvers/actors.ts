/** Actors: the hierarchy (PART_OF) and what is asked of each. */
import { actorsQuery } from '../../graph/queries/lists';
import type { ActorRow } from '../../graph/rows';
import type { Resolvers } from '../__generated__/resolvers-types';
import { listIn, textIn } from '../language';
import { pageWindow, toConnection } from '../pagination';
import { obligationConnection } from './connections';
import { firstRelated, nodeOf, prefetchNode, relatedOf } from './load';

export const actorResolvers: Resolvers = {
  Query: {
    actor: async (_, { id }, ctx, info) => {
      await prefetchNode(ctx, info, id);
      return nodeOf(ctx, 'Actor', id);
    },
    actors: async (_, { filter, first, after }, ctx) => {
      const { offset, limit } = pageWindow('actors', first, after);
      const [row] = await ctx.read(actorsQuery({ kind: filter?.kind ?? null }, offset, limit));
      return toConnection('actors', { totalCount: row.totalCount as number, offset, rows: row.rows as ActorRow[] });
    },
  },

  Actor: {
    acronym: (a) => a.acronym ?? null,
    name: (a, { lang }) => textIn(lang, { ZH: a.nameZh, EN: a.nameEn }),
    aliases: (a, { lang }) => listIn(lang, { ZH: a.aliasesZh ?? [] }),
    parent: (a, _, ctx) => firstRelated(ctx, 'actorParent', a.id),
    ancestors: (a, _, ctx) => relatedOf(ctx, 'ancestors', a.id),
    children: (a, _, ctx) => relatedOf(ctx, 'actorChildren', a.id),
    obligations: (a, args, ctx) => obligationConnection(ctx, { ...args, actor: a.id }),
  },
};
