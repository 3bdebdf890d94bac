/** Obligations: who is asked to do what, and how to cite it. */
import { obligationFacetsQuery } from '../../graph/queries/obligations';
import type { Modality } from '../../ingest/types';
import type { Resolvers, Role } from '../__generated__/resolvers-types';
import { idArgument, obligationFilterArgument } from '../arguments';
import { listIn, obligationCitation } from '../language';
import { obligationConnection } from './connections';
import { citationOf, nodeOf, relatedOf, requiredNode, requiredNodeOf, mapPromiseOrValue } from './load';

export const obligationResolvers: Resolvers = {
  Query: {
    obligations: (_, { filter, first, after }, ctx, info) =>
      obligationConnection(ctx, { ...obligationFilterArgument(filter), first, after }, info),
    obligationFacets: async (_, { actor, includeSubordinates, resolution }, ctx) => {
      const request = {
        actor: idArgument('actor', actor),
        includeSubordinates: includeSubordinates ?? false,
        resolution: resolution != null ? idArgument('resolution', resolution) : null,
      };
      const rows = await ctx.read(obligationFacetsQuery(request));
      return rows.map((row) => ({
        modality: row.modality as Modality,
        role: row.role as Role,
        count: row.count as number,
      }));
    },
  },

  Obligation: {
    resolution: (o, _, ctx) => requiredNodeOf(ctx, 'Resolution', o, 'resolutionId'),
    provision: (o, _, ctx) => nodeOf(ctx, 'Provision', o, 'sourceId'),
    source: (o, _, ctx) => requiredNode(ctx, o, 'sourceId'),
    addressees: (o, _, ctx) => relatedOf(ctx, 'addressees', o),
    collaborators: (o, _, ctx) => relatedOf(ctx, 'collaborators', o),
    roleOf: async (o, { actor }, ctx) => {
      const id = idArgument('actor', actor);
      const [addressees, collaborators] = await Promise.all([
        relatedOf(ctx, 'addressees', o),
        relatedOf(ctx, 'collaborators', o),
      ]);
      if (addressees.some((a) => a.id === id)) return 'ADDRESSEE';
      return collaborators.some((a) => a.id === id) ? 'COLLABORATOR' : null;
    },
    conditions: (o, { lang }) => listIn(lang, { ZH: o.conditionsZh ?? [] }),
    citation: (o, { lang }, ctx) =>
      mapPromiseOrValue(citationOf(ctx, o), (parts) => (parts ? obligationCitation(lang, parts) : null)),
  },
};
