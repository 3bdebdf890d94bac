/**
 * What the loader adds to the normalized graph before writing it (src/identifiers): every node's
 * URI path, every unit's citation in English and Chinese, and one snapshot per expression — the
 * subgraph of a resolution's text as this load wrote it — so that the URIs of a revision keep
 * naming the same text after a later revision of the same resolution replaces it in the graph.
 *
 * A snapshot (stored gzipped, see packSnapshot) holds the resolution, every node of its text (with the paths and citations added
 * here), the relationships leaving them, and the nodes those point at (actors, meetings, cited
 * resolutions) as they were at that load. The /id/ routes answer a subdivision's URI from its
 * expression's snapshot, never from the live graph.
 */
import { promisify } from 'node:util';
import { gunzipSync, gzip } from 'node:zlib';
import type { GraphNode, GraphRelationship, NormalizedGraph } from '../ingest/types';
import { unitCitations } from '../identifiers/unit-citations';
import {
  actorPath,
  expressionId,
  expressionLanguage,
  expressionPath,
  meetingPath,
  revisionKey,
  unitPath,
  workPath,
  type ExpressionKey,
} from '../identifiers/uris';

/** The properties the loader adds to a node. */
export interface AddedProps {
  /** The node's URI without the server's base (`/id/WTSA-44/2022/zh/s8/3`). */
  uriPath: string;
  citationEn?: string | null;
  citationZh?: string | null;
}

/** One expression (a revision of a resolution in one language) as a load wrote it. */
export interface ExpressionSnapshot {
  id: string;
  key: ExpressionKey;
  uriPath: string;
  nodes: GraphNode[];
  relationships: GraphRelationship[];
}

export interface AnnotatedGraph {
  graph: NormalizedGraph;
  expressions: ExpressionSnapshot[];
}

function ownerOf(node: GraphNode): string | null {
  if (node.label === 'Resolution' || node.label === 'Actor' || node.label === 'Meeting') return null;
  return (node.props as { resolutionId: string }).resolutionId;
}

/** The expression of each resolution whose text the graph carries: the year of the meeting that adopted it, the language of its source file. */
export function expressionKeys(graph: NormalizedGraph): Map<string, ExpressionKey> {
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  const replaced = new Set(graph.resolutions);
  const adoptedBy = new Map<string, string>();
  for (const rel of graph.relationships) {
    if (rel.type === 'TEXT_ADOPTED_BY' && replaced.has(rel.from) && !adoptedBy.has(rel.from))
      adoptedBy.set(rel.from, rel.to);
  }
  const keys = new Map<string, ExpressionKey>();
  for (const resolutionId of graph.resolutions) {
    const meetingId = adoptedBy.get(resolutionId);
    const meeting = meetingId === undefined ? undefined : byId.get(meetingId);
    const year = meeting?.label === 'Meeting' ? meeting.props.year : null;
    const resolution = byId.get(resolutionId);
    const sourceFile = resolution?.label === 'Resolution' ? resolution.props.sourceFile : null;
    keys.set(resolutionId, { resolutionId, revision: revisionKey(year), lang: expressionLanguage(sourceFile) });
  }
  return keys;
}

function pathOf(node: GraphNode, keys: Map<string, ExpressionKey>): string {
  if (node.label === 'Resolution') return workPath(node.id);
  if (node.label === 'Actor') return actorPath(node.id);
  if (node.label === 'Meeting') return meetingPath(node.id);
  const owner = ownerOf(node);
  const key = owner === null ? undefined : keys.get(owner);
  if (!key)
    throw new Error(
      `expected ${node.id} to belong to a resolution whose text this graph carries, found owner ${owner}`,
    );
  return unitPath(key, node.id);
}

/** The graph with paths and citations added to its nodes, and the snapshot of each expression it carries. */
export function annotateGraph(graph: NormalizedGraph): AnnotatedGraph {
  const keys = expressionKeys(graph);
  const citations = unitCitations(graph);
  const nodes = graph.nodes.map((node) => {
    const citation = citations.get(node.id);
    const added: AddedProps = { uriPath: pathOf(node, keys) };
    if (citation) Object.assign(added, { citationEn: citation.en, citationZh: citation.zh });
    return { ...node, props: { ...node.props, ...added } } as GraphNode;
  });
  const annotated: NormalizedGraph = { ...graph, nodes };
  const texts = textsOf(annotated, keys);
  const expressions = [...keys.values()].map((key) => snapshotOf(key, texts));
  return { graph: annotated, expressions };
}

interface Text {
  owned: GraphNode[];
  relationships: GraphRelationship[];
}

interface Texts {
  texts: Map<string, Text>;
  /** Every node by id, with its position in the graph (a snapshot keeps the graph's order). */
  byId: Map<string, { node: GraphNode; position: number }>;
}

/** The nodes and outgoing relationships of each text the graph carries, by resolution id, in one pass. */
function textsOf(graph: NormalizedGraph, keys: Map<string, ExpressionKey>): Texts {
  const texts = new Map<string, Text>([...keys.keys()].map((id) => [id, { owned: [], relationships: [] }]));
  const byId = new Map<string, { node: GraphNode; position: number }>();
  const textOf = new Map<string, Text>();
  graph.nodes.forEach((node, position) => {
    byId.set(node.id, { node, position });
    const text = texts.get(node.label === 'Resolution' ? node.id : (ownerOf(node) ?? ''));
    if (text) {
      text.owned.push(node);
      textOf.set(node.id, text);
    }
  });
  for (const rel of graph.relationships) textOf.get(rel.from)?.relationships.push(rel);
  return { texts, byId };
}

function snapshotOf(key: ExpressionKey, { texts, byId }: Texts): ExpressionSnapshot {
  const { owned, relationships } = texts.get(key.resolutionId) as Text;
  const reached = new Set([...owned.map((node) => node.id), ...relationships.map((rel) => rel.to)]);
  const nodes = [...reached]
    .map((id) => byId.get(id))
    .filter((entry) => entry !== undefined)
    .sort((a, b) => a.position - b.position)
    .map((entry) => entry.node);
  return { id: expressionId(key), key, uriPath: expressionPath(key), nodes, relationships };
}

/** What a snapshot stores: its nodes and relationships. */
export interface SnapshotContent {
  nodes: GraphNode[];
  relationships: GraphRelationship[];
}

const gzipAsync = promisify(gzip);

/**
 * A snapshot as stored: JSON, gzipped, base64. Compressed, the text of Resolution 44 takes
 * about a fifth of the room in the write transaction and on disk. The compression runs on
 * libuv's thread pool, so that a load compresses its snapshots while it writes its nodes.
 */
export async function packSnapshot(content: SnapshotContent): Promise<string> {
  return (await gzipAsync(JSON.stringify(content))).toString('base64');
}

export function unpackSnapshot(packed: string): SnapshotContent {
  return JSON.parse(gunzipSync(Buffer.from(packed, 'base64')).toString('utf8')) as SnapshotContent;
}
