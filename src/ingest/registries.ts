/**
 * The curated registries the ingest reads beside the text (seed/actors.json, seed/facts.json):
 * the actors with every form under which a text names them, the facts confirmed about cited
 * resolutions, and the place names. `parseRegistries` checks their shape and consistency and
 * throws a RegistryError listing every problem; it never repairs data.
 */
import type { ActorKind } from './types';

export interface ActorEntry {
  id: string;
  kind: ActorKind;
  acronym: string | null;
  nameZh: string;
  nameEn: string;
  /** The actor this one is part of; null at the top of the hierarchy. */
  parent: string | null;
  /** Every form under which a text names the actor (Chinese names and the English acronyms used in Chinese text). */
  aliasesZh: string[];
}

export interface MeetingFact {
  year: number;
  cityEn: string;
}

export interface ResolutionFact {
  id: string;
  titleEn: string | null;
  noteEn: string | null;
  firstAdopted: MeetingFact | null;
  laterRevisions: MeetingFact[];
  /** Where the facts were confirmed. */
  source: string;
}

export interface PlaceName {
  zh: string;
  en: string;
}

export interface Registries {
  actors: ActorEntry[];
  facts: ResolutionFact[];
  places: PlaceName[];
}

export class RegistryError extends Error {
  readonly problems: string[];

  constructor(problems: string[]) {
    super(`invalid registries:\n  ${problems.join('\n  ')}`);
    this.name = 'RegistryError';
    this.problems = problems;
  }
}

const ACTOR_KINDS: readonly ActorKind[] = [
  'ORGANIZATION',
  'CONFERENCE',
  'GOVERNING_BODY',
  'OFFICIAL',
  'SECTOR',
  'BUREAU',
  'ADVISORY_GROUP',
  'STUDY_GROUPS',
  'OFFICE',
  'MEMBERSHIP',
  'COUNTRY_GROUP',
  'REGIONAL_ORGANIZATION',
  'STANDARDS_BODY',
];

const RESOLUTION_ID = /^(PP|WTSA|WTDC|WRA|WRC|COUNCIL)-\d+$/;

type Json = unknown;

function describe(value: Json): string {
  return value === null
    ? 'null'
    : Array.isArray(value)
      ? 'an array'
      : typeof value === 'string'
        ? `"${value}"`
        : typeof value;
}

function isRecord(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks the parsed JSON of actors.json ({ actors: [...] }) and facts.json ({ resolutions, places }). */
export function parseRegistries(actorsJson: Json, factsJson: Json): Registries {
  const problems: string[] = [];
  const actors = readActors(actorsJson, problems);
  const { facts, places } = readFacts(factsJson, problems);
  checkActorGraph(actors, problems);
  checkFactPlaces(facts, places, problems);
  if (problems.length > 0) throw new RegistryError(problems);
  return { actors, facts, places };
}

function readString(
  record: Record<string, Json>,
  key: string,
  where: string,
  problems: string[],
  nullable = false,
): string | null {
  const value = record[key];
  if (typeof value === 'string' && value !== '') return value;
  if (nullable && value === null) return null;
  problems.push(
    `${where}.${key}: expected a non-empty string${nullable ? ' or null' : ''}, received ${describe(value)}`,
  );
  return null;
}

function readActors(json: Json, problems: string[]): ActorEntry[] {
  if (!isRecord(json) || !Array.isArray(json.actors)) {
    problems.push(`actors.json: expected { "actors": [...] }, received ${describe(json)}`);
    return [];
  }
  return json.actors.flatMap((raw, i): ActorEntry[] => {
    const where = `actors[${i}]`;
    if (!isRecord(raw)) {
      problems.push(`${where}: expected an object, received ${describe(raw)}`);
      return [];
    }
    const kind = raw.kind;
    if (!ACTOR_KINDS.includes(kind as ActorKind))
      problems.push(`${where}.kind: expected one of ${ACTOR_KINDS.join(', ')}, received ${describe(kind)}`);
    const aliases = raw.aliasesZh;
    if (!Array.isArray(aliases) || aliases.some((a) => typeof a !== 'string' || a === '')) {
      problems.push(`${where}.aliasesZh: expected an array of non-empty strings, received ${describe(aliases)}`);
    }
    return [
      {
        id: readString(raw, 'id', where, problems) ?? '',
        kind: kind as ActorKind,
        acronym: readString(raw, 'acronym', where, problems, true),
        nameZh: readString(raw, 'nameZh', where, problems) ?? '',
        nameEn: readString(raw, 'nameEn', where, problems) ?? '',
        parent: readString(raw, 'parent', where, problems, true),
        aliasesZh: Array.isArray(aliases) ? (aliases as string[]) : [],
      },
    ];
  });
}

function readMeetingFact(json: Json, where: string, problems: string[]): MeetingFact | null {
  if (isRecord(json) && Number.isInteger(json.year) && typeof json.cityEn === 'string') {
    return { year: json.year as number, cityEn: json.cityEn };
  }
  problems.push(`${where}: expected { "year": integer, "cityEn": string }, received ${describe(json)}`);
  return null;
}

function readFacts(json: Json, problems: string[]): { facts: ResolutionFact[]; places: PlaceName[] } {
  if (!isRecord(json) || !Array.isArray(json.resolutions) || !Array.isArray(json.places)) {
    problems.push(`facts.json: expected { "resolutions": [...], "places": [...] }, received ${describe(json)}`);
    return { facts: [], places: [] };
  }
  const facts = json.resolutions.flatMap((raw, i): ResolutionFact[] => {
    const where = `resolutions[${i}]`;
    if (!isRecord(raw)) {
      problems.push(`${where}: expected an object, received ${describe(raw)}`);
      return [];
    }
    const id = readString(raw, 'id', where, problems) ?? '';
    if (id && !RESOLUTION_ID.test(id)) problems.push(`${where}.id: expected an id like PP-123, received "${id}"`);
    const later = Array.isArray(raw.laterRevisions) ? raw.laterRevisions : [];
    if (!Array.isArray(raw.laterRevisions))
      problems.push(`${where}.laterRevisions: expected an array, received ${describe(raw.laterRevisions)}`);
    return [
      {
        id,
        titleEn: readString(raw, 'titleEn', where, problems, true),
        noteEn: raw.noteEn === undefined ? null : readString(raw, 'noteEn', where, problems, true),
        firstAdopted:
          raw.firstAdopted === null ? null : readMeetingFact(raw.firstAdopted, `${where}.firstAdopted`, problems),
        laterRevisions: later.flatMap((m, j) => readMeetingFact(m, `${where}.laterRevisions[${j}]`, problems) ?? []),
        source: readString(raw, 'source', where, problems) ?? '',
      },
    ];
  });
  const places = json.places.flatMap((raw, i): PlaceName[] => {
    if (isRecord(raw) && typeof raw.zh === 'string' && typeof raw.en === 'string') return [{ zh: raw.zh, en: raw.en }];
    problems.push(`places[${i}]: expected { "zh": string, "en": string }, received ${describe(raw)}`);
    return [];
  });
  return { facts, places };
}

function checkActorGraph(actors: ActorEntry[], problems: string[]): void {
  const ids = new Set<string>();
  const aliasOwner = new Map<string, string>();
  for (const actor of actors) {
    if (ids.has(actor.id)) problems.push(`actor ${actor.id}: duplicate id`);
    ids.add(actor.id);
    for (const alias of actor.aliasesZh) {
      const owner = aliasOwner.get(alias);
      if (owner && owner !== actor.id) problems.push(`alias "${alias}": claimed by both ${owner} and ${actor.id}`);
      aliasOwner.set(alias, actor.id);
    }
  }
  for (const actor of actors) {
    if (actor.parent !== null && !ids.has(actor.parent))
      problems.push(`actor ${actor.id}: parent ${actor.parent} is not a known actor`);
    const seen = new Set<string>([actor.id]);
    for (let p = actor.parent; p !== null; p = actors.find((a) => a.id === p)?.parent ?? null) {
      if (seen.has(p)) {
        problems.push(`actor ${actor.id}: its part-of chain loops through ${p}`);
        break;
      }
      seen.add(p);
    }
  }
}

function checkFactPlaces(facts: ResolutionFact[], places: PlaceName[], problems: string[]): void {
  const known = new Set(places.map((p) => p.en));
  const seen = new Set<string>();
  for (const fact of facts) {
    if (seen.has(fact.id)) problems.push(`facts ${fact.id}: duplicate id`);
    seen.add(fact.id);
    for (const m of [fact.firstAdopted, ...fact.laterRevisions]) {
      if (m && !known.has(m.cityEn)) problems.push(`facts ${fact.id}: city "${m.cityEn}" is not in the place table`);
    }
  }
}
