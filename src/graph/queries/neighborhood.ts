/**
 * The neighborhood of a node: a breadth-first walk over relationships in either direction,
 * one level per step (the builder writes the step `depth` times, so the walk never enumerates
 * paths) and keeps each level's nodes, a node's distance being the level it was found at; then
 * the first `limit` nodes by distance, type (TYPE_ORDER) and document order, and
 * the relationships among them. `labels` and `types` (null: all) restrict the walk to nodes
 * with those labels and relationships of those types; they are parameters, so every filter
 * shares one statement text per depth.
 */
import type { Query } from '../database';
import { NODE_ROW_PARAMS, nodeLabel } from './node-row';

/** Within a distance, nodes are kept in this order: the structure first, the derived nodes last. */
export const TYPE_ORDER = [
  'Resolution',
  'Section',
  'Provision',
  'Annex',
  'Programme',
  'AnnexItem',
  'Footnote',
  'Actor',
  'Citation',
  'Meeting',
  'Obligation',
] as const;

type NodeLabel = (typeof TYPE_ORDER)[number];

/**
 * The properties a node's caption reads, by label (`caption` in src/api/resolvers/neighborhood.ts,
 * whose test checks that it reads nothing else): a neighbourhood's node rows carry these, the id
 * and `nodeLabel`, not every property (a provision's texts in both languages, its stored
 * citations ...). A label missing here would come back whole.
 */
export const CAPTION_READS: Record<NodeLabel, readonly string[]> = {
  Resolution: ['assembly', 'number'],
  Section: ['headingZh', 'kind', 'further'],
  Provision: ['textZh', 'label'],
  Annex: ['titleZh'],
  Programme: ['titleZh', 'number'],
  AnnexItem: ['textZh', 'label'],
  Footnote: ['marker', 'textZh'],
  Actor: ['nameEn', 'nameZh'],
  Citation: ['spanZh', 'targetId'],
  Meeting: ['assembly', 'year', 'cityEn', 'cityZh'],
  Obligation: ['modality', 'sourceId'],
};

/**
 * `v` as a node row holding only what its caption reads: a `CASE` on its label (a label test,
 * not a value), so that the rows are not padded with the nulls one list for every label would give.
 * `label` is the variable holding `v`'s label (`nodeLabel`), computed once rather than in every
 * branch: the statement's text is sent with every request, and past about 1,400 bytes the driver
 * writes it to the socket in more than one piece.
 */
function captionRow(v: string, label: string): string {
  const branches = TYPE_ORDER.map((type) => {
    const props = ['id', ...CAPTION_READS[type]].map((p) => `.${p}`).join(', ');
    return `  WHEN ${v}:${type} THEN ${v} {${props}, nodeLabel: ${label}}`;
  });
  return `CASE\n${branches.join('\n')}\n  ELSE ${v} {.*, nodeLabel: ${label}}\nEND`;
}

export interface NeighborhoodRequest {
  id: string;
  depth: number;
  limit: number;
  /** Node labels the walk may reach; null: all. */
  labels?: readonly string[] | null;
  /** Relationship types the walk may follow and the edges may have; null: all. */
  types?: readonly string[] | null;
}

/**
 * One row: `nodes` ({node, distance}; empty when the id is unknown; a node with its id, `nodeLabel`
 * and what its caption reads), `edges`, `truncated`.
 */
export function neighborhoodQuery({ id, depth, limit, labels = null, types = null }: NeighborhoodRequest): Query {
  if (!Number.isInteger(depth) || depth < 0) throw new Error(`expected a depth >= 0, got ${depth}`);
  return {
    cypher: neighborhoodText(depth),
    params: {
      id,
      limit,
      types: [...TYPE_ORDER],
      labels: labels && [...labels],
      relTypes: types && [...types],
      zero: 0,
      one: 1,
      ...NODE_ROW_PARAMS,
    },
  };
}

/** The statement's text at each depth, built once: it depends on nothing else. */
const TEXTS = new Map<number, string>();

function neighborhoodText(depth: number): string {
  let text = TEXTS.get(depth);
  if (text === undefined) {
    text = buildNeighborhoodText(depth);
    TEXTS.set(depth, text);
  }
  return text;
}

function buildNeighborhoodText(depth: number): string {
  const steps = Array.from(
    { length: depth },
    () => `CALL (seen, frontier) {
  UNWIND frontier AS f
  MATCH (f)-[r]-(m:Entity)
  WHERE NOT m IN seen
    AND ($relTypes IS NULL OR type(r) IN $relTypes)
    AND ($labels IS NULL OR any(l IN labels(m) WHERE l IN $labels))
  RETURN collect(DISTINCT m) AS next
}
WITH seen + next AS seen, next AS frontier, levels + [next] AS levels`,
  );
  return `MATCH (centre:Entity {id: $id})
WITH [centre] AS seen, [centre] AS frontier, [[centre]] AS levels
${steps.join('\n')}
WITH levels, size(seen) AS total
UNWIND range($zero, size(levels) - $one) AS distance
UNWIND levels[distance] AS n
WITH n, distance, total, ${nodeLabel('n')} AS label
ORDER BY distance, head([i IN range($zero, size($types) - $one) WHERE $types[i] IN labels(n)]), coalesce(n.ordinal, n.number, n.year, $zero), n.id
LIMIT toInteger($limit)
WITH collect({node: ${captionRow('n', 'label')}, distance: distance}) AS nodes, collect(n) AS kept, max(total) AS total
RETURN nodes,
       COLLECT {
         UNWIND kept AS a
         MATCH (a)-[r]->(b)
         WHERE b IN kept AND ($relTypes IS NULL OR type(r) IN $relTypes)
         RETURN {source: a.id, target: b.id, type: type(r)} AS edge
         ORDER BY edge.source, edge.target, edge.type, elementId(r)
       } AS edges,
       total > size(nodes) AS truncated`;
}
