/** Full-text search over the texts of the graph, with highlighted snippets. */
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { prefetchProjection } from '../../graph/queries/prefetch';
import {
  SEARCHABLE_LABELS,
  searchQuery,
  searchWords,
  type SearchIndexLang,
  type SearchableLabel,
} from '../../graph/queries/search';
import type { SearchHitRow } from '../../graph/rows';
import type { Resolvers, SearchKind } from '../__generated__/resolvers-types';
import { LIMITS, enumListArgument, idArgument, searchTextArgument } from '../arguments';
import { highlightRow, withHighlightReads } from '../highlight';
import { pageScope, pageWindow, toConnection } from '../pagination';
import { lookAhead } from './look-up';

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** The node label of each kind a search returns, and back. */
const KIND_LABELS: Readonly<Record<SearchKind, SearchableLabel>> = {
  RESOLUTION: 'Resolution',
  SECTION: 'Section',
  PROVISION: 'Provision',
  FOOTNOTE: 'Footnote',
  ANNEX: 'Annex',
  PROGRAMME: 'Programme',
  ANNEX_ITEM: 'AnnexItem',
  ACTOR: 'Actor',
};
const LABEL_KINDS = new Map(Object.entries(KIND_LABELS).map(([kind, label]) => [label, kind as SearchKind]));

function kindOf(label: string): SearchKind {
  const kind = LABEL_KINDS.get(label as SearchableLabel);
  if (!kind) throw new Error(`expected a searchable label (${SEARCHABLE_LABELS.join(', ')}), received ${label}`);
  return kind;
}

/**
 * Whether the search's selection asks for its `facets`, through fragments (directives are not
 * evaluated: a `facets` under @skip is counted all the same): without, Neo4j does not count them.
 */
function asksForFacets(info: GraphQLResolveInfo): boolean {
  const asks = (selectionSet: SelectionSetNode | undefined): boolean =>
    selectionSet?.selections.some((selection) =>
      selection.kind === Kind.FIELD
        ? selection.name.value === 'facets'
        : selection.kind === Kind.INLINE_FRAGMENT
          ? asks(selection.selectionSet)
          : asks(info.fragments[selection.name.value]?.selectionSet),
    ) ?? false;
  return info.fieldNodes.some((node) => asks(node.selectionSet));
}

export const searchResolvers: Pick<Resolvers, 'Query'> = {
  Query: {
    search: async (_, { text, lang, mode, filter, first, after }, ctx, info) => {
      const words = searchTextArgument(text);
      const kinds = filter?.kinds ? enumListArgument('filter.kinds', filter.kinds, LIMITS.searchKinds) : null;
      const resolution = filter?.resolution != null ? idArgument('filter.resolution', filter.resolution) : null;
      const searchLang = lang ?? (CJK.test(words) ? 'ZH' : 'EN');
      const scope = pageScope('search', { text: words, lang: searchLang, mode: mode ?? 'WORDS', kinds, resolution });
      const { offset, limit } = pageWindow(scope, first, after);
      const page = { totalCount: 0, offset, rows: [] as SearchHitRow[] };
      let facets: { label: string; count: number }[] = [];
      if (searchLang === 'ZH' || searchLang === 'EN') {
        const labels = kinds ? kinds.map((kind) => KIND_LABELS[kind]) : null;
        const request = {
          lang: searchLang,
          text: words,
          mode: mode ?? 'WORDS',
          labels,
          resolution,
          offset,
          limit,
          facets: asksForFacets(info),
        } as const;
        const ahead = lookAhead(ctx, info, request, (tree) =>
          searchQuery(request, (v) => prefetchProjection(v, withHighlightReads(tree, searchLang))),
        );
        const [row] = await ctx.read(ahead?.statement ?? searchQuery(request));
        page.totalCount = (row?.totalCount as number | undefined) ?? 0;
        page.rows = (row?.hits as SearchHitRow[] | undefined) ?? [];
        facets = (row?.facets as { label: string; count: number }[] | undefined) ?? [];
      }
      const highlightLang: SearchIndexLang = searchLang === 'ZH' ? 'ZH' : 'EN';
      const highlightWords = mode === 'PHRASE' ? [searchWords(words).join(' ')] : searchWords(words);
      return {
        ...toConnection(scope, page, (hit) => ({
          score: hit.score,
          highlight: highlightRow(hit.node, highlightWords, highlightLang),
          kind: kindOf(hit.label),
          node: hit.node,
        })),
        facets: facets.filter((f) => f.count > 0).map((f) => ({ kind: kindOf(f.label), count: f.count })),
      };
    },
  },
};
