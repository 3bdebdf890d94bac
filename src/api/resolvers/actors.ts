/** Actors: the hierarchy (PART_OF) and what is asked of each. */
import { actorsQuery } from '../../graph/queries/lists';
import { loadName } from '../../graph/queries/prefetch';
import type { ActorRow, MentionRow } from '../../graph/rows';
import { mentionPageLoad } from '../prefetch';
import type { Resolvers } from '../__generated__/resolvers-types';
import { listIn, textIn } from '../language';
import { pageScope, pageWindow, toConnection } from '../pagination';
import { obligationConnection } from './connections';
import { firstRelated, lookUp, prefetched, relatedOf } from './load';

export const actorResolvers: Resolvers = {
  Query: {
    actor: (_, { id }, ctx, info) => lookUp(ctx, info, 'Actor', id),
    actors: async (_, { filter, first, after }, ctx) => {
      const kind = filter?.kind ?? null;
      const scope = pageScope('actors', { kind });
      const { offset, limit } = pageWindow(scope, first, after);
      const [row] = await ctx.read(actorsQuery({ kind }, offset, limit));
      return toConnection(scope, { totalCount: row.totalCount as number, offset, rows: row.rows as ActorRow[] });
    },
  },

  Actor: {
    acronym: (a) => a.acronym ?? null,
    name: (a, { lang }) => textIn(lang, { ZH: a.nameZh, EN: a.nameEn }),
    aliases: (a, { lang }) => listIn(lang, { ZH: a.aliasesZh ?? [] }),
    parent: (a, _, ctx) => firstRelated(ctx, 'actorParent', a),
    ancestors: (a, _, ctx) => relatedOf(ctx, 'ancestors', a),
    children: (a, _, ctx) => relatedOf(ctx, 'actorChildren', a),
    obligations: (a, args, ctx) => obligationConnection(ctx, { ...args, actor: a.id }, undefined, a),
    mentionedIn: async (a, args, ctx) => {
      const load = mentionPageLoad(args);
      const fetched = prefetched(a, loadName(load)) as { totalCount: number; rows: MentionRow[] } | undefined;
      const page = fetched
        ? { totalCount: fetched.totalCount, offset: load.offset, rows: fetched.rows }
        : await ctx.loaders.mentionPages.load({ actor: a.id, offset: load.offset, limit: load.limit });
      return toConnection('mentions', page, (row) => ({ count: row.count, node: row.node }));
    },
  },
};
