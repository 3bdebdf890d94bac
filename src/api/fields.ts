/**
 * Every field of the API's object types that does more than read the row's property of its
 * name, declared ONCE: what it loads (a relation, a page, the parts of a citation), what it reads
 * of the row, and its resolver. From this table come
 *   - the resolvers of every object type (`fieldResolvers`; the area modules hold only `Query`),
 *   - the look-ahead (../api/prefetch.ts): which loads a selection makes and which properties
 *     its rows need, fetched with the root field in one statement,
 *   - the relation Cypher the loaders batch and the look-ahead nests (each `follow(...)` below,
 *     or a relation of src/graph/queries/related.ts that needs more than one pattern).
 * A field of an object type, or a field with arguments, that is not declared here fails the
 * schema test (test/unit/api/fields.test.ts) with its name. See README, "How to add a field".
 */
import { Cypher, ONE, ZERO } from '../graph/queries/cypher';
import type { CitationLang } from '../graph/queries/obligations';
import { NODE_LABEL, nodeAtLoad, type Load } from '../graph/queries/prefetch';
import {
  actorOrder,
  ANCESTORS,
  CITED_BY,
  CITES,
  follow,
  LATEST_KNOWN_REVISION,
  SELF,
  type Relation,
} from '../graph/queries/related';
import type {
  ActorRow,
  AnnexItemRow,
  AnnexRow,
  AnyRow,
  CitationRow,
  FootnoteRow,
  MeetingRow,
  ObligationRow,
  ProgrammeRow,
  ProvisionRow,
  RowByLabel,
  SectionRow,
} from '../graph/rows';
import type { Resolvers } from './__generated__/resolvers-types';
import type { Context } from './context';
import { idArgument } from './arguments';
import { SEARCHED_TEXTS } from './highlight';
import { headingEn, listIn, resolutionReference, textIn, type Lang } from './language';
import { pageWindow, toConnection } from './pagination';
import { mentionPageLoadOf, mentionsOf, obligationPageLoadOf, obligationsOf } from './resolvers/connections';
import { citation, uri } from './resolvers/identifiers';
import { caption, nodeKind, withEdgeIds } from './resolvers/neighborhood';
import {
  both,
  citationOf,
  firstRelated,
  mapPromiseOrValue,
  nodeById,
  nodeOf,
  relatedOf,
  requiredFirstRelated,
  requiredNode,
  requiredNodeOf,
  requiredResolution,
  type PromiseOrValue,
} from './resolvers/load';

type Args = Record<string, unknown>;

/** One field's declaration; `R` is the field's resolver type, as codegen makes it from the SDL. */
export interface Field<R = unknown> {
  /** The resolver; none: graphql-js's default, the row's property of the field's name. */
  resolve?: R;
  /**
   * The load whose rows are the field's value (by the field's arguments; none when they are
   * invalid, for the resolver to report): the field's own selection is fetched along with them.
   */
  value?: Load | ((args: Args) => Load | null);
  /**
   * Loads the resolver needs to compute the field, by the field's arguments (their rows whole, or
   * `usesProps`); a list of loads is a path, each load made from the rows of the one before.
   */
  uses?: (args: Args) => (Load | readonly Load[])[];
  usesProps?: readonly string[];
  /**
   * The row's properties the resolver reads (default: the one of the field's name, for a field
   * without loads), or by the field's arguments: a text reads only the language asked (`text`).
   */
  reads?: readonly string[] | ((args: Args) => readonly string[]);
  /** The field's value is the row itself seen as another type (an edge, a cited revision). */
  same?: true;
}

type ObjectType = Exclude<keyof Resolvers, 'Query' | 'Node'>;
type FieldsOf<T extends ObjectType> = NonNullable<Resolvers[T]>;

/**
 * Per object type, per field: its declaration, its resolver typed by the generated resolver
 * types. An interface's fields say only what they read (each object type has the resolver).
 */
export type FieldTable = {
  [T in ObjectType]?: { [F in Exclude<keyof FieldsOf<T>, '__isTypeOf'>]?: Field<FieldsOf<T>[F]> };
} & { Node?: Record<string, Field<never>> };

const load = (relation: Relation, key = 'id'): Load => ({ kind: 'relation', relation, key });

/** The rows of a relation from the row, in its order. */
function many<R extends AnyRow>(
  relation: Relation<R>,
): Field<(row: object, args: unknown, ctx: Context) => PromiseOrValue<R[]>> {
  return { value: load(relation), resolve: (row, _, ctx) => relatedOf(ctx, relation, row) };
}

/** The first row of a relation from the row; null when there is none. */
function one<R extends AnyRow>(
  relation: Relation<R>,
): Field<(row: object, args: unknown, ctx: Context) => PromiseOrValue<R | null>> {
  return { value: load(relation), resolve: (row, _, ctx) => firstRelated(ctx, relation, row) };
}

/** The first row of a relation that the graph's shape guarantees. */
function requiredOne<R extends AnyRow>(
  relation: Relation<R>,
): Field<(row: object, args: unknown, ctx: Context) => PromiseOrValue<R>> {
  return { value: load(relation), resolve: (row, _, ctx) => requiredFirstRelated(ctx, relation, row) };
}

/**
 * The node of `label` whose id the row holds in `key`; null when none, or of another label (the
 * look-ahead matches the label; the loaders' rows carry it, and the resolver checks it).
 */
function nodeAt<L extends keyof RowByLabel>(
  label: L,
  key: string,
): Field<(row: object, args: unknown, ctx: Context) => PromiseOrValue<RowByLabel[L] | null>> {
  return { value: nodeAtLoad(label, key), resolve: (row, _, ctx) => nodeOf(ctx, label, row, key) };
}

/** The node of `label` whose id the row holds in `key`, which the graph's shape guarantees. */
function requiredNodeAt<L extends keyof RowByLabel>(
  label: L,
  key: string,
): Field<(row: object, args: unknown, ctx: Context) => PromiseOrValue<RowByLabel[L]>> {
  return { value: nodeAtLoad(label, key), resolve: (row, _, ctx) => requiredNodeOf(ctx, label, row, key) };
}

/** Whatever node the row holds the id of in `key`, which the graph's shape guarantees. */
function anyNodeAt(key: string): Field<(row: object, args: unknown, ctx: Context) => PromiseOrValue<AnyRow>> {
  return { value: load(SELF, key), resolve: (row, _, ctx) => requiredNode(ctx, row, key) };
}

/** The latest known revision of the resolution a citation cites; null when there is none. */
function latestRevisionOfTarget(ctx: Context, c: CitationRow): PromiseOrValue<MeetingRow | null> {
  const target = nodeOf(ctx, 'Resolution', c, 'targetId');
  return mapPromiseOrValue(target, (row) => (row ? firstRelated(ctx, LATEST_KNOWN_REVISION, row) : null));
}

/** The languages a unit's citation is stored in: in any other, it is null. */
function isCitationLang(lang: unknown): lang is CitationLang {
  return lang === 'EN' || lang === 'ZH';
}

/**
 * A text field, from the property of each language the graph holds (`{ ZH: 'titleZh', EN: 'titleEn' }`):
 * asked in one of them, it reads that property only; in the others it reads nothing and is null.
 */
function text(properties: Partial<Record<Lang, string>>): Field<(row: object, args: { lang: Lang }) => string | null> {
  const reads = new Map(Object.entries(properties).map(([lang, property]) => [lang, [property]]));
  return {
    reads: ({ lang }) => reads.get(lang as Lang) ?? [],
    resolve: (row, { lang }) => {
      const property = properties[lang];
      return property === undefined
        ? null
        : textIn(lang, { [lang]: (row as Record<string, unknown>)[property] as string | null });
    },
  };
}

/** A property of the object the parent's resolver made (a connection's count, an edge's cursor), not of a node row. */
const OWN: Field<never> = { reads: [] };

/** The field's value is the parent object itself, or a part of it holding the same rows. */
const SAME: Field<never> = { same: true, reads: [] };

/** One step along a relationship type: a relation of its own, for the fields that follow it. */
const ADDRESSEES = follow<ActorRow>('addressees', {
  type: 'ADDRESSED_TO',
  direction: 'out',
  label: 'Actor',
  orderBy: actorOrder,
});
const COLLABORATORS = follow<ActorRow>('collaborators', {
  type: 'IN_COLLABORATION_WITH',
  direction: 'out',
  label: 'Actor',
  orderBy: actorOrder,
});
const MENTIONS = follow<ActorRow>('mentions', {
  type: 'MENTIONS',
  direction: 'out',
  label: 'Actor',
  orderBy: (m, r) => [Cypher.minus(ZERO, Cypher.coalesce(r.property('count'), ONE)), m.property('id')],
});
const PROVISIONS = follow<ProvisionRow>('provisions', {
  type: 'HAS_PROVISION',
  direction: 'out',
  label: 'Provision',
  orderBy: (m) => [m.property('ordinal')],
});
const ITEMS = follow<AnnexItemRow>('items', {
  type: 'HAS_ITEM',
  direction: 'out',
  label: 'AnnexItem',
  orderBy: (m) => [m.property('ordinal')],
});
const CITATIONS = follow<CitationRow>('citations', {
  type: 'HAS_CITATION',
  direction: 'out',
  label: 'Citation',
  orderBy: (m) => [m.property('spanStart'), m.property('id')],
});
const STATED_OBLIGATION = follow<ObligationRow>('statedObligation', {
  type: 'STATED_IN',
  direction: 'in',
  label: 'Obligation',
});
const ADOPTED = follow<MeetingRow>('adopted', {
  type: 'ADOPTED_AT',
  direction: 'out',
  label: 'Meeting',
  orderBy: (m) => [m.property('year')],
});
const TEXT_ADOPTED_BY = follow<MeetingRow>('textAdoptedBy', {
  type: 'TEXT_ADOPTED_BY',
  direction: 'out',
  label: 'Meeting',
  orderBy: (m) => [m.property('year')],
});

/**
 * A node's URI (every node) and a unit's citation (the units of a text): what the loader stored
 * (a node stored before paths were has its URI made from its label).
 */
const URI = { reads: ['uriPath', NODE_LABEL], resolve: uri };
const CITATION = { reads: ['citationEn', 'citationZh'], resolve: citation };

export const FIELDS: FieldTable = {
  Node: { uri: { reads: ['uriPath', NODE_LABEL] } },
  Resolution: {
    uri: URI,
    citation: CITATION,
    title: text({ ZH: 'titleZh', EN: 'titleEn' }),
    reference: {
      reads: ['number'],
      uses: () => [load(TEXT_ADOPTED_BY), load(ADOPTED)],
      resolve: (r, { lang }, ctx) =>
        mapPromiseOrValue(
          both(firstRelated(ctx, TEXT_ADOPTED_BY, r), firstRelated(ctx, ADOPTED, r)),
          ([text, adopted]) =>
            text ? resolutionReference(lang, r.number, { ...text, revised: adopted?.id !== text.id }) : null,
        ),
    },
    adopted: one(ADOPTED),
    revisions: many(
      follow<MeetingRow>('revisions', {
        type: 'REVISED_AT',
        direction: 'out',
        label: 'Meeting',
        orderBy: (m) => [m.property('year'), m.property('id')],
      }),
    ),
    latestKnownRevision: one(LATEST_KNOWN_REVISION),
    textAdoptedBy: one(TEXT_ADOPTED_BY),
    textLoaded: { resolve: (r) => r.textLoaded ?? false },
    sections: many(
      follow<SectionRow>('sections', {
        type: 'HAS_SECTION',
        direction: 'out',
        label: 'Section',
        orderBy: (m) => [m.property('ordinal')],
      }),
    ),
    annex: one(follow<AnnexRow>('annex', { type: 'HAS_ANNEX', direction: 'out', label: 'Annex' })),
    footnotes: many(
      follow<FootnoteRow>('footnotes', {
        type: 'HAS_FOOTNOTE',
        direction: 'out',
        label: 'Footnote',
        orderBy: (m) => [Cypher.toIntegerOrNull(m.property('marker')), m.property('marker')],
      }),
    ),
    cites: many(CITES),
    citedBy: many(CITED_BY),
    citedByConnection: {
      reads: [],
      resolve: async (r, { outdated, first, after }, ctx) => {
        const { offset, limit } = pageWindow('citations', first, after);
        const request = { target: r.id, citingResolution: null, outdated: outdated ?? null, offset, limit };
        return toConnection('citations', await ctx.loaders.citationPages.load(request));
      },
    },
    obligations: {
      value: (args) => obligationPageLoadOf('resolution', args),
      resolve: (r, args, ctx) => obligationsOf(ctx, { ...args, resolution: r.id }, r),
    },
  },
  Meeting: {
    uri: URI,
    city: text({ ZH: 'cityZh', EN: 'cityEn' }),
  },
  Section: {
    uri: URI,
    citation: CITATION,
    heading: {
      // the Chinese heading is stored; the English one is composed from the kind and the actors
      reads: ({ lang }) => (lang === 'ZH' ? ['headingZh'] : lang === 'EN' ? ['kind', 'further'] : []),
      uses: (args) => (args.lang === 'EN' ? [load(ADDRESSEES), load(COLLABORATORS)] : []),
      resolve: (s, { lang }, ctx) => {
        if (lang === 'ZH') return textIn(lang, { ZH: s.headingZh });
        if (lang !== 'EN') return null;
        return mapPromiseOrValue(
          both(relatedOf(ctx, ADDRESSEES, s), relatedOf(ctx, COLLABORATORS, s)),
          ([addressees, collaborators]) => headingEn(s.kind, s.further, addressees, collaborators),
        );
      },
    },
    addressees: many(ADDRESSEES),
    collaborators: many(COLLABORATORS),
    conditions: { reads: ['conditionsZh'], resolve: (s, { lang }) => listIn(lang, { ZH: s.conditionsZh ?? [] }) },
    provisions: many(PROVISIONS),
    resolution: requiredNodeAt('Resolution', 'resolutionId'),
  },
  Provision: {
    uri: URI,
    citation: CITATION,
    text: text({ ZH: 'textZh' }),
    children: many(PROVISIONS),
    parent: nodeAt('Provision', 'parentId'),
    section: requiredNodeAt('Section', 'sectionId'),
    resolution: requiredNodeAt('Resolution', 'resolutionId'),
    mentions: many(MENTIONS),
    citations: many(CITATIONS),
    refersTo: many(follow<AnyRow>('refersTo', { type: 'REFERS_TO', direction: 'out' })),
    obligation: one(STATED_OBLIGATION),
  },
  Footnote: {
    uri: URI,
    citation: CITATION,
    text: text({ ZH: 'textZh' }),
    anchor: text({ ZH: 'anchorZh' }),
    resolution: requiredNodeAt('Resolution', 'resolutionId'),
  },
  Annex: {
    uri: URI,
    citation: CITATION,
    title: text({ ZH: 'titleZh' }),
    programmes: many(
      follow<ProgrammeRow>('programmes', {
        type: 'HAS_PROGRAMME',
        direction: 'out',
        label: 'Programme',
        orderBy: (m) => [m.property('number')],
      }),
    ),
    citations: many(CITATIONS),
    resolution: requiredNodeAt('Resolution', 'resolutionId'),
  },
  Programme: {
    uri: URI,
    citation: CITATION,
    title: text({ ZH: 'titleZh' }),
    items: many(ITEMS),
    annex: requiredOne(follow<AnnexRow>('programmeAnnex', { type: 'HAS_PROGRAMME', direction: 'in', label: 'Annex' })),
    resolution: requiredNodeAt('Resolution', 'resolutionId'),
  },
  AnnexItem: {
    uri: URI,
    citation: CITATION,
    label: { resolve: (i) => i.label ?? null },
    text: text({ ZH: 'textZh' }),
    children: many(ITEMS),
    parent: nodeAt('AnnexItem', 'parentId'),
    programme: requiredNodeAt('Programme', 'programmeId'),
    resolution: requiredNodeAt('Resolution', 'resolutionId'),
    mentions: many(MENTIONS),
    // Two steps (the stated obligation, then its addressees): left to the loaders.
    responsible: {
      reads: [],
      resolve: async (i, _, ctx) => {
        const obligation = await firstRelated(ctx, STATED_OBLIGATION, i);
        return obligation ? relatedOf(ctx, ADDRESSEES, obligation) : [];
      },
    },
    citations: many(CITATIONS),
    obligation: one(STATED_OBLIGATION),
  },
  Citation: {
    uri: URI,
    source: anyNodeAt('sourceId'),
    target: requiredNodeAt('Resolution', 'targetId'),
    citingResolution: requiredNodeAt('Resolution', 'resolutionId'),
    citedRevision: { same: true, reads: ['citedYear'], resolve: (c) => (c.citedYear == null ? null : c) },
    // Through the target's row, which `target { latestKnownRevision }` fetches too: one subquery for both.
    outdated: {
      reads: ['citedYear'],
      uses: () => [[nodeAtLoad('Resolution', 'targetId'), load(LATEST_KNOWN_REVISION)]],
      usesProps: ['year'],
      resolve: (c, _, ctx) => {
        const cited = c.citedYear;
        if (cited == null) return null;
        return mapPromiseOrValue(latestRevisionOfTarget(ctx, c), (latest) => latest !== null && latest.year > cited);
      },
    },
    span: text({ ZH: 'spanZh' }),
    description: text({ ZH: 'descriptionZh' }),
  },
  CitedRevision: {
    year: { reads: ['citedYear'], resolve: (c) => c.citedYear as number },
    city: text({ ZH: 'citedCityZh', EN: 'citedCityEn' }),
    revised: { reads: ['citedRevised'], resolve: (c) => c.citedRevised ?? null },
    meeting: one(
      follow<MeetingRow>('citedMeeting', {
        type: 'CITES_REVISION',
        direction: 'out',
        label: 'Meeting',
        orderBy: (m) => [m.property('year')],
      }),
    ),
  },
  // A chain's steps are walked down to their citations, the rows its statement projects.
  CitationChain: {
    ids: OWN,
    steps: SAME,
    resolutions: {
      reads: [],
      resolve: async (chain, _, ctx) => {
        const rows = await Promise.all(chain.ids.map((id) => nodeById(ctx, 'Resolution', id)));
        return rows.filter((row) => row !== null);
      },
    },
    length: { reads: [], resolve: (chain) => chain.ids.length - 1 },
  },
  CitationStep: {
    from: { reads: [], resolve: (step, _, ctx) => requiredResolution(ctx, step.from) },
    to: { reads: [], resolve: (step, _, ctx) => requiredResolution(ctx, step.to) },
    direction: OWN,
    citations: SAME,
  },
  Actor: {
    uri: URI,
    acronym: { resolve: (a) => a.acronym ?? null },
    name: text({ ZH: 'nameZh', EN: 'nameEn' }),
    aliases: { reads: ['aliasesZh'], resolve: (a, { lang }) => listIn(lang, { ZH: a.aliasesZh ?? [] }) },
    parent: one(follow<ActorRow>('actorParent', { type: 'PART_OF', direction: 'out', label: 'Actor' })),
    ancestors: many(ANCESTORS),
    children: many(follow<ActorRow>('actorChildren', { type: 'PART_OF', direction: 'in', label: 'Actor' })),
    obligations: {
      value: (args) => obligationPageLoadOf('actor', args),
      resolve: (a, args, ctx) => obligationsOf(ctx, { ...args, actor: a.id }, a),
    },
    mentionedIn: { value: mentionPageLoadOf, resolve: (a, args, ctx) => mentionsOf(ctx, args, a) },
  },
  Obligation: {
    uri: URI,
    resolution: requiredNodeAt('Resolution', 'resolutionId'),
    provision: nodeAt('Provision', 'sourceId'),
    source: anyNodeAt('sourceId'),
    addressees: many(ADDRESSEES),
    collaborators: many(COLLABORATORS),
    roleOf: {
      reads: [],
      uses: () => [load(ADDRESSEES), load(COLLABORATORS)],
      resolve: async (o, { actor }, ctx) => {
        const id = idArgument('actor', actor);
        const [addressees, collaborators] = await Promise.all([
          relatedOf(ctx, ADDRESSEES, o),
          relatedOf(ctx, COLLABORATORS, o),
        ]);
        if (addressees.some((a) => a.id === id)) return 'ADDRESSEE';
        return collaborators.some((a) => a.id === id) ? 'COLLABORATOR' : null;
      },
    },
    conditions: { reads: ['conditionsZh'], resolve: (o, { lang }) => listIn(lang, { ZH: o.conditionsZh ?? [] }) },
    citation: {
      uses: ({ lang }) => (isCitationLang(lang) ? [{ kind: 'obligationCitation', lang }] : []),
      resolve: (o, { lang }, ctx) => (isCitationLang(lang) ? citationOf(ctx, o, lang) : null),
    },
  },
  ObligationConnection: { edges: SAME, totalCount: OWN, pageInfo: OWN },
  ObligationEdge: { node: SAME, cursor: OWN },
  CitationConnection: { edges: SAME, totalCount: OWN, pageInfo: OWN },
  CitationEdge: { node: SAME, cursor: OWN },
  MentionConnection: { edges: SAME, totalCount: OWN, pageInfo: OWN },
  MentionEdge: { node: SAME, cursor: OWN, count: OWN },
  SearchConnection: { edges: SAME, totalCount: OWN, pageInfo: OWN, facets: OWN },
  SearchEdge: {
    node: SAME,
    cursor: OWN,
    score: OWN,
    kind: OWN,
    highlight: { reads: [SEARCHED_TEXTS] },
  },
  ResolutionConnection: { edges: SAME, totalCount: OWN, pageInfo: OWN },
  ResolutionEdge: { node: SAME, cursor: OWN },
  ActorConnection: { edges: SAME, totalCount: OWN, pageInfo: OWN },
  ActorEdge: { node: SAME, cursor: OWN },
  Neighborhood: {
    nodes: OWN,
    edges: { reads: [], resolve: (n) => withEdgeIds(n.edges) },
    distances: { reads: [], resolve: (n) => n.nodes.map(({ node, distance }) => ({ node: node.id, distance })) },
  },
  GraphNode: {
    id: { resolve: (n) => n.node.id },
    kind: { resolve: (n) => nodeKind(n.node.nodeLabel) },
    type: { resolve: (n) => n.node.nodeLabel },
    label: { resolve: (n, { lang }) => caption(n.node, lang) },
  },
};

/** The resolvers the table declares, by type and field. */
export function fieldResolvers(table: FieldTable): Resolvers {
  const resolvers: Record<string, Record<string, unknown>> = {};
  for (const [type, fields] of Object.entries(table)) {
    for (const [name, field] of Object.entries(fields as Record<string, Field>)) {
      if (field.resolve) (resolvers[type] ??= {})[name] = field.resolve;
    }
  }
  return resolvers;
}

/** The declaration of `type.field`; undefined when it has none. */
export function fieldDeclaration(type: string, field: string): Field | undefined {
  return (FIELDS as Record<string, Record<string, Field> | undefined>)[type]?.[field];
}

/** Every relation the table's fields load, by name (the names are unique: the fields test checks it). */
export function declaredRelations(table: FieldTable = FIELDS): Relation[] {
  const relations: Relation[] = [SELF];
  for (const fields of Object.values(table)) {
    for (const field of Object.values(fields as Record<string, Field>)) {
      const loads = [
        ...(field.value && typeof field.value !== 'function' ? [field.value] : []),
        ...(field.uses ? field.uses({ lang: 'EN' }).flat() : []),
      ];
      for (const l of loads) if (l.kind === 'relation' && !relations.includes(l.relation)) relations.push(l.relation);
    }
  }
  return relations;
}
