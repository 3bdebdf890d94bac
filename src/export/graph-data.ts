/**
 * What every export format is written from: nodes and relationships as the loader wrote them
 * (label, id, properties with `uriPath` and citations), plus what a researcher needs beside the
 * stored facts (a citation's `outdated`, computed by the reader as the API computes it), the
 * graph version and the base of the URIs. Serializers in this folder are pure functions of it.
 */
import type { NodeLabel, RelType } from '../ingest/types';

export interface ExportNode {
  label: NodeLabel;
  id: string;
  props: Record<string, unknown>;
}

export interface ExportRelationship {
  type: RelType;
  from: string;
  to: string;
  props: Record<string, unknown>;
}

export interface ExportGraph {
  /** What the graph holds: `graph` for all of it, or the id of one resolution. */
  scope: string;
  /** The version of the loaded graph (GraphMeta.version); null when none is recorded. */
  version: string | null;
  /** What node URIs start with, e.g. `http://localhost:4000`. */
  baseUri: string;
  nodes: ExportNode[];
  relationships: ExportRelationship[];
}

export const EXPORT_FORMATS = ['graphml', 'jsonld', 'turtle', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A node's URI: the base and the path the loader stored. */
export function uriOf(graph: Pick<ExportGraph, 'baseUri'>, node: ExportNode): string {
  return `${graph.baseUri}${node.props.uriPath as string}`;
}

/** Nodes by id, and relationships by start node, for serializers that walk the graph. */
export class GraphIndex {
  readonly nodes = new Map<string, ExportNode>();
  private readonly outgoing = new Map<string, ExportRelationship[]>();

  constructor(readonly graph: ExportGraph) {
    for (const node of graph.nodes) this.nodes.set(node.id, node);
    for (const rel of graph.relationships) {
      const list = this.outgoing.get(rel.from);
      if (list) list.push(rel);
      else this.outgoing.set(rel.from, [rel]);
    }
  }

  out(id: string, type?: RelType): ExportRelationship[] {
    const rels = this.outgoing.get(id) ?? [];
    return type ? rels.filter((rel) => rel.type === type) : rels;
  }

  targets(id: string, type: RelType): ExportNode[] {
    return this.out(id, type)
      .map((rel) => this.nodes.get(rel.to))
      .filter((node): node is ExportNode => node !== undefined);
  }

  uri(node: ExportNode): string {
    return uriOf(this.graph, node);
  }
}

/** A short human label for any node: its English citation or name, else the Chinese one, else its id. */
export function displayLabel(node: ExportNode, lang: 'en' | 'zh' = 'en'): string {
  const p = node.props;
  const text = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');
  const en = [p.citationEn, p.titleEn, p.nameEn].find((v) => typeof v === 'string' && v !== '');
  const zh = [p.citationZh, p.titleZh, p.nameZh, p.headingZh].find((v) => typeof v === 'string' && v !== '');
  if (node.label === 'Meeting') return `${text(p.assembly)} ${text(p.year)}${p.cityEn ? `, ${text(p.cityEn)}` : ''}`;
  if (node.label === 'Citation') return `${node.id} → ${text(p.targetId)}`;
  if (node.label === 'Obligation') return `${text(p.modality)} ${node.id}`;
  if (node.label === 'Resolution' && !en) return `${text(p.assembly)} Resolution ${text(p.number)}`;
  return ((lang === 'en' ? (en ?? zh) : (zh ?? en)) as string | undefined) ?? node.id;
}
