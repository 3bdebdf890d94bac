/** Actors: one by id, and the list of them (their fields are declared in ../fields.ts). */
import { actorsQuery } from '../../graph/queries/lists';
import type { ActorRow } from '../../graph/rows';
import type { Resolvers } from '../__generated__/resolvers-types';
import { pageScope, pageWindow, toConnection } from '../pagination';
import { lookUp } from './look-up';

export const actorResolvers: Pick<Resolvers, 'Query'> = {
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
};
