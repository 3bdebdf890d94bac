/**
 * All resolvers: the root fields, one module per area of the schema, and the fields of every
 * object type, from their declarations (../fields.ts) — the area modules declare no other type's
 * fields, so that a field's loads and its resolver cannot drift apart.
 */
import type { Resolvers } from '../__generated__/resolvers-types';
import { FIELDS, fieldResolvers } from '../fields';
import { actorResolvers } from './actors';
import { citationResolvers } from './citations';
import { neighborhoodResolvers } from './neighborhood';
import { nodeResolvers } from './node';
import { obligationResolvers } from './obligations';
import { resolutionResolvers } from './resolutions';
import { searchResolvers } from './search';

type RootResolvers = Pick<Resolvers, 'Query' | 'Node'>;

const areas: RootResolvers[] = [
  nodeResolvers,
  resolutionResolvers,
  citationResolvers,
  obligationResolvers,
  actorResolvers,
  searchResolvers,
  neighborhoodResolvers,
];

/** The areas merged type by type (each area adds its own Query fields), then the declared fields. */
export const resolvers: Resolvers = [...areas, fieldResolvers(FIELDS)].reduce<Resolvers>((merged, area) => {
  for (const [type, fields] of Object.entries(area)) {
    const key = type as keyof Resolvers;
    merged[key] = { ...(merged[key] as object), ...fields } as never;
  }
  return merged;
}, {});
