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

/** In which role an actor stands in an obligation: asked (ADDRESSED_TO) or to work with (IN_COLLABORATION_WITH). */
export type Role = 'ADDRESSEE' | 'COLLABORATOR';
export type RoleFilter = Role | 'EITHER';

const ROLE_RELATIONSHIPS: Readonly<Record<RoleFilter, string>> = {
  ADDRESSEE: 'ADDRESSED_TO',
  COLLABORATOR: 'IN_COLLABORATION_WITH',
  EITHER: 'ADDRESSED_TO|IN_COLLABORATION_WITH',
};

/** The relationship types (as a Cypher pattern's alternatives) of a role filter. */
export function roleRelationships(role: RoleFilter): string {
  return ROLE_RELATIONSHIPS[role];
}

export interface ObligationPageRequest {
  /** Only obligations in which this actor has `role`; null: all. */
  actor: string | null;
  /** With `actor`: the role it has in them (ADDRESSEE unless asked otherwise). */
  role: RoleFilter;
  /** With `actor`: also those of the actors PART_OF it, at any depth. */
  includeSubordinates: boolean;
  /** Only these modalities; null: all. */
  modalities: Modality[] | null;
  /** true: only obligations with a condition; false: only those without; null: all. */
  conditional: boolean | null;
  /** Only obligations with a condition containing this text; null: all. */
  condition: string | null;
  /** Only obligations of this resolution; null: all. */
  resolution: string | null;
  offset: number;
  limit: number;
}

/** The cache key of a page request: equal requests share one entry. */
export function obligationPageKey(request: ObligationPageRequest): string {
  const { actor, role, includeSubordinates, modalities, conditional, condition, resolution, offset, limit } = request;
  return JSON.stringify([
    actor,
    role,
    includeSubordinates,
    modalities,
    conditional,
    condition,
    resolution,
    offset,
    limit,
  ]);
}

/** The rank of the modality `expression` in MODALITY_ORDER (strongest 0). */
function modalityRank(expression: string): string {
  const cases = MODALITY_ORDER.map((modality, rank) => `WHEN '${modality}' THEN ${rank}`).join(' ');
  return `CASE ${expression} ${cases} ELSE ${MODALITY_ORDER.length} END`;
}

/** The ORDER BY keys of obligation `o`: modality strength, stating resolution, document order. */
function obligationOrder(o: string): string {
  return `${modalityRank(`${o}.modality`)}, ${o}.resolutionId, ${o}.ordinal, ${o}.id`;
}

/**
 * One query for many page requests: rows `key` (as `obligationPageKey` makes it), `totalCount`
 * and `rows`, each obligation projected by `project` (default: `nodeRow`). A request that
 * matches nothing gives no row.
 */
export function obligationPagesQuery(
  requests: readonly ObligationPageRequest[],
  project: (v: string) => string = nodeRow,
): Query {
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
  MATCH (o:Obligation)-[r:ADDRESSED_TO|IN_COLLABORATION_WITH]->(a)
  WHERE type(r) IN req.relationships AND (req.resolution IS NULL OR o.resolutionId = req.resolution)
  RETURN o
}
WITH req, o
WHERE (req.modalities IS NULL OR o.modality IN req.modalities)
  AND (req.conditional IS NULL OR (size(o.conditionsZh) > 0) = req.conditional)
  AND (req.condition IS NULL OR any(c IN o.conditionsZh WHERE c CONTAINS req.condition))
WITH req, o ORDER BY ${obligationOrder('o')}
WITH req, collect(o) AS matched
RETURN req.key AS key, size(matched) AS totalCount,
       [o IN matched[req.offset..req.offset + req.limit] | ${project('o')}] AS rows`,
    params: {
      requests: requests.map((request) => ({
        key: obligationPageKey(request),
        ...request,
        relationships: roleRelationships(request.role).split('|'),
      })),
    },
  };
}

/** A page of the obligations of one actor or one resolution (the node a prefetch row is). */
export interface ObligationPageOf {
  by: 'actor' | 'resolution';
  /** With by 'actor': its role in them. */
  role: RoleFilter;
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
export function obligationPageExpression(
  v: string,
  page: ObligationPageOf,
  project: (o: string) => string,
  suffix: number,
): string {
  const [a, o, matched, x] = ['a', 'o', 'matched', 'x'].map((name) => `${name}_${suffix}`);
  const modalities = page.modalities ? `\n    WHERE ${o}.modality IN ${JSON.stringify(page.modalities)}` : '';
  const addressee = page.includeSubordinates ? a : v;
  const match =
    page.by === 'resolution'
      ? `MATCH (${o}:Obligation {resolutionId: ${v}.id})${modalities}`
      : `${page.includeSubordinates ? `MATCH (${v})<-[:PART_OF*0..20]-(${a}:Actor)\n    ` : ''}MATCH (${o}:Obligation)-[:${roleRelationships(page.role)}]->(${addressee})${modalities}
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
  const [s, r, t, sec, parent, programme, a, x] = ['s', 'r', 't', 'sec', 'parent', 'programme', 'a', 'x'].map(
    (v) => `${v}_${suffix}`,
  );
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

export interface ObligationFacetsRequest {
  actor: string;
  /** Also the obligations of the actors PART_OF it, at any depth. */
  includeSubordinates: boolean;
  /** Only obligations of this resolution; null: all. */
  resolution: string | null;
}

/**
 * How many obligations the actor has, by modality and role: rows `modality`, `role` (ADDRESSEE or
 * COLLABORATOR), `count`, strongest modality first, addressee before collaborator. An obligation
 * counts once per role the actor (or, with includeSubordinates, any actor part of it) has in it.
 */
export function obligationFacetsQuery({ actor, includeSubordinates, resolution }: ObligationFacetsRequest): Query {
  return {
    cypher: `MATCH (:Actor {id: $actor})<-[:PART_OF*0..20]-(a:Actor)
WHERE $includeSubordinates OR a.id = $actor
MATCH (o:Obligation)-[r:ADDRESSED_TO|IN_COLLABORATION_WITH]->(a)
WHERE $resolution IS NULL OR o.resolutionId = $resolution
WITH DISTINCT o, CASE type(r) WHEN 'ADDRESSED_TO' THEN 'ADDRESSEE' ELSE 'COLLABORATOR' END AS role
WITH o.modality AS modality, role, count(o) AS count
RETURN modality, role, count
ORDER BY ${modalityRank('modality')}, role`,
    params: { actor, includeSubordinates, resolution },
  };
}
