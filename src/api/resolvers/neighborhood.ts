/**
 * The neighborhood of a node, for graph-drawing frontends: nodes with their kind and a short
 * caption, edges with stable ids, and the distances from the centre kept apart from the nodes,
 * so that a GraphNode is the same object in every neighborhood (safe in a normalized cache).
 */
import { neighborhoodOf, neighborhoodQuery } from '../../graph/queries/neighborhood';
import type { AnyRow, NeighborhoodEdgeRow } from '../../graph/rows';
import type { GraphEdge, NodeKind, RelationType, Resolvers } from '../__generated__/resolvers-types';
import { integerArgument, LIMITS } from '../arguments';
import { excerpt, headingEn, resolutionName, textIn, type Lang } from '../language';

/** A caption for drawing a node: a name, a title, a formula or the start of its text. */
export function caption(row: AnyRow, lang: Lang): string | null {
  switch (row.nodeLabel) {
    case 'Resolution':
      return resolutionName(lang, row.assembly, row.number);
    case 'Meeting':
      return lang === 'EN' && row.cityEn
        ? `${row.assembly} ${row.year}, ${row.cityEn}`
        : lang === 'ZH' && row.cityZh
          ? `${row.year}年，${row.cityZh}`
          : null;
    case 'Actor':
      return textIn(lang, { ZH: row.nameZh, EN: row.nameEn });
    case 'Section':
      return textIn(lang, { ZH: row.headingZh, EN: headingEn(row.kind, row.further, []) });
    case 'Provision':
      return textIn(lang, { ZH: excerpt(row.textZh && `${row.label}) ${row.textZh}`), EN: `paragraph ${row.label}` });
    case 'AnnexItem':
      return textIn(lang, { ZH: excerpt(row.textZh), EN: row.label ? `item ${row.label}` : null });
    case 'Annex':
      return textIn(lang, { ZH: excerpt(row.titleZh), EN: 'Annex' });
    case 'Programme':
      return textIn(lang, { ZH: excerpt(row.titleZh), EN: `Programme ${row.number}` });
    case 'Footnote':
      return textIn(lang, { ZH: excerpt(`${row.marker} ${row.textZh}`), EN: `footnote ${row.marker}` });
    case 'Citation':
      return textIn(lang, { ZH: row.spanZh, EN: `citation of ${row.targetId}` });
    case 'Obligation':
      return textIn(lang, { EN: `${row.modality.toLowerCase().replace('_', ' ')} (${row.sourceId})` });
  }
}

/** The kind of a node label: `AnnexItem` → `ANNEX_ITEM`. */
export function nodeKind(label: string): NodeKind {
  return label.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase() as NodeKind;
}

/** The node label of a kind: `ANNEX_ITEM` → `AnnexItem`. */
export function nodeLabel(kind: NodeKind): string {
  return kind
    .toLowerCase()
    .split('_')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}

/**
 * Edges with their ids, `<source>-[<type>]-><target>`, and `#2`, `#3` … for further
 * relationships of the same type between the same pair (the query orders those by element id).
 */
export function withEdgeIds(edges: readonly NeighborhoodEdgeRow[]): GraphEdge[] {
  const seen = new Map<string, number>();
  return edges.map((edge) => {
    const base = `${edge.source}-[${edge.type}]->${edge.target}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return {
      id: count === 1 ? base : `${base}#${count}`,
      source: edge.source,
      target: edge.target,
      type: edge.type as RelationType,
    };
  });
}

export const neighborhoodResolvers: Pick<Resolvers, 'Query'> = {
  Query: {
    neighborhood: async (_, { id, depth, limit, kinds, relationTypes }, ctx) => {
      const query = neighborhoodQuery({
        id,
        depth: integerArgument('depth', depth ?? 1, LIMITS.neighborhoodDepth),
        limit: integerArgument('limit', limit ?? 100, LIMITS.neighborhoodLimit),
        labels: kinds ? kinds.map(nodeLabel) : null,
        types: relationTypes ?? null,
      });
      const [record] = await ctx.read(query);
      const row = record && neighborhoodOf(record);
      return row && row.nodes.length > 0 ? row : null;
    },
  },
};
