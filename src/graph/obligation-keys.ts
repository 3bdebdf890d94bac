/**
 * What the loader stores so that a page of obligations is read, not computed, however large the
 * corpus: sort keys that an index returns in page order, and counts kept up to date by each load.
 *
 * - `orderKey` on every Obligation: a string that sorts as the obligation pages are ordered
 *   (modality strength, stating resolution, document order, id), range-indexed, so that
 *   `ORDER BY o.orderKey LIMIT n` reads n index entries instead of sorting every obligation.
 * - `pageKey` on every ADDRESSED_TO and IN_COLLABORATION_WITH leaving an obligation: the actor's
 *   id, a space, then the obligation's `orderKey`. One index range (`STARTS WITH 'TSB-DIRECTOR '`)
 *   is then the actor's obligations in page order.
 * - `ObligationTally` nodes: how many obligations an actor has per role (ADDRESSEE,
 *   COLLABORATOR, or EITHER: distinct obligations in any role) and modality, so that a page's
 *   `totalCount` sums a handful of counters. A load subtracts the obligations of the texts it
 *   replaces and adds those it writes, in its own transaction.
 *
 * The keys compare correctly because no id contains a space or a character below it, so the
 * space after each part sorts before any longer id with the same beginning.
 */
import type { GraphNode, GraphRelationship, Modality, NormalizedGraph } from '../ingest/types';
import type { Query } from './database';

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

export const TALLY_LABEL = 'ObligationTally';

/** The roles a tally counts: each relationship's own, and EITHER (an obligation counted once whatever its roles). */
export type TallyRole = Role | 'EITHER';

const ROLE_OF: Readonly<Record<string, Role>> = { ADDRESSED_TO: 'ADDRESSEE', IN_COLLABORATION_WITH: 'COLLABORATOR' };

/** Ordinals are padded so that they compare as numbers do. */
const ORDINAL_DIGITS = 9;

interface ObligationFields {
  id: string;
  modality: string;
  resolutionId: string;
  ordinal: number;
}

/** The rank of a modality in MODALITY_ORDER, strongest 0; unknown ones after all. */
function modalityRank(modality: string): number {
  const rank = MODALITY_ORDER.indexOf(modality as Modality);
  return rank === -1 ? MODALITY_ORDER.length : rank;
}

/** An obligation's sort key: `0 WTSA-44 000000012 WTSA-44/o/12` sorts as the pages are ordered. */
export function obligationOrderKey({ id, modality, resolutionId, ordinal }: ObligationFields): string {
  return [modalityRank(modality), resolutionId, String(ordinal).padStart(ORDINAL_DIGITS, '0'), id].join(' ');
}

/** The prefix of the page keys of one actor's obligations. */
export function actorPagePrefix(actorId: string): string {
  return `${actorId} `;
}

/** The id of the tally of an actor's obligations in one role and modality. */
export function tallyId(actorId: string, role: TallyRole, modality: string): string {
  return `${actorId} ${role} ${modality}`;
}

function isObligationRole(rel: GraphRelationship): boolean {
  return rel.fromLabel === 'Obligation' && rel.type in ROLE_OF;
}

/**
 * The graph with the keys added: `orderKey` on its obligations, `pageKey` on the relationships
 * from an obligation to its actors. Nothing else changes.
 */
export function withObligationKeys(graph: NormalizedGraph): NormalizedGraph {
  const orderKeys = new Map<string, string>();
  const nodes = graph.nodes.map((node) => {
    if (node.label !== 'Obligation') return node;
    const orderKey = obligationOrderKey({ id: node.id, ...node.props });
    orderKeys.set(node.id, orderKey);
    return { ...node, props: { ...node.props, orderKey } } as GraphNode;
  });
  const relationships = graph.relationships.map((rel) => {
    const orderKey = isObligationRole(rel) ? orderKeys.get(rel.from) : undefined;
    return orderKey === undefined
      ? rel
      : { ...rel, props: { ...rel.props, pageKey: `${actorPagePrefix(rel.to)}${orderKey}` } };
  });
  return { ...graph, nodes, relationships };
}

export interface TallyRow {
  id: string;
  actor: string;
  role: TallyRole;
  modality: string;
  count: number;
}

/** How many obligations of the graph each actor has, per role and modality. */
export function obligationTallies(graph: NormalizedGraph): TallyRow[] {
  const modalities = new Map<string, string>();
  for (const node of graph.nodes) if (node.label === 'Obligation') modalities.set(node.id, node.props.modality);
  const roles = new Map<string, Set<TallyRole>>();
  for (const rel of graph.relationships) {
    const modality = modalities.get(rel.from);
    if (!isObligationRole(rel) || modality === undefined) continue;
    const key = `${rel.from}\u0000${rel.to}`;
    const held = roles.get(key) ?? new Set<TallyRole>(['EITHER']);
    held.add(ROLE_OF[rel.type]);
    roles.set(key, held);
  }
  const tallies = new Map<string, TallyRow>();
  for (const [key, held] of roles) {
    const [obligation, actor] = key.split('\u0000') as [string, string];
    const modality = modalities.get(obligation) as string;
    for (const role of held) {
      const id = tallyId(actor, role, modality);
      const tally = tallies.get(id) ?? { id, actor, role, modality, count: 0 };
      tally.count += 1;
      tallies.set(id, tally);
    }
  }
  return [...tallies.values()];
}

/**
 * Before the replace step: the obligations of the replaced texts, as stored, leave the tallies
 * (counted as obligationTallies counts them).
 */
export function subtractTalliesQuery(replaced: readonly string[]): Query {
  return {
    cypher: `MATCH (o:Obligation)-[r:ADDRESSED_TO|IN_COLLABORATION_WITH]->(a:Actor)
             WHERE o.resolutionId IN $replaced
             WITH o, a, collect(DISTINCT CASE type(r) WHEN 'ADDRESSED_TO' THEN 'ADDRESSEE' ELSE 'COLLABORATOR' END) + ['EITHER'] AS roles
             UNWIND roles AS role
             WITH a.id + ' ' + role + ' ' + o.modality AS id, count(*) AS n
             MATCH (t:${TALLY_LABEL} {id: id})
             SET t.count = t.count - n`,
    params: { replaced: [...replaced] },
  };
}

/** After the relationships: the obligations written join the tallies; empty tallies go. */
export function addTalliesQueries(graph: NormalizedGraph): Query[] {
  return [
    {
      cypher: `UNWIND $rows AS row
               MERGE (t:${TALLY_LABEL} {id: row.id})
               ON CREATE SET t.actor = row.actor, t.role = row.role, t.modality = row.modality, t.count = row.count
               ON MATCH SET t.count = t.count + row.count`,
      params: { rows: obligationTallies(graph) },
    },
    {
      cypher: `MATCH (t:${TALLY_LABEL}) WHERE t.count <= 0 DELETE t RETURN count(*) AS emptied`,
      params: {},
    },
  ];
}
