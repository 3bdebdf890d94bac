/**
 * Checks of the arguments that GraphQL's types alone cannot express: ranges, non-empty text.
 * Each failure is BAD_USER_INPUT naming the argument, what was expected and what was received.
 */
import type { ObligationPageRequest } from '../graph/queries/obligations';
import type { Modality } from '../ingest/types';
import { BadUserInputError } from './errors';
import { pageWindow } from './pagination';

export const LIMITS = {
  neighborhoodDepth: { min: 0, max: 3 },
  neighborhoodLimit: { min: 1, max: 500 },
  chainDepth: { min: 1, max: 5 },
  searchText: { max: 200 },
  nodeIds: { max: 100 },
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
    throw new BadUserInputError(`expected "text" to hold at least one non-blank character, got ${JSON.stringify(text)}`, 'text');
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

/** The arguments of an obligations connection (top-level, per resolution, per actor). */
export interface ObligationArgs {
  actor?: string | null;
  includeSubordinates?: boolean | null;
  modalities?: readonly Modality[] | null;
  resolution?: string | null;
  first?: number | null;
  after?: string | null;
}

/**
 * The page of obligations the arguments ask for: `first` and `after` checked, modalities
 * deduplicated and sorted, so that equal requests are equal (one loader key, one load name).
 */
export function obligationPageRequest(args: ObligationArgs): ObligationPageRequest {
  const { offset, limit } = pageWindow('obligations', args.first, args.after);
  return {
    actor: args.actor ?? null,
    includeSubordinates: args.includeSubordinates ?? false,
    modalities: args.modalities ? [...new Set(args.modalities)].sort() : null,
    resolution: args.resolution ?? null,
    offset,
    limit,
  };
}
