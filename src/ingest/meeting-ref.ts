/**
 * A reference to one session of an assembly, as the text gives it: （2018年，迪拜，修订版）.
 * Meeting ids are MEETING-<assembly>-<year>: an assembly meets at most once a year.
 */
import { IngestError } from './ingest-error';
import type { PlaceName } from './registries';
import type { Assembly } from './types';

export interface MeetingRef {
  assembly: Assembly;
  year: number;
  cityZh: string;
  cityEn: string;
}

export function meetingId(assembly: Assembly, year: number): string {
  return `MEETING-${assembly}-${year}`;
}

/** The English name of a city the text names; an unknown place is an error, never a guess. */
export function placeEn(cityZh: string, places: readonly PlaceName[], line: number): string {
  const place = places.find((p) => p.zh === cityZh);
  if (!place)
    throw new IngestError(
      line,
      `a place name listed in the place table (${places.map((p) => p.zh).join('、')})`,
      `“${cityZh}”`,
    );
  return place.en;
}
