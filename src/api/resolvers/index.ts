/** All resolvers, one module per area of the schema. */
import type { Resolvers } from '../__generated__/resolvers-types';
import { actorResolvers } from './actors';
import { citationResolvers } from './citations';
import { identifierResolvers } from './identifiers';
import { neighborhoodResolvers } from './neighborhood';
import { nodeResolvers } from './node';
import { obligationResolvers } from './obligations';
import { resolutionResolvers } from './resolutions';
import { searchResolvers } from './search';

const areas: Resolvers[] = [
  nodeResolvers,
  resolutionResolvers,
  citationResolvers,
  obligationResolvers,
  actorResolvers,
  searchResolvers,
  neighborhoodResolvers,
  identifierResolvers,
];

/** The areas merged type by type (each area adds its own Query fields). */
export const resolvers: Resolvers = areas.reduce<Resolvers>((merged, area) => {
  for (const [type, fields] of Object.entries(area)) {
    const key = type as keyof Resolvers;
    merged[key] = { ...(merged[key] as object), ...fields } as never;
  }
  return merged;
}, {});
