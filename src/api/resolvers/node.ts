/** Global lookup by id (the Node interface) and what the graph is. */
import { graphMetaQuery } from '../../graph/queries/lists';
import type { Resolvers } from '../__generated__/resolvers-types';
import { idListArgument } from '../arguments';
import { lookUpAny } from './look-up';

export const nodeResolvers: Pick<Resolvers, 'Query' | 'Node'> = {
  Query: {
    node: (_, { id }, ctx, info) => lookUpAny(ctx, info, id),
    nodes: (_, { ids }, ctx) => Promise.all(idListArgument(ids).map((id) => ctx.loaders.nodes.load(id))),
    graph: async (_, __, ctx) => {
      const [row] = await ctx.read(graphMetaQuery());
      return {
        version: (row?.version as string | null) ?? ctx.graphVersion,
        loadedAt: (row?.loadedAt as string | null) ?? null,
      };
    },
  },

  Node: {
    __resolveType: (row) => row.nodeLabel,
  },
};
