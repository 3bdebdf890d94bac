/** Resolutions: one by id, and the list of them (their fields are declared in ../fields.ts). */
import { resolutionsQuery } from '../../graph/queries/lists';
import type { PageRows, ResolutionRow } from '../../graph/rows';
import type { Resolvers } from '../__generated__/resolvers-types';
import { pageScope, pageWindow, toConnection } from '../pagination';
import { lookUp } from './look-up';

export const resolutionResolvers: Pick<Resolvers, 'Query'> = {
  Query: {
    resolution: (_, { id }, ctx, info) => lookUp(ctx, info, 'Resolution', id),
    resolutions: async (_, { filter, first, after }, ctx) => {
      const listFilter = { assembly: filter?.assembly ?? null, textLoaded: filter?.textLoaded ?? null };
      const scope = pageScope('resolutions', listFilter);
      const { offset, limit } = pageWindow(scope, first, after);
      const query = resolutionsQuery(listFilter, offset, limit);
      const [row] = await ctx.read(query);
      const page: PageRows<ResolutionRow> = {
        totalCount: row.totalCount as number,
        offset,
        rows: row.rows as ResolutionRow[],
      };
      return toConnection(scope, page);
    },
  },
};
