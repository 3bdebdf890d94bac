/**
 * The neighborhood of a node: a breadth-first walk over relationships in either direction,
 * one level per step (the builder writes the step `depth` times, so the walk never enumerates
 * paths) and keeps each level's nodes, a node's distance being the level it was found at, until
 * it has seen more nodes than `limit` keeps; then the first `limit` nodes by distance, type
 * (TYPE_ORDER) and document order, and
 * the relationships among them. `labels` and `types` (null: all) restrict the walk to nodes
 * with those labels and relationships of those types; they are parameters, so every filter
 * shares one statement text per depth.
 */
import { int } from 'neo4j-driver';
import type { Query } from '../database';
import type { AnyRow, NeighborhoodRow } from '../rows';
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
 * citations ...). A node of a label missing here comes back with its id and label only.
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
 * The statement's constants: for each label, one string of its rank in TYPE_ORDER and then the
 * properties its caption reads, separated by FACT_SEPARATOR, which the statement splits. A string
 * rather than a list: the driver packs a string as it is, but runs every object it packs (a list,
 * a Bolt integer) past each of its type checks, and a map of eleven lists of a rank and names cost
 * three times as much to pack as the rest of the request. `zero` and `one` are Bolt integers: the
 * driver sends a JavaScript number as a float, which cannot index a list and takes 9 bytes instead
 * of 1.
 */
const FACT_SEPARATOR = ' ';
const LABEL_FACTS: Record<string, string> = Object.fromEntries(
  TYPE_ORDER.map((label, rank) => [label, [rank, ...CAPTION_READS[label]].join(FACT_SEPARATOR)]),
);

/**
 * One row: `nodes` (`[id, label, distance, values]`, `values` being what its caption reads, in the
 * order of CAPTION_READS; empty when the id is unknown), `edges` (`[source, target, type]`),
 * `truncated`. Lists rather than maps, because the statement's text and parameters are sent with
 * every request and the driver writes a request of more than 1,400 bytes to the socket in two
 * pieces; `neighborhoodOf` gives the rows their names back.
 */
export function neighborhoodQuery({ id, depth, limit, labels = null, types = null }: NeighborhoodRequest): Query {
  if (!Number.isInteger(depth) || depth < 0) throw new Error(`expected a depth >= 0, got ${depth}`);
  return {
    cypher: neighborhoodText(depth),
    params: {
      id,
      limit,
      facts: LABEL_FACTS,
      separator: FACT_SEPARATOR,
      labels: labels && [...labels],
      types: types && [...types],
      zero: int(0),
      one: int(1),
      ...NODE_ROW_PARAMS,
    },
  };
}

/** The record of `neighborhoodQuery` as a NeighborhoodRow. */
export function neighborhoodOf(record: Record<string, unknown>): NeighborhoodRow {
  const nodes = record.nodes as [string, string, number, unknown[] | null][];
  const edges = record.edges as [string, string, string][];
  return {
    nodes: nodes.map(([id, nodeLabel, distance, values]) => ({ node: captionRow(id, nodeLabel, values), distance })),
    edges: edges.map(([source, target, type]) => ({ source, target, type })),
    truncated: record.truncated as boolean,
  };
}

/** A node row of its id, label and what its caption reads (null where the node has no such property). */
function captionRow(id: string, nodeLabel: string, values: unknown[] | null): AnyRow {
  const row: Record<string, unknown> = { id, nodeLabel };
  const reads = (CAPTION_READS as Record<string, readonly string[] | undefined>)[nodeLabel] ?? [];
  reads.forEach((name, i) => {
    row[name] = values?.[i] ?? null;
  });
  return row as unknown as AnyRow;
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

/**
 * Written short to keep a request in one Bolt chunk: one-letter variables (c the centre, s the
 * nodes seen, f the frontier, g the next level, v the levels, d a distance, l a label, w its facts,
 * t the count seen, k the nodes kept), no indentation.
 */
function buildNeighborhoodText(depth: number): string {
  // Nodes are kept nearest first, so once more nodes are seen than the limit keeps, no node of a
  // further level can be kept, and the answer is truncated already: the later levels are not
  // walked. The first level always is (one node is seen), so its text stays as short as it was.
  const step = (level: number) => `CALL (s, f) {
UNWIND ${level === 0 ? 'f' : 'CASE WHEN size(s) > $limit THEN [] ELSE f END'} AS x
MATCH (x)-[r]-(m:Entity)
WHERE NOT m IN s AND ($types IS NULL OR type(r) IN $types) AND ($labels IS NULL OR any(l IN labels(m) WHERE l IN $labels))
RETURN collect(DISTINCT m) AS g
}
WITH s + g AS s, g AS f, v + [g] AS v`;
  return `MATCH (c:Entity {id: $id})
WITH [c] AS s, [c] AS f, [[c]] AS v
${Array.from({ length: depth }, (_, level) => step(level)).join('\n')}
WITH v, size(s) AS t
UNWIND range($zero, size(v) - $one) AS d
UNWIND v[d] AS n
WITH n, d, t, ${nodeLabel('n')} AS l
WITH n, d, t, l, split($facts[l], $separator) AS w
ORDER BY d, toInteger(w[$zero]), coalesce(n.ordinal, n.number, n.year, $zero), n.id
LIMIT toInteger($limit)
WITH collect([n.id, l, d, [p IN w[$one..] | n[p]]]) AS nodes, collect(n) AS k, max(t) AS t
RETURN nodes, COLLECT {
UNWIND k AS a
MATCH (a)-[r]->(b)
WHERE b IN k AND ($types IS NULL OR type(r) IN $types)
RETURN [a.id, b.id, type(r)] AS e ORDER BY e, elementId(r)
} AS edges, t > size(nodes) AS truncated`;
}
