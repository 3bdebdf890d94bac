/**
 * Checks a normalized graph before anyone loads it: ids unique across the graph, no relationship
 * pointing at a missing node, the labels a relationship names equal to its nodes' labels and
 * allowed for its type (types.ts), and every loaded resolution present. Throws a
 * GraphValidationError listing every problem found.
 */
import type { NodeLabel, NormalizedGraph, RelType } from './types';

export class GraphValidationError extends Error {
  readonly problems: string[];

  constructor(problems: string[]) {
    super(`invalid graph (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n  ${problems.join('\n  ')}`);
    this.name = 'GraphValidationError';
    this.problems = problems;
  }
}

/** Allowed labels at each end, per relationship type (the table in types.ts). */
const ENDPOINTS: Record<RelType, readonly [readonly NodeLabel[], readonly NodeLabel[]]> = {
  HAS_SECTION: [['Resolution'], ['Section']],
  HAS_PROVISION: [['Section', 'Provision'], ['Provision']],
  HAS_FOOTNOTE: [['Resolution'], ['Footnote']],
  HAS_ANNEX: [['Resolution'], ['Annex']],
  HAS_PROGRAMME: [['Annex'], ['Programme']],
  HAS_ITEM: [['Programme', 'AnnexItem'], ['AnnexItem']],
  ADOPTED_AT: [['Resolution'], ['Meeting']],
  REVISED_AT: [['Resolution'], ['Meeting']],
  TEXT_ADOPTED_BY: [['Resolution'], ['Meeting']],
  HAS_CITATION: [['Section', 'Provision', 'Annex', 'Programme', 'AnnexItem'], ['Citation']],
  CITES: [['Citation'], ['Resolution']],
  CITES_REVISION: [['Citation'], ['Meeting']],
  REFERS_TO: [
    ['Provision', 'AnnexItem'],
    ['Annex', 'Provision'],
  ],
  PART_OF: [['Actor'], ['Actor']],
  ADDRESSED_TO: [['Section', 'Obligation'], ['Actor']],
  IN_COLLABORATION_WITH: [['Section', 'Obligation'], ['Actor']],
  MENTIONS: [['Provision', 'AnnexItem', 'Section'], ['Actor']],
  STATED_IN: [['Obligation'], ['Provision', 'AnnexItem']],
  HAS_OBLIGATION: [['Resolution'], ['Obligation']],
};

export function validateGraph(graph: NormalizedGraph): void {
  const problems: string[] = [];
  const labels = new Map<string, NodeLabel>();
  for (const node of graph.nodes) {
    if (labels.has(node.id)) problems.push(`duplicate id ${node.id} (${labels.get(node.id)} and ${node.label})`);
    else labels.set(node.id, node.label);
  }
  for (const rel of graph.relationships) {
    const allowed = ENDPOINTS[rel.type];
    const name = `${rel.type} ${rel.from} → ${rel.to}`;
    if (!allowed) {
      problems.push(`${name}: unknown relationship type`);
      continue;
    }
    for (const [end, id, named, ok] of [
      ['from', rel.from, rel.fromLabel, allowed[0]],
      ['to', rel.to, rel.toLabel, allowed[1]],
    ] as const) {
      const actual = labels.get(id);
      if (!actual) problems.push(`${name}: ${end} node ${id} does not exist`);
      else if (actual !== named) problems.push(`${name}: ${end} label is ${named}, the node is a ${actual}`);
      if (!ok.includes(named)) problems.push(`${name}: ${end} label expected ${ok.join(' or ')}, received ${named}`);
    }
  }
  for (const id of graph.resolutions) {
    const node = graph.nodes.find((n) => n.id === id);
    if (!node || node.label !== 'Resolution' || !node.props.textLoaded)
      problems.push(`loaded resolution ${id}: expected a Resolution node with textLoaded=true`);
  }
  if (problems.length > 0) throw new GraphValidationError(problems);
}
