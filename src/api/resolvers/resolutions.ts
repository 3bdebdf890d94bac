/** Resolutions and their text: sections, provisions, footnotes, the annex and its programmes. */
import { resolutionsQuery } from '../../graph/queries/lists';
import type { PageRows, ResolutionRow } from '../../graph/rows';
import type { Resolvers } from '../__generated__/resolvers-types';
import { headingEn, listIn, resolutionReference, textIn } from '../language';
import { pageScope, pageWindow, toConnection } from '../pagination';
import { obligationConnection } from './connections';
import {
  both,
  firstRelated,
  nodeOf,
  lookUp,
  relatedOf,
  requiredFirstRelated,
  requiredNodeOf,
  mapPromiseOrValue,
} from './load';

export const resolutionResolvers: Resolvers = {
  Query: {
    resolution: (_, { id }, ctx, info) => lookUp(ctx, info, 'Resolution', id),
    resolutions: async (_, { filter, first, after }, ctx) => {
      const listFilter = { assembly: filter?.assembly ?? null, textLoaded: filter?.textLoaded ?? null };
      const scope = pageScope('resolutions', listFilter);
      const { offset, limit } = pageWindow(scope, first, after);
      const query = resolutionsQuery(listFilter, offset, limit);
      const [row] = await ctx.read(query);
      const page: PageRows<ResolutionRow> = {
        totalCount: row.totalCount as number,
        offset,
        rows: row.rows as ResolutionRow[],
      };
      return toConnection(scope, page);
    },
  },

  Resolution: {
    title: (r, { lang }) => textIn(lang, { ZH: r.titleZh, EN: r.titleEn }),
    reference: (r, { lang }, ctx) =>
      mapPromiseOrValue(
        both(firstRelated(ctx, 'textAdoptedBy', r), firstRelated(ctx, 'adopted', r)),
        ([text, adopted]) =>
          text ? resolutionReference(lang, r.number, { ...text, revised: adopted?.id !== text.id }) : null,
      ),
    adopted: (r, _, ctx) => firstRelated(ctx, 'adopted', r),
    revisions: (r, _, ctx) => relatedOf(ctx, 'revisions', r),
    latestKnownRevision: (r, _, ctx) => firstRelated(ctx, 'latestKnownRevision', r),
    textAdoptedBy: (r, _, ctx) => firstRelated(ctx, 'textAdoptedBy', r),
    textLoaded: (r) => r.textLoaded ?? false,
    sections: (r, _, ctx) => relatedOf(ctx, 'sections', r),
    annex: (r, _, ctx) => firstRelated(ctx, 'annex', r),
    footnotes: (r, _, ctx) => relatedOf(ctx, 'footnotes', r),
    cites: (r, _, ctx) => relatedOf(ctx, 'cites', r),
    citedBy: (r, _, ctx) => relatedOf(ctx, 'citedBy', r),
    citedByConnection: async (r, { outdated, first, after }, ctx) => {
      const { offset, limit } = pageWindow('citations', first, after);
      const page = await ctx.loaders.citationPages.load({
        target: r.id,
        citingResolution: null,
        outdated: outdated ?? null,
        offset,
        limit,
      });
      return toConnection('citations', page);
    },
    obligations: (r, args, ctx) => obligationConnection(ctx, { ...args, resolution: r.id }, undefined, r),
  },

  Meeting: {
    city: (m, { lang }) => textIn(lang, { ZH: m.cityZh, EN: m.cityEn }),
  },

  Section: {
    heading: (s, { lang }, ctx) => {
      if (lang === 'ZH') return textIn(lang, { ZH: s.headingZh });
      if (lang !== 'EN') return null;
      return mapPromiseOrValue(
        both(relatedOf(ctx, 'addressees', s), relatedOf(ctx, 'collaborators', s)),
        ([addressees, collaborators]) => headingEn(s.kind, s.further, addressees, collaborators),
      );
    },
    addressees: (s, _, ctx) => relatedOf(ctx, 'addressees', s),
    collaborators: (s, _, ctx) => relatedOf(ctx, 'collaborators', s),
    conditions: (s, { lang }) => listIn(lang, { ZH: s.conditionsZh ?? [] }),
    provisions: (s, _, ctx) => relatedOf(ctx, 'provisions', s),
    resolution: (s, _, ctx) => requiredNodeOf(ctx, 'Resolution', s, 'resolutionId'),
  },

  Provision: {
    text: (p, { lang }) => textIn(lang, { ZH: p.textZh }),
    children: (p, _, ctx) => relatedOf(ctx, 'provisions', p),
    parent: (p, _, ctx) => nodeOf(ctx, 'Provision', p, 'parentId'),
    section: (p, _, ctx) => requiredNodeOf(ctx, 'Section', p, 'sectionId'),
    resolution: (p, _, ctx) => requiredNodeOf(ctx, 'Resolution', p, 'resolutionId'),
    mentions: (p, _, ctx) => relatedOf(ctx, 'mentions', p),
    citations: (p, _, ctx) => relatedOf(ctx, 'citations', p),
    refersTo: (p, _, ctx) => relatedOf(ctx, 'refersTo', p),
    obligation: (p, _, ctx) => firstRelated(ctx, 'statedObligation', p),
  },

  Footnote: {
    text: (f, { lang }) => textIn(lang, { ZH: f.textZh }),
    anchor: (f, { lang }) => textIn(lang, { ZH: f.anchorZh }),
    resolution: (f, _, ctx) => requiredNodeOf(ctx, 'Resolution', f, 'resolutionId'),
  },

  Annex: {
    title: (a, { lang }) => textIn(lang, { ZH: a.titleZh }),
    programmes: (a, _, ctx) => relatedOf(ctx, 'programmes', a),
    citations: (a, _, ctx) => relatedOf(ctx, 'citations', a),
    resolution: (a, _, ctx) => requiredNodeOf(ctx, 'Resolution', a, 'resolutionId'),
  },

  Programme: {
    title: (p, { lang }) => textIn(lang, { ZH: p.titleZh }),
    items: (p, _, ctx) => relatedOf(ctx, 'items', p),
    annex: (p, _, ctx) => requiredFirstRelated(ctx, 'programmeAnnex', p),
    resolution: (p, _, ctx) => requiredNodeOf(ctx, 'Resolution', p, 'resolutionId'),
  },

  AnnexItem: {
    label: (i) => i.label ?? null,
    text: (i, { lang }) => textIn(lang, { ZH: i.textZh }),
    children: (i, _, ctx) => relatedOf(ctx, 'items', i),
    parent: (i, _, ctx) => nodeOf(ctx, 'AnnexItem', i, 'parentId'),
    programme: (i, _, ctx) => requiredNodeOf(ctx, 'Programme', i, 'programmeId'),
    resolution: (i, _, ctx) => requiredNodeOf(ctx, 'Resolution', i, 'resolutionId'),
    mentions: (i, _, ctx) => relatedOf(ctx, 'mentions', i),
    responsible: async (i, _, ctx) => {
      const obligation = await firstRelated(ctx, 'statedObligation', i);
      return obligation ? relatedOf(ctx, 'addressees', obligation) : [];
    },
    citations: (i, _, ctx) => relatedOf(ctx, 'citations', i),
    obligation: (i, _, ctx) => firstRelated(ctx, 'statedObligation', i),
  },
};
