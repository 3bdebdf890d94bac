/**
 * Obligations: pages of obligations for many filters at once (a top-level listing and the
 * obligations of each actor in a list share one query), and what it takes to cite each one.
 *
 * Order: modality strength (MODALITY_ORDER), then the stating resolution, then document order.
 */
import type { Modality } from '../../ingest/types';
import type { Query } from '../database';
import { nodeRow } from './node-row';

/** Strongest first: what the assembly resolves, then what it instructs, requests ... asks. */
export const MODALITY_ORDER: readonly Modality[] = [
  'RESOLVES',
  'INSTRUCTS',
  'REQUESTS',
  'URGES',
  'INVITES',
  'ENCOURAGES',
  'ACTION_PLAN',
];

export interface ObligationPageRequest {
  /** Only obligations addressed to this actor; null: all. */
  actor: string | null;
  /** With `actor`: also those addressed to the actors PART_OF it, at any depth. */
  includeSubordinates: boolean;
  /** Only these modalities; null: all. */
  modalities: Modality[] | null;
  /** Only obligations of this resolution; null: all. */
  resolution: string | null;
  offset: number;
  limit: number;
}

/** The cache key of a page request: equal requests share one entry. */
export function obligationPageKey(request: ObligationPageRequest): string {
  const { actor, includeSubordinates, modalities, resolution, offset, limit } = request;
  return JSON.stringify([actor, includeSubordinates, modalities, resolution, offset, limit]);
}

/** The ORDER BY keys of obligation `o`: modality strength, stating resolution, document order. */
function obligationOrder(o: string): string {
  const cases = MODALITY_ORDER.map((modality, rank) => `WHEN '${modality}' THEN ${rank}`).join(' ');
  return `CASE ${o}.modality ${cases} ELSE ${MODALITY_ORDER.length} END, ${o}.resolutionId, ${o}.ordinal, ${o}.id`;
}

/**
 * One query for many page requests: rows `key` (as `obligationPageKey` makes it), `totalCount`
 * and `rows`, each obligation projected by `project` (default: `nodeRow`). A request that
 * matches nothing gives no row.
 */
export function obligationPagesQuery(requests: readonly ObligationPageRequest[], project: (v: string) => string = nodeRow): Query {
  return {
    cypher: `UNWIND $requests AS req
CALL (req) {
  WITH req WHERE req.actor IS NULL
  MATCH (o:Obligation)
  WHERE req.resolution IS NULL OR o.resolutionId = req.resolution
  RETURN o
  UNION
  WITH req WHERE req.actor IS NOT NULL
  MATCH (:Actor {id: req.actor})<-[:PART_OF*0..20]-(a:Actor)
  WHERE req.includeSubordinates OR a.id = req.actor
  MATCH (o:Obligation)-[:ADDRESSED_TO]->(a)
  WHERE req.resolution IS NULL OR o.resolutionId = req.resolution
  RETURN o
}
WITH req, o
WHERE req.modalities IS NULL OR o.modality IN req.modalities
WITH req, o ORDER BY ${obligationOrder('o')}
WITH req, collect(o) AS matched
RETURN req.key AS key, size(matched) AS totalCount,
       [o IN matched[req.offset..req.offset + req.limit] | ${project('o')}] AS rows`,
    params: {
      requests: requests.map((request) => ({
        key: obligationPageKey(request),
        actor: request.actor,
        includeSubordinates: request.includeSubordinates,
        modalities: request.modalities,
        resolution: request.resolution,
        offset: request.offset,
        limit: request.limit,
      })),
    },
  };
}

/** A page of the obligations of one actor or one resolution (the node a prefetch row is). */
export interface ObligationPageOf {
  by: 'actor' | 'resolution';
  includeSubordinates: boolean;
  modalities: Modality[] | null;
  offset: number;
  limit: number;
}

/**
 * The page `page` of the obligations of the node `v` (an actor or a resolution) as one map,
 * `totalCount` and `rows` (each projected by `project`), in the order of `obligationPagesQuery`.
 * Its own variables end in `_suffix`, so that it can be nested in any query.
 */
export function obligationPageExpression(v: string, page: ObligationPageOf, project: (o: string) => string, suffix: number): string {
  const [a, o, matched, x] = ['a', 'o', 'matched', 'x'].map((name) => `${name}_${suffix}`);
  const modalities = page.modalities ? `\n    WHERE ${o}.modality IN ${JSON.stringify(page.modalities)}` : '';
  const addressee = page.includeSubordinates ? a : v;
  const match =
    page.by === 'resolution'
      ? `MATCH (${o}:Obligation {resolutionId: ${v}.id})${modalities}`
      : `${page.includeSubordinates ? `MATCH (${v})<-[:PART_OF*0..20]-(${a}:Actor)\n    ` : ''}MATCH (${o}:Obligation)-[:ADDRESSED_TO]->(${addressee})${modalities}
    WITH DISTINCT ${o}`;
  return `[${matched} IN [COLLECT {
    ${match}
    WITH ${o} ORDER BY ${obligationOrder(o)}
    RETURN ${o}
  }] | {totalCount: size(${matched}), rows: [${x} IN ${matched}[${page.offset}..${page.offset + page.limit}] | ${project(x)}]}][0]`;
}

/**
 * What the citation of the obligation `o` is made of, as one map (null when it states nothing):
 * the resolution and the meeting that adopted its loaded text, the section's kind and its
 * heading's addressees, the paragraph's label (and its parent's) or the programme's number.
 * Its own variables end in `_suffix`, so that it can be nested in any query.
 */
export function obligationCitationExpression(o: string, suffix: number): string {
  const [s, r, t, sec, parent, programme, a, x] = ['s', 'r', 't', 'sec', 'parent', 'programme', 'a', 'x'].map((v) => `${v}_${suffix}`);
  return `COLLECT {
  MATCH (${o})-[:STATED_IN]->(${s})
  MATCH (${r}:Resolution {id: ${o}.resolutionId})
  OPTIONAL MATCH (${r})-[:TEXT_ADOPTED_BY]->(${t}:Meeting)
  OPTIONAL MATCH (${sec}:Section {id: ${s}.sectionId})
  OPTIONAL MATCH (${parent}:Provision {id: ${s}.parentId})
  OPTIONAL MATCH (${programme}:Programme {id: ${s}.programmeId})
  RETURN {
    id: ${o}.id,
    assembly: ${r}.assembly,
    number: ${r}.number,
    textYear: ${t}.year,
    textCityZh: ${t}.cityZh,
    textCityEn: ${t}.cityEn,
    textRevised: ${t} IS NOT NULL AND NOT EXISTS { (${r})-[:ADOPTED_AT]->(${t}) },
    sourceLabel: CASE WHEN ${s}:Provision THEN 'Provision' ELSE 'AnnexItem' END,
    sectionKind: ${sec}.kind,
    sectionFurther: ${sec}.further,
    addressees: COLLECT {
      MATCH (${sec})-[${a}:ADDRESSED_TO]->(${x}:Actor)
      WITH ${x} ORDER BY coalesce(${a}.order, ${a}.ordinal, ${a}.position, 0), ${x}.id
      RETURN ${x} {.id, .kind, .nameZh, .nameEn}
    },
    label: ${s}.label,
    parentLabel: CASE WHEN ${s}:Provision THEN ${parent}.label END,
    programmeNumber: ${programme}.number
  }
}[0]`;
}

/** The citations of many obligations: one row `row` per known obligation id that states something. */
export function obligationCitationQuery(ids: readonly string[]): Query {
  return {
    cypher: `UNWIND $ids AS id
MATCH (o:Obligation {id: id})
WITH ${obligationCitationExpression('o', 0).replace(/\n/g, '\n  ')} AS row
WHERE row IS NOT NULL
RETURN row`,
    params: { ids: [...ids] },
  };
}
