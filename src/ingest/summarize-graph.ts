/** Counts that say at a glance what an ingest produced (printed by the CLI, pinned by tests). */
import type { GraphNode, Modality, NormalizedGraph } from './types';

export interface GraphSummary {
  resolution: string;
  title: string | null;
  sections: number;
  paragraphs: number;
  subItems: number;
  footnotes: number;
  annexProgrammes: number;
  annexItems: number;
  citations: number;
  citedResolutions: string[];
  internalReferences: number;
  actorsMentioned: string[];
  obligationsByModality: Partial<Record<Modality, number>>;
  meetings: number;
  nodes: number;
  relationships: number;
}

export function summarizeGraph(graph: NormalizedGraph): GraphSummary {
  const of = <L extends GraphNode['label']>(label: L): Extract<GraphNode, { label: L }>[] =>
    graph.nodes.filter((n): n is Extract<GraphNode, { label: L }> => n.label === label);
  const resolutionId = graph.resolutions[0];
  const provisions = of('Provision');
  const obligationsByModality: Partial<Record<Modality, number>> = {};
  for (const o of of('Obligation'))
    obligationsByModality[o.props.modality] = (obligationsByModality[o.props.modality] ?? 0) + 1;
  const rels = (type: string) => graph.relationships.filter((r) => r.type === type);
  return {
    resolution: resolutionId,
    title: of('Resolution').find((r) => r.id === resolutionId)?.props.titleZh ?? null,
    sections: of('Section').length,
    paragraphs: provisions.filter((p) => p.props.level === 1).length,
    subItems: provisions.filter((p) => p.props.level === 2).length,
    footnotes: of('Footnote').length,
    annexProgrammes: of('Programme').length,
    annexItems: of('AnnexItem').length,
    citations: of('Citation').length,
    citedResolutions: [...new Set(of('Citation').map((c) => c.props.targetId))],
    internalReferences: rels('REFERS_TO').length,
    actorsMentioned: [...new Set(rels('MENTIONS').map((r) => r.to))],
    obligationsByModality,
    meetings: of('Meeting').length,
    nodes: graph.nodes.length,
    relationships: graph.relationships.length,
  };
}
