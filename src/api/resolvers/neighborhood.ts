/** The neighborhood of a node, for graph-drawing frontends, with a short caption per node. */
import { neighborhoodQuery } from '../../graph/queries/neighborhood';
import type { AnyRow, NeighborhoodRow } from '../../graph/rows';
import type { Resolvers } from '../__generated__/resolvers-types';
import { integerArgument, LIMITS } from '../arguments';
import { excerpt, headingEn, resolutionName, textIn, type Lang } from '../language';

/** A caption for drawing a node: a name, a title, a formula or the start of its text. */
export function caption(row: AnyRow, lang: Lang): string | null {
  switch (row.nodeLabel) {
    case 'Resolution':
      return resolutionName(lang, row.assembly, row.number);
    case 'Meeting':
      return lang === 'EN' && row.cityEn ? `${row.assembly} ${row.year}, ${row.cityEn}` : lang === 'ZH' && row.cityZh ? `${row.year}年，${row.cityZh}` : null;
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

export const neighborhoodResolvers: Pick<Resolvers, 'Query' | 'Node'> = {
  Query: {
    neighborhood: async (_, { id, depth, limit }, ctx) => {
      const query = neighborhoodQuery({
        id,
        depth: integerArgument('depth', depth ?? 1, LIMITS.neighborhoodDepth),
        limit: integerArgument('limit', limit ?? 100, LIMITS.neighborhoodLimit),
      });
      const [row] = (await ctx.read(query)) as unknown as (NeighborhoodRow | undefined)[];
      return row && row.nodes.length > 0 ? row : null;
    },
  },
};
