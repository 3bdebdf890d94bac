/** Full-text search over the texts of the graph, with highlighted snippets. */
import type { Cypher } from '../../graph/queries/cypher';
import { prefetchProjection } from '../../graph/queries/prefetch';
import { searchQuery, searchWords, type SearchIndexLang } from '../../graph/queries/search';
import type { SearchHitRow } from '../../graph/rows';
import type { Resolvers } from '../__generated__/resolvers-types';
import { searchTextArgument } from '../arguments';
import { highlightRow } from '../highlight';
import { pageWindow, toConnection } from '../pagination';
import { prefetchTree } from '../prefetch';

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

export const searchResolvers: Pick<Resolvers, 'Query' | 'Node'> = {
  Query: {
    search: async (_, { text, lang, first, after }, ctx, info) => {
      const words = searchTextArgument(text);
      const { offset, limit } = pageWindow('search', first, after);
      const searchLang = lang ?? (CJK.test(words) ? 'ZH' : 'EN');
      const page = { totalCount: 0, offset, rows: [] as SearchHitRow[] };
      if (searchLang === 'ZH' || searchLang === 'EN') {
        const project = ctx.prefetch ? (v: Cypher.Variable) => prefetchProjection(v, prefetchTree(info)) : undefined;
        const [row] = await ctx.read(searchQuery({ lang: searchLang, text: words, offset, limit }, project));
        page.totalCount = (row?.totalCount as number | undefined) ?? 0;
        page.rows = (row?.hits as SearchHitRow[] | undefined) ?? [];
      }
      const highlightLang: SearchIndexLang = searchLang === 'ZH' ? 'ZH' : 'EN';
      return toConnection('search', page, (hit) => ({
        score: hit.score,
        highlight: highlightRow(hit.node, searchWords(words), highlightLang),
        node: hit.node,
      }));
    },
  },
};
