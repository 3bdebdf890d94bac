/**
 * Checks of the arguments that GraphQL's types alone cannot express: ranges, non-empty text.
 * Each failure is BAD_USER_INPUT naming the argument, what was expected and what was received.
 */
import type { ObligationPageRequest, RoleFilter } from '../graph/queries/obligations';
import type { Modality } from '../ingest/types';
import { BadUserInputError } from './errors';
import { pageScope, pageWindow } from './pagination';

export const LIMITS = {
  neighborhoodDepth: { min: 0, max: 3 },
  neighborhoodLimit: { min: 1, max: 500 },
  chainDepth: { min: 1, max: 5 },
  searchText: { max: 200 },
  conditionText: { max: 200 },
  searchKinds: { min: 1, max: 8 },
  nodeIds: { max: 100 },
  id: { max: 200 },
} as const;

/** The value, checked to be an integer from `min` to `max`. */
export function integerArgument(name: string, value: number, { min, max }: { min: number; max: number }): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new BadUserInputError(`expected "${name}" to be an integer from ${min} to ${max}, got ${value}`, name);
  }
  return value;
}

/** The search text, trimmed; it must hold something to search for. */
export function searchTextArgument(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') {
    throw new BadUserInputError(
      `expected "text" to hold at least one non-blank character, got ${JSON.stringify(text)}`,
      'text',
    );
  }
  if ([...trimmed].length > LIMITS.searchText.max) {
    throw new BadUserInputError(
      `expected "text" to be at most ${LIMITS.searchText.max} characters long, got ${[...trimmed].length}`,
      'text',
    );
  }
  return trimmed;
}

export function idListArgument(ids: readonly string[]): readonly string[] {
  if (ids.length > LIMITS.nodeIds.max) {
    throw new BadUserInputError(`expected at most ${LIMITS.nodeIds.max} "ids", got ${ids.length}`, 'ids');
  }
  return ids;
}

/** The filter of the obligations listing: a role is some actor's, so it needs `actor`. */
export function obligationFilterArgument<F extends { actor?: string | null; role?: RoleFilter | null }>(
  filter: F | null | undefined,
): F | Record<string, never> {
  if (filter?.role != null && filter.actor == null) {
    throw new BadUserInputError(
      `expected "filter.actor" with "filter.role" (the role is that actor's), got role ${filter.role} and no actor`,
      'filter.role',
    );
  }
  return filter ?? {};
}

/** The text of a condition to look for: non-blank, at most LIMITS.conditionText.max characters, trimmed. */
export function conditionArgument(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '' || [...trimmed].length > LIMITS.conditionText.max) {
    throw new BadUserInputError(
      `expected "condition" to hold 1 to ${LIMITS.conditionText.max} non-blank characters, got ${[...trimmed].length}`,
      'condition',
    );
  }
  return trimmed;
}

/** A non-blank id of at most LIMITS.id.max characters (`name` is the argument's path, e.g. filter.resolution). */
export function idArgument(name: string, id: string): string {
  if (id.trim() === '' || [...id].length > LIMITS.id.max) {
    throw new BadUserInputError(
      `expected "${name}" to be a non-blank id of at most ${LIMITS.id.max} characters, got ${JSON.stringify(id.slice(0, 40))}`,
      name,
    );
  }
  return id;
}

/** A list of enum values with at least `min` and at most `max` distinct values; duplicates dropped, order kept. */
export function enumListArgument<T extends string>(
  name: string,
  values: readonly T[],
  { min, max }: { min: number; max: number },
): T[] {
  const distinct = [...new Set(values)];
  if (distinct.length < min || distinct.length > max) {
    throw new BadUserInputError(
      `expected "${name}" to hold ${min} to ${max} distinct values (omit it for all), got ${distinct.length}`,
      name,
    );
  }
  return distinct;
}

/** The arguments of an obligations connection (top-level, per resolution, per actor). */
export interface ObligationArgs {
  actor?: string | null;
  role?: RoleFilter | null;
  includeSubordinates?: boolean | null;
  modalities?: readonly Modality[] | null;
  conditional?: boolean | null;
  condition?: string | null;
  resolution?: string | null;
  first?: number | null;
  after?: string | null;
}

/**
 * The page of obligations the arguments ask for: `first` and `after` checked, modalities
 * deduplicated and sorted, so that equal requests are equal (one loader key, one load name).
 */
export function obligationPageRequest(args: ObligationArgs): ObligationPageRequest {
  const filter = {
    actor: args.actor ?? null,
    role: args.role ?? 'ADDRESSEE',
    includeSubordinates: args.includeSubordinates ?? false,
    modalities: args.modalities ? [...new Set(args.modalities)].sort() : null,
    conditional: args.conditional ?? null,
    condition: args.condition != null ? conditionArgument(args.condition) : null,
    resolution: args.resolution ?? null,
  };
  const { offset, limit } = pageWindow(obligationScope(filter), args.first, args.after);
  return { ...filter, offset, limit };
}

/** The scope of an obligations cursor: the filter, the parent actor or resolution included. */
export function obligationScope(
  request: Pick<ObligationPageRequest, 'actor' | 'includeSubordinates' | 'modalities' | 'resolution'>,
): string {
  const { actor, includeSubordinates, modalities, resolution } = request;
  return pageScope('obligations', { actor, includeSubordinates, modalities, resolution });
}
