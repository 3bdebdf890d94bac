/** Resolutions and their text: sections, provisions, footnotes, the annex and its programmes. */
import { resolutionsQuery } from '../../graph/queries/lists';
import type { PageRows, ResolutionRow } from '../../graph/rows';
import type { Resolvers } from '../__generated__/resolvers-types';
import { headingEn, listIn, resolutionReference, textIn } from '../language';
import { pageWindow, toConnection } from '../pagination';
import { obligationConnection } from './connections';
import {
  both,
  firstRelated,
  lastRelated,
  nodeOf,
  prefetchNode,
  relatedOf,
  requiredFirstRelated,
  requiredNodeOf,
  then,
} from './load';

export const resolutionResolvers: Resolvers = {
  Query: {
    resolution: async (_, { id }, ctx, info) => {
      await prefetchNode(ctx, info, id);
      return nodeOf(ctx, 'Resolution', id);
    },
    resolutions: async (_, { filter, first, after }, ctx) => {
      const { offset, limit } = pageWindow('resolutions', first, after);
      const query = resolutionsQuery({ assembly: filter?.assembly ?? null, textLoaded: filter?.textLoaded ?? null }, offset, limit);
      const [row] = await ctx.read(query);
      const page: PageRows<ResolutionRow> = { totalCount: row.totalCount as number, offset, rows: row.rows as ResolutionRow[] };
      return toConnection('resolutions', page);
    },
  },

  Resolution: {
    title: (r, { lang }) => textIn(lang, { ZH: r.titleZh, EN: r.titleEn }),
    reference: (r, { lang }, ctx) =>
      then(both(firstRelated(ctx, 'textAdoptedBy', r.id), firstRelated(ctx, 'adopted', r.id)), ([text, adopted]) =>
        text ? resolutionReference(lang, r.number, { ...text, revised: adopted?.id !== text.id }) : null,
      ),
    adopted: (r, _, ctx) => firstRelated(ctx, 'adopted', r.id),
    revisions: (r, _, ctx) => relatedOf(ctx, 'revisions', r.id),
    latestKnownRevision: (r, _, ctx) => lastRelated(ctx, 'knownRevisions', r.id),
    textAdoptedBy: (r, _, ctx) => firstRelated(ctx, 'textAdoptedBy', r.id),
    textLoaded: (r) => r.textLoaded ?? false,
    sections: (r, _, ctx) => relatedOf(ctx, 'sections', r.id),
    annex: (r, _, ctx) => firstRelated(ctx, 'annex', r.id),
    footnotes: (r, _, ctx) => relatedOf(ctx, 'footnotes', r.id),
    cites: (r, _, ctx) => relatedOf(ctx, 'cites', r.id),
    citedBy: (r, _, ctx) => relatedOf(ctx, 'citedBy', r.id),
    obligations: (r, args, ctx) => obligationConnection(ctx, { ...args, resolution: r.id }),
  },

  Meeting: {
    city: (m, { lang }) => textIn(lang, { ZH: m.cityZh, EN: m.cityEn }),
  },

  Section: {
    heading: (s, { lang }, ctx) => {
      if (lang === 'ZH') return textIn(lang, { ZH: s.headingZh });
      if (lang !== 'EN') return null;
      return then(both(relatedOf(ctx, 'addressees', s.id), relatedOf(ctx, 'collaborators', s.id)), ([addressees, collaborators]) =>
        headingEn(s.kind, s.further, addressees, collaborators),
      );
    },
    addressees: (s, _, ctx) => relatedOf(ctx, 'addressees', s.id),
    collaborators: (s, _, ctx) => relatedOf(ctx, 'collaborators', s.id),
    conditions: (s, { lang }) => listIn(lang, { ZH: s.conditionsZh ?? [] }),
    provisions: (s, _, ctx) => relatedOf(ctx, 'provisions', s.id),
    resolution: (s, _, ctx) => requiredNodeOf(ctx, 'Resolution', s.resolutionId),
  },

  Provision: {
    text: (p, { lang }) => textIn(lang, { ZH: p.textZh }),
    children: (p, _, ctx) => relatedOf(ctx, 'provisions', p.id),
    parent: (p, _, ctx) => nodeOf(ctx, 'Provision', p.parentId),
    section: (p, _, ctx) => requiredNodeOf(ctx, 'Section', p.sectionId),
    resolution: (p, _, ctx) => requiredNodeOf(ctx, 'Resolution', p.resolutionId),
    mentions: (p, _, ctx) => relatedOf(ctx, 'mentions', p.id),
    citations: (p, _, ctx) => relatedOf(ctx, 'citations', p.id),
    refersTo: (p, _, ctx) => relatedOf(ctx, 'refersTo', p.id),
    obligation: (p, _, ctx) => firstRelated(ctx, 'statedObligation', p.id),
  },

  Footnote: {
    text: (f, { lang }) => textIn(lang, { ZH: f.textZh }),
    anchor: (f, { lang }) => textIn(lang, { ZH: f.anchorZh }),
    resolution: (f, _, ctx) => requiredNodeOf(ctx, 'Resolution', f.resolutionId),
  },

  Annex: {
    title: (a, { lang }) => textIn(lang, { ZH: a.titleZh }),
    programmes: (a, _, ctx) => relatedOf(ctx, 'programmes', a.id),
    citations: (a, _, ctx) => relatedOf(ctx, 'citations', a.id),
    resolution: (a, _, ctx) => requiredNodeOf(ctx, 'Resolution', a.resolutionId),
  },

  Programme: {
    title: (p, { lang }) => textIn(lang, { ZH: p.titleZh }),
    items: (p, _, ctx) => relatedOf(ctx, 'items', p.id),
    annex: (p, _, ctx) => requiredFirstRelated(ctx, 'programmeAnnex', p.id),
    resolution: (p, _, ctx) => requiredNodeOf(ctx, 'Resolution', p.resolutionId),
  },

  AnnexItem: {
    label: (i) => i.label ?? null,
    text: (i, { lang }) => textIn(lang, { ZH: i.textZh }),
    children: (i, _, ctx) => relatedOf(ctx, 'items', i.id),
    parent: (i, _, ctx) => nodeOf(ctx, 'AnnexItem', i.parentId),
    programme: (i, _, ctx) => requiredNodeOf(ctx, 'Programme', i.programmeId),
    resolution: (i, _, ctx) => requiredNodeOf(ctx, 'Resolution', i.resolutionId),
    mentions: (i, _, ctx) => relatedOf(ctx, 'mentions', i.id),
    responsible: async (i, _, ctx) => {
      const obligation = await firstRelated(ctx, 'statedObligation', i.id);
      return obligation ? await relatedOf(ctx, 'addressees', obligation.id) : [];
    },
    citations: (i, _, ctx) => relatedOf(ctx, 'citations', i.id),
    obligation: (i, _, ctx) => firstRelated(ctx, 'statedObligation', i.id),
  },
};
