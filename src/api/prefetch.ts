/**
 * Look-ahead: from the selection set of a root field, the prefetch tree of everything its
 * resolvers will load and read below it (src/graph/queries/prefetch.ts), so that the root
 * field's one statement fetches it all and each row carries what its resolvers need: one round
 * trip for the whole field instead of one per level.
 *
 * FIELD_LOADS says, per type and field, what the field's resolver loads, FIELD_PROPS what it
 * reads. They mirror the resolvers: a load missing here is still answered right, by its loader
 * (one round trip later, with full rows); a property missing here would be read as null, which
 * the tests rule out by comparing every field's answer with and without prefetching.
 */
import {
  getArgumentValues,
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  type GraphQLNamedType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import {
  addLoad,
  emptyTree,
  limitTree,
  type Load,
  type MentionPageLoad,
  type ObligationPageLoad,
  type PrefetchTree,
} from '../graph/queries/prefetch';
import type { Relation } from '../graph/queries/related';
import type { ObligationPageRequest } from '../graph/queries/obligations';
import { obligationPageRequest } from './arguments';
import { pageWindow } from './pagination';

/**
 * The most loads one statement prefetches (nearest the root first; the contract operations need
 * at most 9). Beyond that, Neo4j takes longer to plan the statement than the loaders take.
 */
export const MAX_PREFETCHED_LOADS = 32;

interface FieldLoads {
  /**
   * The load whose rows are the field's value (by the field's arguments; none when they are
   * invalid, for the resolver to report): the field's own selection is fetched along with them.
   */
  value?: Load | ((args: Record<string, unknown>) => Load | null);
  /** Loads the resolver needs to compute the field, by the field's arguments. */
  uses?: (args: Record<string, unknown>) => Load[];
  /** The properties it reads of their rows (default: all of them). */
  usesProps?: readonly string[];
  /** The field's value is the node's own row seen as another type (an edge, a cited revision). */
  same?: true;
}

const rel = (name: Relation, key = 'id'): Load => ({ kind: 'relation', rel: name, key });
const value = (name: Relation, key = 'id'): FieldLoads => ({ value: rel(name, key) });
const SAME: FieldLoads = { same: true };

/** The prefetch load of a page of obligations of an actor or a resolution. */
export function obligationPageLoad(by: ObligationPageLoad['by'], request: ObligationPageRequest): ObligationPageLoad {
  const { role, includeSubordinates, modalities, offset, limit } = request;
  return { kind: 'obligationPage', by, role, includeSubordinates, modalities, offset, limit };
}

/** The load a connection field's arguments ask for; none when they are invalid (the resolver reports them). */
function obligationPageLoadOf(by: ObligationPageLoad['by'], args: Record<string, unknown>): ObligationPageLoad | null {
  try {
    return obligationPageLoad(by, obligationPageRequest(args));
  } catch {
    return null;
  }
}

/** The prefetch load of a page of the texts that mention an actor. */
export function mentionPageLoad(args: { first?: number | null; after?: string | null }): MentionPageLoad {
  const { offset, limit } = pageWindow('mentions', args.first, args.after);
  return { kind: 'mentionPage', offset, limit };
}

function mentionPageLoadOf(args: Record<string, unknown>): MentionPageLoad | null {
  try {
    return mentionPageLoad(args);
  } catch {
    return null;
  }
}

/** Per GraphQL type, what each field's resolver loads (the resolvers are in ./resolvers). */
export const FIELD_LOADS: Readonly<Record<string, Readonly<Record<string, FieldLoads>>>> = {
  Resolution: {
    reference: { uses: () => [rel('textAdoptedBy'), rel('adopted')] },
    adopted: value('adopted'),
    revisions: value('revisions'),
    latestKnownRevision: value('latestKnownRevision'),
    textAdoptedBy: value('textAdoptedBy'),
    sections: value('sections'),
    annex: value('annex'),
    footnotes: value('footnotes'),
    cites: value('cites'),
    citedBy: value('citedBy'),
    obligations: { value: (args) => obligationPageLoadOf('resolution', args) },
  },
  Section: {
    heading: { uses: (args) => (args.lang === 'EN' ? [rel('addressees'), rel('collaborators')] : []) },
    addressees: value('addressees'),
    collaborators: value('collaborators'),
    provisions: value('provisions'),
    resolution: value('self', 'resolutionId'),
  },
  Provision: {
    children: value('provisions'),
    parent: value('self', 'parentId'),
    section: value('self', 'sectionId'),
    resolution: value('self', 'resolutionId'),
    mentions: value('mentions'),
    citations: value('citations'),
    refersTo: value('refersTo'),
    obligation: value('statedObligation'),
  },
  Footnote: {
    resolution: value('self', 'resolutionId'),
  },
  Annex: {
    programmes: value('programmes'),
    citations: value('citations'),
    resolution: value('self', 'resolutionId'),
  },
  Programme: {
    items: value('items'),
    annex: value('programmeAnnex'),
    resolution: value('self', 'resolutionId'),
  },
  AnnexItem: {
    children: value('items'),
    parent: value('self', 'parentId'),
    programme: value('self', 'programmeId'),
    resolution: value('self', 'resolutionId'),
    mentions: value('mentions'),
    citations: value('citations'),
    obligation: value('statedObligation'),
  },
  Citation: {
    source: value('self', 'sourceId'),
    target: value('self', 'targetId'),
    citingResolution: value('self', 'resolutionId'),
    outdated: { uses: () => [rel('latestKnownRevision', 'targetId')], usesProps: ['year'] },
    citedRevision: SAME,
  },
  CitedRevision: {
    meeting: value('citedMeeting'),
  },
  Actor: {
    parent: value('actorParent'),
    ancestors: value('ancestors'),
    children: value('actorChildren'),
    obligations: { value: (args) => obligationPageLoadOf('actor', args) },
    mentionedIn: { value: mentionPageLoadOf },
  },
  Obligation: {
    resolution: value('self', 'resolutionId'),
    provision: value('self', 'sourceId'),
    source: value('self', 'sourceId'),
    addressees: value('addressees'),
    collaborators: value('collaborators'),
    roleOf: { uses: () => [rel('addressees'), rel('collaborators')] },
    citation: { uses: () => [{ kind: 'obligationCitation' }] },
  },
  MentionConnection: { edges: SAME },
  MentionEdge: { node: SAME },
  ObligationConnection: { edges: SAME },
  ObligationEdge: { node: SAME },
  // A chain's steps are walked down to their citations, the rows its statement projects.
  CitationChain: { steps: SAME },
  CitationStep: { citations: SAME },
  CitationConnection: { edges: SAME },
  CitationEdge: { node: SAME },
  SearchConnection: { edges: SAME },
  SearchEdge: { node: SAME },
};

/**
 * Per GraphQL type, the row properties a field's resolver reads, where they are not just the
 * property of the field's name (which is the default, for fields without loads). Fields whose
 * loads are computed from (`uses`) get whole rows for those loads.
 */
/** `uri` reads the path the loader stored; `citation` the two citations it composed (resolvers/identifiers.ts). */
const URI_PROPS = ['uriPath'] as const;
const IDENTIFIER_PROPS = { uri: URI_PROPS, citation: ['citationEn', 'citationZh'] } as const;

export const FIELD_PROPS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  Node: { uri: URI_PROPS },
  Resolution: { title: ['titleZh', 'titleEn'], reference: ['number'], citedByConnection: [], ...IDENTIFIER_PROPS },
  Meeting: { city: ['cityZh', 'cityEn'], uri: URI_PROPS },
  Section: { heading: ['headingZh', 'kind', 'further'], conditions: ['conditionsZh'], ...IDENTIFIER_PROPS },
  Provision: { text: ['textZh'], ...IDENTIFIER_PROPS },
  Footnote: { text: ['textZh'], anchor: ['anchorZh'], ...IDENTIFIER_PROPS },
  Annex: { title: ['titleZh'], ...IDENTIFIER_PROPS },
  Programme: { title: ['titleZh'], ...IDENTIFIER_PROPS },
  AnnexItem: { text: ['textZh'], ...IDENTIFIER_PROPS },
  Citation: {
    span: ['spanZh'],
    description: ['descriptionZh'],
    outdated: ['citedYear'],
    citedRevision: ['citedYear'],
    uri: URI_PROPS,
  },
  CitedRevision: { year: ['citedYear'], city: ['citedCityZh', 'citedCityEn'], revised: ['citedRevised'] },
  Actor: { name: ['nameZh', 'nameEn'], aliases: ['aliasesZh'], uri: URI_PROPS },
  Obligation: { conditions: ['conditionsZh'], roleOf: [], uri: URI_PROPS },
  ObligationConnection: { totalCount: [], pageInfo: [] },
  ObligationEdge: { cursor: [] },
  CitationChain: { ids: [], length: [], resolutions: [] },
  CitationStep: { from: [], to: [], direction: [] },
  CitationConnection: { totalCount: [], pageInfo: [] },
  CitationEdge: { cursor: [] },
  MentionConnection: { totalCount: [], pageInfo: [] },
  MentionEdge: { cursor: [], count: [] },
  SearchConnection: { totalCount: [], pageInfo: [], facets: [] },
  SearchEdge: {
    cursor: [],
    score: [],
    kind: [],
    highlight: ['textZh', 'titleZh', 'nameZh', 'headingZh', 'titleEn', 'nameEn'],
  },
};

/**
 * Adds to `tree` what the fields selected in `selectionSet` on `type` load, through fragment
 * spreads and inline fragments (each on its own type condition, so that an interface's
 * selection collects the loads of every type it names). Directives are not evaluated: a field
 * under @skip is prefetched all the same, which costs a little and changes no answer.
 */
function collect(
  info: GraphQLResolveInfo,
  type: GraphQLNamedType,
  selectionSet: SelectionSetNode | undefined,
  tree: PrefetchTree,
  visited: Set<string>,
): void {
  if (!selectionSet || !(isObjectType(type) || isInterfaceType(type))) return;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      const condition = selection.typeCondition ? info.schema.getType(selection.typeCondition.name.value) : type;
      if (condition) collect(info, condition, selection.selectionSet, tree, visited);
    } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = info.fragments[selection.name.value];
      if (!fragment || visited.has(selection.name.value)) continue;
      const condition = info.schema.getType(fragment.typeCondition.name.value);
      if (condition) collect(info, condition, fragment.selectionSet, tree, new Set([...visited, selection.name.value]));
    } else {
      const name = selection.name.value;
      const field = type.getFields()[name];
      if (!field) continue;
      const loads = FIELD_LOADS[type.name]?.[name];
      for (const prop of FIELD_PROPS[type.name]?.[name] ?? (loads ? [] : [name])) tree.props.add(prop);
      if (!loads) continue;
      const fieldType = getNamedType(field.type);
      if (loads.same) collect(info, fieldType, selection.selectionSet, tree, visited);
      const args =
        loads.uses || typeof loads.value === 'function' ? getArgumentValues(field, selection, info.variableValues) : {};
      const valueLoad = typeof loads.value === 'function' ? loads.value(args) : loads.value;
      if (valueLoad) collect(info, fieldType, selection.selectionSet, addLoad(tree, valueLoad), visited);
      if (loads.uses) {
        for (const load of loads.uses(args)) {
          const used = addLoad(tree, load);
          if (loads.usesProps) for (const prop of loads.usesProps) used.props.add(prop);
          else used.all = true;
        }
      }
    }
  }
}

/** What the resolvers below the field being resolved will load and read, from the rows of its value. */
export function prefetchTree(info: GraphQLResolveInfo, maxLoads = MAX_PREFETCHED_LOADS): PrefetchTree {
  const tree = emptyTree();
  const type = getNamedType(info.returnType);
  for (const node of info.fieldNodes) collect(info, type, node.selectionSet, tree, new Set());
  limitTree(tree, maxLoads);
  return tree;
}
