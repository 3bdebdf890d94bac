/**
 * Related nodes, batched: for many (node id, relation) keys, one query that returns each key's
 * related nodes in their natural order (document order, year, hierarchy). The query holds one
 * UNION branch per relation present in the batch, each guarded by `key.rel`, so a single round
 * trip serves every relation asked for in the same tick — the sections of one resolution and
 * the addressees of another's sections alike.
 */
import type { Query } from '../database';
import type {
  ActorRow,
  AnnexItemRow,
  AnnexRow,
  AnyRow,
  CitationRow,
  FootnoteRow,
  MeetingRow,
  ObligationRow,
  ProgrammeRow,
  ProvisionRow,
  SectionRow,
} from '../rows';
import { nodeRow } from './node-row';

interface RelationSpec {
  /** Cypher from the source `n` to the related `m`, returning `m` and a sortable `sort` list. */
  cypher: string;
}

/** Document order of a node that can hold a citation: provisions, then the annex, then its items. */
const DOCUMENT_ORDER = (s: string) =>
  `[CASE WHEN ${s}:Provision THEN 0 WHEN ${s}:Annex THEN 1 ELSE 2 END, coalesce(${s}.ordinal, 0)]`;

const ACTOR_ORDER = `[coalesce(r.order, r.ordinal, r.position, 0), m.id]`;

export const RELATIONS = {
  /** The node itself: lookups by id share the batch of the relations asked in the same tick. */
  self: { cypher: 'RETURN n AS m, [0] AS sort' },
  sections: { cypher: 'MATCH (n)-[:HAS_SECTION]->(m:Section) RETURN m, [m.ordinal] AS sort' },
  annex: { cypher: 'MATCH (n)-[:HAS_ANNEX]->(m:Annex) RETURN m, [m.id] AS sort' },
  footnotes: {
    cypher: 'MATCH (n)-[:HAS_FOOTNOTE]->(m:Footnote) RETURN m, [toIntegerOrNull(m.marker), m.marker] AS sort',
  },
  adopted: { cypher: 'MATCH (n)-[:ADOPTED_AT]->(m:Meeting) RETURN m, [m.year] AS sort' },
  revisions: { cypher: 'MATCH (n)-[:REVISED_AT]->(m:Meeting) RETURN m, [m.year, m.id] AS sort' },
  textAdoptedBy: { cypher: 'MATCH (n)-[:TEXT_ADOPTED_BY]->(m:Meeting) RETURN m, [m.year] AS sort' },
  /**
   * The latest meeting known to have adopted a version, by year (then id): from the node's own
   * history and from the revisions others cite.
   */
  latestKnownRevision: {
    cypher: `UNWIND COLLECT { MATCH (n)-[:ADOPTED_AT|REVISED_AT|TEXT_ADOPTED_BY]->(x:Meeting) RETURN x }
              + COLLECT { MATCH (n)<-[:CITES]-(:Citation)-[:CITES_REVISION]->(x:Meeting) RETURN x } AS m
    WITH DISTINCT m ORDER BY m.year DESC, m.id DESC LIMIT 1
    RETURN m, [0] AS sort`,
  },
  provisions: { cypher: 'MATCH (n)-[:HAS_PROVISION]->(m:Provision) RETURN m, [m.ordinal] AS sort' },
  programmes: { cypher: 'MATCH (n)-[:HAS_PROGRAMME]->(m:Programme) RETURN m, [m.number] AS sort' },
  programmeAnnex: { cypher: 'MATCH (n)<-[:HAS_PROGRAMME]-(m:Annex) RETURN m, [m.id] AS sort' },
  items: { cypher: 'MATCH (n)-[:HAS_ITEM]->(m:AnnexItem) RETURN m, [m.ordinal] AS sort' },
  addressees: { cypher: `MATCH (n)-[r:ADDRESSED_TO]->(m:Actor) RETURN m, ${ACTOR_ORDER} AS sort` },
  collaborators: { cypher: `MATCH (n)-[r:IN_COLLABORATION_WITH]->(m:Actor) RETURN m, ${ACTOR_ORDER} AS sort` },
  mentions: { cypher: 'MATCH (n)-[r:MENTIONS]->(m:Actor) RETURN m, [-coalesce(r.count, 1), m.id] AS sort' },
  citations: { cypher: 'MATCH (n)-[:HAS_CITATION]->(m:Citation) RETURN m, [m.spanStart, m.id] AS sort' },
  cites: {
    cypher: `MATCH (s)-[:HAS_CITATION]->(m:Citation {resolutionId: n.id})
    RETURN m, ${DOCUMENT_ORDER('s')} + [m.spanStart, m.id] AS sort`,
  },
  citedMeeting: { cypher: 'MATCH (n)-[:CITES_REVISION]->(m:Meeting) RETURN m, [m.year] AS sort' },
  citedBy: {
    cypher: `MATCH (s)-[:HAS_CITATION]->(m:Citation)-[:CITES]->(n)
    RETURN m, [m.resolutionId] + ${DOCUMENT_ORDER('s')} + [m.spanStart, m.id] AS sort`,
  },
  statedObligation: { cypher: 'MATCH (n)<-[:STATED_IN]-(m:Obligation) RETURN m, [m.id] AS sort' },
  refersTo: { cypher: 'MATCH (n)-[:REFERS_TO]->(m) RETURN m, [m.id] AS sort' },
  actorParent: { cypher: 'MATCH (n)-[:PART_OF]->(m:Actor) RETURN m, [m.id] AS sort' },
  actorChildren: { cypher: 'MATCH (n)<-[:PART_OF]-(m:Actor) RETURN m, [m.id] AS sort' },
  ancestors: {
    cypher: `MATCH p = SHORTEST 1 (n)-[:PART_OF]->{1,20}(m:Actor)
    RETURN m, [length(p), m.id] AS sort`,
  },
} as const satisfies Record<string, RelationSpec>;

export type Relation = keyof typeof RELATIONS;

/** The row type each relation returns. */
export interface RelationRows {
  self: AnyRow;
  sections: SectionRow;
  annex: AnnexRow;
  footnotes: FootnoteRow;
  adopted: MeetingRow;
  revisions: MeetingRow;
  textAdoptedBy: MeetingRow;
  latestKnownRevision: MeetingRow;
  provisions: ProvisionRow;
  programmes: ProgrammeRow;
  programmeAnnex: AnnexRow;
  items: AnnexItemRow;
  addressees: ActorRow;
  collaborators: ActorRow;
  mentions: ActorRow;
  citations: CitationRow;
  cites: CitationRow;
  citedMeeting: MeetingRow;
  citedBy: CitationRow;
  statedObligation: ObligationRow;
  refersTo: AnyRow;
  actorParent: ActorRow;
  actorChildren: ActorRow;
  ancestors: ActorRow;
}

export interface RelatedKey {
  id: string;
  rel: Relation;
}

/** The cache key of a related key: `rel:id`. */
export function relatedKey({ id, rel }: RelatedKey): string {
  return `${rel}:${id}`;
}

/**
 * One query for all keys: rows `key` (as `relatedKey` makes it) and `rows`, the related nodes
 * in order. Keys with nothing related give no row.
 */
export function relatedQuery(keys: readonly RelatedKey[]): Query {
  const rels = [...new Set(keys.map((key) => key.rel))].sort();
  for (const rel of rels) {
    if (!Object.hasOwn(RELATIONS, rel))
      throw new Error(`expected a relation of ${Object.keys(RELATIONS).join(', ')}, got "${rel}"`);
  }
  const branches = rels.map(
    (rel) => `  WITH n, key WHERE key.rel = '${rel}'
  ${RELATIONS[rel].cypher.replace(/\n\s*/g, '\n  ')}`,
  );
  return {
    cypher: `UNWIND $keys AS key
MATCH (n:Entity {id: key.id})
CALL (n, key) {
${branches.join('\n  UNION\n')}
}
WITH key, m, sort ORDER BY sort
RETURN key.rel + ':' + key.id AS key, collect(${nodeRow('m')}) AS rows`,
    params: { keys: keys.map(({ id, rel }) => ({ id, rel })) },
  };
}
