/**
 * GraphML (graphml.graphdrawing.org) for Gephi, Cytoscape and networkx: a directed graph whose
 * nodes and edges carry typed attributes declared up front (`<key attr.type="…">`), with
 * parallel edges kept apart by their ids. Written in chunks, a node or an edge at a time.
 * graphology-graphml, the one GraphML library for Node, only parses; this writer is tested by
 * reading its output back with it and with networkx.
 */
import { displayLabel, type ExportGraph, type ExportNode, GraphIndex } from './graph-data';

type AttrType = 'string' | 'int' | 'boolean';

interface Key {
  id: string;
  for: 'node' | 'edge' | 'graph';
  type: AttrType;
  value: (node: ExportNode, index: GraphIndex) => unknown;
}

const prop = (name: string) => (node: ExportNode) => node.props[name];

/** Node attributes: what a researcher colours, sizes or filters by. */
const NODE_KEYS: Key[] = [
  { id: 'kind', for: 'node', type: 'string', value: (node) => node.label },
  { id: 'label', for: 'node', type: 'string', value: (node) => displayLabel(node, 'en') },
  { id: 'labelEn', for: 'node', type: 'string', value: (node) => (hasEnglish(node) ? displayLabel(node, 'en') : null) },
  { id: 'labelZh', for: 'node', type: 'string', value: (node) => (hasChinese(node) ? displayLabel(node, 'zh') : null) },
  { id: 'uri', for: 'node', type: 'string', value: (node, index) => index.uri(node) },
  {
    id: 'resolution',
    for: 'node',
    type: 'string',
    value: (node) => (node.label === 'Resolution' ? node.id : node.props.resolutionId),
  },
  { id: 'assembly', for: 'node', type: 'string', value: prop('assembly') },
  {
    id: 'number',
    for: 'node',
    type: 'int',
    value: (node) => (node.label === 'Resolution' || node.label === 'Programme' ? node.props.number : null),
  },
  { id: 'textLoaded', for: 'node', type: 'boolean', value: prop('textLoaded') },
  { id: 'year', for: 'node', type: 'int', value: (node) => (node.label === 'Meeting' ? node.props.year : null) },
  {
    id: 'sectionKind',
    for: 'node',
    type: 'string',
    value: (node) => (node.label === 'Section' ? node.props.kind : null),
  },
  { id: 'actorKind', for: 'node', type: 'string', value: (node) => (node.label === 'Actor' ? node.props.kind : null) },
  {
    id: 'itemKind',
    for: 'node',
    type: 'string',
    value: (node) => (node.label === 'AnnexItem' ? node.props.kind : null),
  },
  { id: 'modality', for: 'node', type: 'string', value: prop('modality') },
  { id: 'citedYear', for: 'node', type: 'int', value: prop('citedYear') },
  { id: 'citedRevised', for: 'node', type: 'boolean', value: prop('citedRevised') },
  { id: 'outdated', for: 'node', type: 'boolean', value: prop('outdated') },
  { id: 'target', for: 'node', type: 'string', value: prop('targetId') },
  { id: 'level', for: 'node', type: 'int', value: prop('level') },
  { id: 'ordinal', for: 'node', type: 'int', value: prop('ordinal') },
  { id: 'citationEn', for: 'node', type: 'string', value: prop('citationEn') },
  { id: 'citationZh', for: 'node', type: 'string', value: prop('citationZh') },
  {
    id: 'textZh',
    for: 'node',
    type: 'string',
    value: (node) => node.props.textZh ?? node.props.spanZh ?? node.props.headingZh ?? null,
  },
];

function hasEnglish(node: ExportNode): boolean {
  const p = node.props;
  return Boolean(
    p.citationEn || p.titleEn || p.nameEn || node.label === 'Meeting' || (node.label === 'Resolution' && p.number),
  );
}

function hasChinese(node: ExportNode): boolean {
  const p = node.props;
  return Boolean(p.citationZh || p.titleZh || p.nameZh || p.headingZh);
}

function escapeXml(text: string): string {
  // Characters XML 1.0 does not allow at all are dropped; the five specials are escaped.
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function data(key: string, type: AttrType, value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  if (type === 'int' && typeof value !== 'number') return '';
  if (type === 'boolean' && typeof value !== 'boolean') return '';
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return '';
  return `<data key="${key}">${escapeXml(String(value))}</data>`;
}

/** The GraphML document in chunks: header and keys, then one line per node and per edge. */
export function* graphmlChunks(graph: ExportGraph): Generator<string> {
  const index = new GraphIndex(graph);
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';
  for (const key of NODE_KEYS)
    yield `  <key id="${key.id}" for="node" attr.name="${key.id}" attr.type="${key.type}"/>\n`;
  yield '  <key id="type" for="edge" attr.name="type" attr.type="string"/>\n';
  yield '  <key id="count" for="edge" attr.name="count" attr.type="int"/>\n';
  yield '  <key id="graphVersion" for="graph" attr.name="graphVersion" attr.type="string"/>\n';
  yield '  <key id="scope" for="graph" attr.name="scope" attr.type="string"/>\n';
  yield '  <key id="baseUri" for="graph" attr.name="baseUri" attr.type="string"/>\n';
  yield '  <graph id="G" edgedefault="directed">\n';
  yield `    ${data('graphVersion', 'string', graph.version)}${data('scope', 'string', graph.scope)}${data('baseUri', 'string', graph.baseUri)}\n`;
  for (const node of graph.nodes) {
    const attrs = NODE_KEYS.map((key) => data(key.id, key.type, key.value(node, index))).join('');
    yield `    <node id="${escapeXml(node.id)}">${attrs}</node>\n`;
  }
  let n = 0;
  for (const rel of graph.relationships) {
    n += 1;
    const attrs = data('type', 'string', rel.type) + data('count', 'int', rel.props.count);
    yield `    <edge id="e${n}" source="${escapeXml(rel.from)}" target="${escapeXml(rel.to)}">${attrs}</edge>\n`;
  }
  yield '  </graph>\n</graphml>\n';
}

export function toGraphml(graph: ExportGraph): string {
  return [...graphmlChunks(graph)].join('');
}
