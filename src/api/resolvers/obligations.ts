/** Obligations: who is asked to do what, and how to cite it. */
import type { Resolvers } from '../__generated__/resolvers-types';
import { listIn, obligationCitation } from '../language';
import { obligationConnection } from './connections';
import { citationOf, nodeOf, relatedOf, requiredNode, requiredNodeOf, mapPromiseOrValue } from './load';

export const obligationResolvers: Resolvers = {
  Query: {
    obligations: (_, { filter, first, after }, ctx, info) => obligationConnection(ctx, { ...filter, first, after }, info),
  },

  Obligation: {
    resolution: (o, _, ctx) => requiredNodeOf(ctx, 'Resolution', o, 'resolutionId'),
    provision: (o, _, ctx) => nodeOf(ctx, 'Provision', o, 'sourceId'),
    source: (o, _, ctx) => requiredNode(ctx, o, 'sourceId'),
    addressees: (o, _, ctx) => relatedOf(ctx, 'addressees', o),
    collaborators: (o, _, ctx) => relatedOf(ctx, 'collaborators', o),
    conditions: (o, { lang }) => listIn(lang, { ZH: o.conditionsZh ?? [] }),
    citation: (o, { lang }, ctx) => mapPromiseOrValue(citationOf(ctx, o), (parts) => (parts ? obligationCitation(lang, parts) : null)),
  },
};
