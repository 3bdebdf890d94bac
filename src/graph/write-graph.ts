/**
 * Writes a normalized graph into Neo4j in one write transaction: either all of it is
 * committed or none of it, so a failed or killed load leaves the previous graph as it was.
 *
 * The resolutions whose own text the graph carries are *replaced*: every node they own
 * (sections, provisions, citations, obligations … — every node whose `resolutionId` names them)
 * is deleted and the new text's nodes are created, so that what the new text no longer has is
 * gone; the outgoing relationships of the resolutions are rewritten. Shared nodes (actors,
 * meetings, resolutions known only through citations) are merged, so loading one resolution
 * never damages what another one wrote. Writes are `UNWIND` batches of at most 5,000 rows, one
 * statement per label or type, each row a list of values (see listRows) — a few statements
 * per thousand rows. The
 * statements of a transaction are sent without waiting for each other's answers, and
 * `writeGraphs` prepares the next graph while Neo4j writes the current one.
 *
 * Why create rather than merge: a MERGE looks each row up in the id index before writing it,
 * and in a load most rows are new. Where the time of a load goes is measured by
 * `npm run bench:load -- --profile` (see bench/README.md).
 */
import type { QueryResult } from 'neo4j-driver';
import {
  CONTAINMENT_RELATIONS,
  type GraphNode,
  type GraphRelationship,
  type NodeLabel,
  type NormalizedGraph,
  type RelType,
} from '../ingest/types';
import { validateGraph } from '../ingest/validate-graph';
import { annotateGraph, packSnapshot, type ExpressionSnapshot } from './annotate-graph';
import type { Query } from './database';
import type { Database } from './database';
import { addTalliesQueries, subtractTalliesQuery, withObligationKeys } from './obligation-keys';
import { ENTITY_LABEL, EXPRESSION_LABEL } from './schema';

export const BATCH_SIZE = 5_000;

/** Properties of a resolution that only its own text may set, never a citation of it. */
const TEXT_ONLY_PROPS = ['titleZh', 'textLoaded', 'sourceFile'] as const;

export interface WriteProgress {
  step: string;
  rows: number;
}

export interface WriteSummary {
  nodes: number;
  relationships: number;
  deletedNodes: number;
  queries: number;
}

interface NodeRow {
  id: string;
  props: Record<string, unknown>;
}

function chunk<T>(items: T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Neo4j stores no null property: an absent property is how "unknown" reads back as null. */
function withoutNulls(props: object): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) if (value !== null && value !== undefined) kept[key] = value;
  return kept;
}

/**
 * Rows as lists instead of maps: the property keys that any of these items holds a value for
 * (sorted, so that the same kinds of item give the same statement text), each item's values at
 * the key's position after its `lead` values (null where it has none: a CREATE sets no property
 * from a null), and the map a CREATE pattern reads them with (`{`textZh`: row[2], …}`). A list
 * row carries no key names, so Bolt sends and Neo4j decodes each name once per statement instead
 * of once per row, and the statement sets fixed properties instead of copying a map per row.
 */
export function listRows<T>(
  items: T[],
  lead: (item: T) => unknown[],
  props: (item: T) => object,
): { rows: unknown[][]; pattern: string } {
  const keys = new Set<string>();
  for (const item of items)
    for (const [key, value] of Object.entries(props(item))) if (value !== null && value !== undefined) keys.add(key);
  const sorted = [...keys].sort();
  const first = items.length === 0 ? 0 : lead(items[0]).length;
  const rows = items.map((item) => {
    const values = props(item) as Record<string, unknown>;
    return [...lead(item), ...sorted.map((key) => values[key] ?? null)];
  });
  const pattern = sorted.map((key, i) => `\`${key.replaceAll('`', '``')}\`: row[${first + i}]`).join(', ');
  return { rows, pattern };
}

/** Whether a node belongs to one of the resolutions this graph replaces. */
function ownerOf(node: GraphNode): string | null {
  if (node.label === 'Resolution') return node.id;
  if (node.label === 'Actor' || node.label === 'Meeting') return null;
  return (node.props as { resolutionId: string }).resolutionId;
}

/** Whether a node is part of the text of a resolution this graph replaces (never the resolution itself, an actor or a meeting). */
function isOwned(node: GraphNode, replaced: ReadonlySet<string>): boolean {
  const owner = ownerOf(node);
  return node.label !== 'Resolution' && owner !== null && replaced.has(owner);
}

/**
 * The statements that clear the texts this graph replaces: every node they own is deleted with
 * its relationships (the new text creates them again, see buildNodeQueries), and the outgoing
 * relationships of the resolutions themselves, which stay because other texts cite them.
 * `deleted` counts only the nodes the new text no longer has. Nothing outside a replaced text
 * points at a node it owns (a graph holds the nodes of its own texts and shared ones only), so
 * deleting them takes nothing of another text with it.
 */
export function buildReplaceQueries(graph: NormalizedGraph): Query[] {
  const replaced = graph.resolutions;
  const replacedSet = new Set(replaced);
  const keep = graph.nodes.filter((node) => isOwned(node, replacedSet)).map((node) => node.id);
  return [
    {
      cypher: `MATCH (n:${ENTITY_LABEL}) WHERE n.resolutionId IN $replaced
               WITH n, NOT n.id IN $keep AS gone
               DETACH DELETE n
               RETURN count(CASE WHEN gone THEN 1 END) AS deleted`,
      params: { replaced, keep },
    },
    {
      cypher: `MATCH (n:Resolution) WHERE n.id IN $replaced
               MATCH (n)-[r]->() DELETE r RETURN count(*) AS unlinked`,
      params: { replaced },
    },
  ];
}

/**
 * For each node of a replaced text, the containment relationship that leads into it from its
 * resolution or from another node of the text (the first one, if a graph had two): the node is
 * created together with it (buildNodeQueries), so buildRelationshipQueries leaves it out.
 */
export function parentEdges(graph: NormalizedGraph): Map<string, GraphRelationship> {
  const replaced = new Set(graph.resolutions);
  const owned = new Set(graph.nodes.filter((node) => isOwned(node, replaced)).map((node) => node.id));
  const parents = new Map<string, GraphRelationship>();
  for (const rel of graph.relationships)
    if (
      CONTAINMENT_RELATIONS.has(rel.type) &&
      owned.has(rel.to) &&
      !parents.has(rel.to) &&
      (owned.has(rel.from) || replaced.has(rel.from))
    )
      parents.set(rel.to, rel);
  return parents;
}

/**
 * The relationships that a node of a text has one of, leaving it, and that are created in the
 * statement that creates the node, beside the containment relationship leading into it: an
 * obligation's STATED_IN (the paragraph or annex item that states it).
 */
const CREATED_WITH_NODE: ReadonlySet<RelType> = new Set<RelType>(['STATED_IN']);

/**
 * For each node of a replaced text, the relationship of a type in CREATED_WITH_NODE leaving it
 * (the first one, if a graph had two): created with the node (buildNodeQueries), so
 * buildRelationshipQueries leaves it out.
 */
export function linkedEdges(graph: NormalizedGraph): Map<string, GraphRelationship> {
  const replaced = new Set(graph.resolutions);
  const owned = new Set(graph.nodes.filter((node) => isOwned(node, replaced)).map((node) => node.id));
  const links = new Map<string, GraphRelationship>();
  for (const rel of graph.relationships)
    if (CREATED_WITH_NODE.has(rel.type) && owned.has(rel.from) && !links.has(rel.from)) links.set(rel.from, rel);
  return links;
}

/**
 * The rank of the statement that creates each node of a replaced text: after the statements that
 * create its parent and the node its linked relationship points at, when these are nodes of the
 * text too, since a statement that creates nodes of the label it matches other nodes by reads
 * them all before creating any (an Eager in its plan).
 */
function depths(parents: Map<string, GraphRelationship>, links: Map<string, GraphRelationship>): Map<string, number> {
  const depth = new Map<string, number>();
  const created = (id: string) => parents.has(id) || links.has(id);
  const depthOf = (id: string, seen: Set<string>): number => {
    const known = depth.get(id);
    if (known !== undefined) return known;
    if (seen.has(id))
      throw new Error(`expected the relationships a node is created with to form a tree, found a cycle through ${id}`);
    seen.add(id);
    const before = [parents.get(id)?.from, links.get(id)?.to].filter((other) => other !== undefined && created(other));
    const d = Math.max(0, ...before.map((other) => depthOf(other as string, seen) + 1));
    depth.set(id, d);
    return d;
  };
  for (const id of [...parents.keys(), ...links.keys()]) depthOf(id, new Set());
  return depth;
}

/**
 * The nodes of the replaced texts, which the replace step deleted, are CREATEd with their
 * properties in the pattern (listRows), per label and together with the containment relationship
 * that leads into them (parentEdges) and the one leaving them that CREATED_WITH_NODE names
 * (linkedEdges): the nodes at their ends found through their label's id index, no index seek for
 * the node itself, no map copied per row, and no second row to write the relationships. A node is
 * created after those it is linked to (statements ordered by depth, after the shared nodes).
 * Shared nodes (resolutions, actors, meetings) are MERGEd per label; shared resolutions keep what
 * their own text set.
 */
export function buildNodeQueries(graph: NormalizedGraph, batchSize = BATCH_SIZE): Query[] {
  const replaced = new Set(graph.resolutions);
  return [...buildSharedNodeQueries(graph, replaced, batchSize), ...buildOwnedNodeQueries(graph, replaced, batchSize)];
}

/** The relationship pattern of a statement, its properties read at the positions listRows gave them. */
function relPattern(type: RelType, pattern: string): string {
  return `[:${type}${pattern === '' ? '' : ` {${pattern}}`}]`;
}

function buildOwnedNodeQueries(graph: NormalizedGraph, replaced: ReadonlySet<string>, batchSize: number): Query[] {
  const parents = parentEdges(graph);
  const links = linkedEdges(graph);
  const depth = depths(parents, links);
  const groups = groupBy(
    graph.nodes.filter((node) => isOwned(node, replaced)),
    (node) => {
      const parent = parents.get(node.id);
      const link = links.get(node.id);
      return [depth.get(node.id) ?? 0, node.label, parent?.type, parent?.fromLabel, link?.type, link?.toLabel].join(
        ' ',
      );
    },
  );
  const planned: { depth: number; query: Query }[] = [];
  for (const nodes of groups.values()) {
    // a group shares its depth, label and kinds of parent and link: its first node tells them
    const [first] = nodes as [GraphNode, ...GraphNode[]];
    const parent = parents.get(first.id);
    const link = links.get(first.id);
    // each row: [the parent's id, its relationship's properties,] [the linked node's id, its
    // relationship's properties,] the node's id, the node's properties
    const edge = parent
      ? listRows(
          nodes,
          (node) => [parents.get(node.id)?.from],
          (node) => parents.get(node.id)?.props ?? {},
        )
      : { rows: [], pattern: '' };
    const linked = link
      ? listRows(
          nodes.map((node, i) => ({ node, lead: edge.rows[i] ?? [] })),
          ({ node, lead }) => [...lead, links.get(node.id)?.to],
          ({ node }) => links.get(node.id)?.props ?? {},
        )
      : { rows: edge.rows, pattern: '' };
    const { rows, pattern } = listRows(
      nodes.map((node, i) => ({ node, lead: linked.rows[i] ?? [] })),
      ({ node, lead }) => [...lead, node.id],
      ({ node }) => node.props,
    );
    const linkAt = edge.rows[0]?.length ?? 0;
    const idAt = linked.rows[0]?.length ?? 0;
    const properties = [`id: row[${idAt}]`, ...(pattern === '' ? [] : [pattern])].join(', ');
    const matches = [
      ...(parent ? [`MATCH (p:${parent.fromLabel} {id: row[0]})`] : []),
      ...(link ? [`MATCH (l:${link.toLabel} {id: row[${linkAt}]})`] : []),
    ];
    const created = [
      parent ? `(p)-${relPattern(parent.type, edge.pattern)}->` : '',
      `(n:${first.label}:${ENTITY_LABEL} {${properties}})`,
      link ? `-${relPattern(link.type, linked.pattern)}->(l)` : '',
    ].join('');
    const cypher = ['UNWIND $rows AS row', ...matches, `CREATE ${created}`].join('\n         ');
    for (const batch of chunk(rows, batchSize))
      planned.push({ depth: depth.get(first.id) ?? 0, query: { cypher, params: { rows: batch } } });
  }
  return planned.sort((a, b) => a.depth - b.depth).map(({ query }) => query);
}

function buildSharedNodeQueries(graph: NormalizedGraph, replaced: ReadonlySet<string>, batchSize: number): Query[] {
  const queries: Query[] = [];
  const byLabel = groupBy(
    graph.nodes.filter((node) => !isOwned(node, replaced)),
    (node) => node.label,
  );
  for (const [label, nodes] of byLabel) {
    const isStub = (node: GraphNode) => label === 'Resolution' && !replaced.has(node.id);
    const full: NodeRow[] = nodes.filter((n) => !isStub(n)).map((n) => ({ id: n.id, props: withoutNulls(n.props) }));
    const stubs = nodes.filter(isStub).map((n) => {
      const props = withoutNulls(n.props);
      const curated = { ...props };
      for (const key of TEXT_ONLY_PROPS) delete curated[key];
      return { id: n.id, props, curated };
    });
    for (const rows of chunk(full, batchSize)) {
      queries.push({
        cypher: `UNWIND $rows AS row
                 MERGE (n:${label} {id: row.id})
                 SET n = row.props, n.id = row.id, n:${ENTITY_LABEL}`,
        params: { rows },
      });
    }
    for (const rows of chunk(stubs, batchSize)) {
      queries.push({
        cypher: `UNWIND $rows AS row
                 MERGE (n:${label} {id: row.id})
                 ON CREATE SET n = row.props, n.id = row.id, n:${ENTITY_LABEL}
                 ON MATCH SET n += row.curated`,
        params: { rows },
      });
    }
  }
  return queries;
}

/**
 * Relationships leaving a replaced resolution's nodes were deleted by the replace step, so they
 * are CREATEd per type with their properties in the pattern (listRows), grouped by the node they
 * point at (byTarget), both ends found through the `Entity` id index — except the containment
 * relationship leading into each node of a text, and the relationship CREATED_WITH_NODE names,
 * created with the node (buildNodeQueries). Those leaving shared nodes (an actor's PART_OF, a
 * cited resolution's revisions) are MERGEd per type, so that another load's copy of the same
 * fact is not doubled.
 */
export function buildRelationshipQueries(graph: NormalizedGraph, batchSize = BATCH_SIZE): Query[] {
  const replaced = new Set(graph.resolutions);
  const owned = new Set<string>(graph.resolutions);
  for (const node of graph.nodes) if (isOwned(node, replaced)) owned.add(node.id);
  const row = (rel: GraphRelationship) => ({ from: rel.from, to: rel.to, props: withoutNulls(rel.props) });
  const parents = parentEdges(graph);
  const links = linkedEdges(graph);
  const queries: Query[] = [];
  const created = groupBy(
    graph.relationships.filter(
      (rel) => owned.has(rel.from) && parents.get(rel.to) !== rel && links.get(rel.from) !== rel,
    ),
    (rel) => rel.type,
  );
  for (const [type, rels] of created) {
    const { rows, pattern } = listRows(
      rels,
      (rel) => [rel.from],
      (rel) => rel.props,
    );
    for (const batch of byTarget(rels, rows, batchSize)) {
      queries.push({
        cypher: `UNWIND $rows AS target
                 MATCH (b:${ENTITY_LABEL} {id: target[0]})
                 UNWIND target[1] AS row
                 MATCH (a:${ENTITY_LABEL} {id: row[0]})
                 CREATE (a)-[r:${type}${pattern === '' ? '' : ` {${pattern}}`}]->(b)`,
        params: { rows: batch },
        rows: batch.reduce((count, [, group]) => count + group.length, 0),
      });
    }
  }
  const merged = groupBy(
    graph.relationships.filter((rel) => !owned.has(rel.from)),
    (rel) => `${rel.type} ${rel.fromLabel} ${rel.toLabel}`,
  );
  for (const [key, rels] of merged) {
    const [type, fromLabel, toLabel] = key.split(' ') as [string, NodeLabel, NodeLabel];
    for (const rows of chunk(rels.map(row), batchSize)) {
      queries.push({
        cypher: `UNWIND $rows AS row
                 MATCH (a:${fromLabel} {id: row.from})
                 MATCH (b:${toLabel} {id: row.to})
                 MERGE (a)-[r:${type}]->(b)
                 SET r = row.props`,
        params: { rows },
      });
    }
  }
  return queries;
}

/**
 * The rows of relationships grouped by the node they point at, `[its id, [row, …]]`, in batches of
 * at most `batchSize` rows: most point at a few shared nodes (actors, meetings, cited
 * resolutions), each then found once per statement instead of once per relationship.
 */
function byTarget(rels: GraphRelationship[], rows: unknown[][], batchSize: number): [string, unknown[][]][][] {
  const batches: [string, unknown[][]][][] = [];
  let batch = new Map<string, unknown[][]>();
  let size = 0;
  rels.forEach((rel, i) => {
    if (size === batchSize) {
      batches.push([...batch]);
      batch = new Map();
      size = 0;
    }
    const group = batch.get(rel.to);
    if (group) group.push(rows[i]);
    else batch.set(rel.to, [rows[i]]);
    size += 1;
  });
  if (size > 0) batches.push([...batch]);
  return batches;
}

/** Resolutions known only through citations that nothing cites any more, and unused meetings. */
export function buildOrphanQueries(): Query[] {
  return [
    {
      cypher: `MATCH (r:Resolution) WHERE NOT coalesce(r.textLoaded, false) AND NOT ()-[:CITES]->(r)
               DETACH DELETE r RETURN count(*) AS deleted`,
      params: {},
    },
    {
      cypher: 'MATCH (m:Meeting) WHERE NOT (m)--() DELETE m RETURN count(*) AS deleted',
      params: {},
    },
  ];
}

/**
 * Each expression's snapshot (see annotate-graph.ts), merged by its id: loading the same
 * revision again replaces its snapshot, loading another revision adds one beside it. Expression
 * nodes carry no `Entity` label and no relationship, so nothing else in the graph sees them.
 * `packed` holds each expression's packed snapshot (packSnapshot), in the same order.
 */
export function buildExpressionQueries(expressions: ExpressionSnapshot[], packed: readonly string[]): Query[] {
  if (expressions.length === 0) return [];
  const rows = expressions.map((expression, i) => ({
    id: expression.id,
    props: {
      resolutionId: expression.key.resolutionId,
      revision: expression.key.revision,
      lang: expression.key.lang,
      uriPath: expression.uriPath,
      snapshot: packed[i],
    },
  }));
  return [
    {
      cypher: `UNWIND $rows AS row
               MERGE (e:${EXPRESSION_LABEL} {id: row.id})
               SET e = row.props, e.id = row.id, e.loadedAt = datetime()`,
      params: { rows },
    },
  ];
}

/** The graph version, recorded in the same transaction as the data it describes. */
export function buildVersionQuery(version: string, counts: Record<string, number>): Query {
  return {
    cypher: `MERGE (m:GraphMeta {id: 'graph'})
             SET m.version = $version, m.loadedAt = datetime(), m.counts = $counts`,
    params: { version, counts: JSON.stringify(counts) },
  };
}

export interface WriteOptions {
  /** Recorded as the graph version in the same transaction (omit to leave it unchanged). */
  version?: string;
  onProgress?: (progress: WriteProgress) => void;
}

/** A graph's load with everything the loading process computes done: its statements, step by step. */
export interface PreparedWrite {
  steps: [string, Query[] | Promise<Query[]>][];
  nodes: number;
  relationships: number;
}

/**
 * Validates the graph (an invalid one never reaches Neo4j), adds the URI paths, citations and
 * expression snapshots (annotate-graph.ts) and the obligations' sort keys (obligation-keys.ts),
 * and builds the statements that write or replace it, tallies of obligations included. The
 * snapshots are compressed on the thread pool: their step is a promise.
 */
export function prepareWrite(graph: NormalizedGraph, version?: string): PreparedWrite {
  validateGraph(graph);
  const annotated = annotateGraph(graph);
  const keyed = withObligationKeys(annotated.graph);
  const packing = Promise.all(
    annotated.expressions.map(({ nodes, relationships }) => packSnapshot({ nodes, relationships })),
  );
  packing.catch(() => {}); // awaited in its step; a failure there fails the load
  const counts = { nodes: graph.nodes.length, relationships: graph.relationships.length };
  return {
    steps: [
      ['tallies', [subtractTalliesQuery(keyed.resolutions)]],
      ['replace', buildReplaceQueries(keyed)],
      ['nodes', buildNodeQueries(keyed)],
      ['relationships', buildRelationshipQueries(keyed)],
      ['tallies', addTalliesQueries(keyed)],
      ['orphans', buildOrphanQueries()],
      ['expressions', packing.then((packed) => buildExpressionQueries(annotated.expressions, packed))],
      ['version', version === undefined ? [] : [buildVersionQuery(version, counts)]],
    ],
    ...counts,
  };
}

/** How many nodes a statement of the replace or orphans step deleted (0 for any other). */
function deletedBy(step: string, result: QueryResult): number {
  const record = result.records[0];
  return (step === 'replace' || step === 'orphans') && record?.has('deleted') ? Number(record.get('deleted')) : 0;
}

/**
 * Writes a prepared graph in one transaction. The statements are sent one after the other without
 * waiting for each answer (Bolt pipelines them on the transaction's connection, and Neo4j runs
 * them in order), so that Neo4j never waits for a round trip or for the loading process to encode
 * the next statement's rows. `onSent` is called once every statement is on its way.
 */
async function runWrite(
  db: Database,
  prepared: PreparedWrite,
  onProgress: (progress: WriteProgress) => void,
  onSent: () => void = () => {},
): Promise<WriteSummary> {
  return db.write(async (tx) => {
    const answers: Promise<number>[] = [];
    for (const [step, planned] of prepared.steps) {
      for (const query of await planned) {
        const answer = tx.run(query.cypher, query.params).then((result) => {
          onProgress({ step, rows: query.rows ?? (Array.isArray(query.params.rows) ? query.params.rows.length : 0) });
          return deletedBy(step, result);
        });
        answer.catch(() => {}); // the first failure fails Promise.all below, and the transaction with it
        answers.push(answer);
      }
    }
    onSent();
    const deleted = await Promise.all(answers);
    return {
      nodes: prepared.nodes,
      relationships: prepared.relationships,
      deletedNodes: deleted.reduce((sum, n) => sum + n, 0),
      queries: answers.length,
    };
  });
}

/**
 * Validates the graph, adds what the loader stores beside it (see prepareWrite), then writes or
 * replaces it in one transaction, and returns what it did.
 */
export async function writeGraph(
  db: Database,
  graph: NormalizedGraph,
  options: WriteOptions = {},
): Promise<WriteSummary> {
  return runWrite(db, prepareWrite(graph, options.version), options.onProgress ?? (() => {}));
}

/**
 * Writes several graphs one after the other, each in a transaction of its own as writeGraph
 * does (each one all or nothing), and prepares the next graph's statements while Neo4j runs the
 * current one's and commits them, instead of leaving Neo4j idle while the loading process works.
 */
export async function writeGraphs(
  db: Database,
  graphs: Iterable<NormalizedGraph>,
  options: WriteOptions = {},
): Promise<WriteSummary[]> {
  const onProgress = options.onProgress ?? (() => {});
  const list = [...graphs];
  // the version goes with the last graph, so that it is recorded once the whole corpus is in
  const prepare = (i: number) =>
    i < list.length ? prepareWrite(list[i], i === list.length - 1 ? options.version : undefined) : null;
  const summaries: WriteSummary[] = [];
  let next = prepare(0);
  for (let i = 0; next !== null; i++) {
    let sent = () => {};
    const allSent = new Promise<void>((resolve) => (sent = resolve));
    const writing = runWrite(db, next, onProgress, sent);
    writing.catch(() => {}); // awaited below, after the next graph is prepared
    await Promise.race([allSent, writing]);
    try {
      next = prepare(i + 1);
    } finally {
      // an invalid next graph fails the call only once the current one is committed or rolled back
      summaries.push(await writing);
    }
  }
  return summaries;
}

/**
 * Several graphs as one, so that a corpus can be written a batch of resolutions per
 * transaction. A resolution's own node wins over the stub that another one's citation made.
 */
export function mergeGraphs(graphs: NormalizedGraph[]): NormalizedGraph {
  const resolutions = graphs.flatMap((graph) => graph.resolutions);
  const replaced = new Set(resolutions);
  const nodes = new Map<string, GraphNode>();
  for (const graph of graphs) {
    for (const node of graph.nodes) {
      const known = nodes.get(node.id);
      const own = node.label === 'Resolution' && replaced.has(node.id) && graph.resolutions.includes(node.id);
      if (!known || own) nodes.set(node.id, node);
    }
  }
  const relationships = new Map<string, GraphRelationship>();
  for (const graph of graphs) {
    for (const rel of graph.relationships) {
      const key = `${rel.from}\u0000${rel.type}\u0000${rel.to}`;
      if (!relationships.has(key)) relationships.set(key, rel);
    }
  }
  return { resolutions, nodes: [...nodes.values()], relationships: [...relationships.values()] };
}
