/** The real source text, ingested once per test file, with small accessors for assertions. */
import { join } from 'node:path';
import { DEFAULT_SEED_DIR, ingestFile, loadRegistries } from '../../../src/ingest';
import type { GraphNode, GraphRelationship, NormalizedGraph, RelType } from '../../../src/ingest';

export const SOURCE = join(DEFAULT_SEED_DIR, 'wtsa-res44-rev-geneva-2022.zh.txt');
export const registries = loadRegistries(DEFAULT_SEED_DIR);

export function ingestRes44(): NormalizedGraph {
  return ingestFile(SOURCE, registries);
}

export function accessors(graph: NormalizedGraph) {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const node = <L extends GraphNode['label']>(id: string, label: L): Extract<GraphNode, { label: L }> => {
    const n = byId.get(id);
    if (!n || n.label !== label) throw new Error(`expected a ${label} node ${id}, found ${n ? n.label : 'none'}`);
    return n as Extract<GraphNode, { label: L }>;
  };
  const nodes = <L extends GraphNode['label']>(label: L): Extract<GraphNode, { label: L }>[] =>
    graph.nodes.filter((n): n is Extract<GraphNode, { label: L }> => n.label === label);
  const out = (type: RelType, from: string): GraphRelationship[] =>
    graph.relationships.filter((r) => r.type === type && r.from === from);
  const targets = (type: RelType, from: string): string[] => out(type, from).map((r) => r.to);
  return { node, nodes, out, targets };
}
