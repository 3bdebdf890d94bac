/**
 * The per-request DataLoaders. Each batch function sends ONE query for all the keys collected
 * in a tick and returns values in the same order and length as the keys (missing → null or
 * empty). Batches are dispatched with setImmediate, after every promise job of the current
 * wave of resolvers, so that siblings resolved a few microtasks apart still share a query.
 * Create them once per request (the context factory does), never share them; each is built on
 * its first use.
 */
import DataLoader from 'dataloader';
import type { Query, Row } from './database';
import {
  obligationCitationQuery,
  obligationPageKey,
  obligationPagesQuery,
  indexedObligationPageQuery,
  isIndexedPage,
  type ObligationPageRequest,
} from './queries/obligations';
import { citationPageKey, citationPagesQuery, type CitationPageRequest } from './queries/citation-list';
import { mentionPageKey, mentionPagesQuery, type MentionPageRequest } from './queries/mentions';
import { relatedKey, relatedQuery, SELF, type RelatedKey } from './queries/related';
import type { AnyRow, CitationRow, MentionRow, ObligationCitationRow, ObligationRow, PageRows } from './rows';

/** Runs one read query (and counts it): the context binds it to the database and the request. */
export type ReadFn = (query: Query) => Promise<Row[]>;

export interface Loaders {
  /** Any node by id; null when unknown. Served by `related` (relation `self`), so that lookups by id share its batches. */
  nodes: { load(id: string): Promise<AnyRow | null> };
  /** The nodes related to a node through a relation, in order. */
  related: DataLoader<RelatedKey, AnyRow[], string>;
  /** A page of obligations for a filter. */
  obligationPages: DataLoader<ObligationPageRequest, PageRows<ObligationRow>, string>;
  /** A page of the texts that mention an actor. */
  mentionPages: DataLoader<MentionPageRequest, PageRows<MentionRow>, string>;
  /** A page of citations for a filter. */
  citationPages: DataLoader<CitationPageRequest, PageRows<CitationRow>, string>;
  /** What the citation of an obligation is made of; null when the obligation is unknown. */
  obligationCitations: DataLoader<string, ObligationCitationRow | null>;
}

const schedule = { batchScheduleFn: (dispatch: () => void) => setImmediate(dispatch) };

/** Indexes rows by a column, to put the batch's answers back in the order of its keys. */
function byKey<T>(rows: Row[], keyColumn: string, value: (row: Row) => T): Map<string, T> {
  return new Map(rows.map((row) => [row[keyColumn] as string, value(row)]));
}

/** The page a row of a pages query holds for a request at `offset` (no row: nothing matched). */
function pageAt<T>(offset: number, row: Row | undefined): PageRows<T> {
  return {
    totalCount: (row?.totalCount as number | undefined) ?? 0,
    offset,
    rows: (row?.rows as T[] | undefined) ?? [],
  };
}

/** The page a row of `obligationPagesQuery` holds for `request` (no row: nothing matched). */
export function obligationPage(request: ObligationPageRequest, row: Row | undefined): PageRows<ObligationRow> {
  return pageAt(request.offset, row);
}

/**
 * `make()` on the first call, then the same value: a request uses one or two of its loaders, and
 * building all of them for each request shows in the server's profile.
 */
function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/**
 * A loader of pages: one statement (`query`) for a batch's requests, whose rows are told apart by
 * their `key` column.
 */
function pageLoader<Request extends { offset: number }, T>(
  read: ReadFn,
  query: (requests: readonly Request[]) => Query,
  key: (request: Request) => string,
): DataLoader<Request, PageRows<T>, string> {
  return new DataLoader(
    async (requests) => {
      const found = byKey(await read(query(requests)), 'key', (row) => row);
      return requests.map((request) => pageAt<T>(request.offset, found.get(key(request))));
    },
    { ...schedule, cacheKeyFn: key },
  );
}

export function createLoaders(read: ReadFn): Loaders {
  const related = once<Loaders['related']>(
    () =>
      new DataLoader(
        async (keys) => {
          // One statement per relation, side by side: its text is the same in every batch, so Neo4j
          // plans it once, where one statement for all the relations of a batch (a UNION of them)
          // would be a new text, planned anew, for every new combination of relations.
          const byRelation = new Map<string, RelatedKey[]>();
          for (const key of keys)
            byRelation.set(key.relation.name, [...(byRelation.get(key.relation.name) ?? []), key]);
          const answers = await Promise.all([...byRelation.values()].map((group) => read(relatedQuery(group))));
          const found = byKey(answers.flat(), 'key', (row) => row.rows as AnyRow[]);
          return keys.map((key) => found.get(relatedKey(key)) ?? []);
        },
        { ...schedule, cacheKeyFn: relatedKey },
      ),
  );
  const obligationPages = once<Loaders['obligationPages']>(() =>
    pageLoader(
      read,
      (requests) => {
        // a batch of one actor's page alone reads it from the stored keys (isIndexedPage)
        const [only] = requests;
        return requests.length === 1 && only && isIndexedPage(only)
          ? indexedObligationPageQuery(only)
          : obligationPagesQuery(requests);
      },
      obligationPageKey,
    ),
  );
  const mentionPages = once<Loaders['mentionPages']>(() => pageLoader(read, mentionPagesQuery, mentionPageKey));
  const citationPages = once<Loaders['citationPages']>(() => pageLoader(read, citationPagesQuery, citationPageKey));
  const obligationCitations = once<Loaders['obligationCitations']>(
    () =>
      new DataLoader(async (ids) => {
        const rows = (await read(obligationCitationQuery(ids))).map((row) => row.row as Row);
        const found = byKey(rows, 'id', (row) => row as unknown as ObligationCitationRow);
        return ids.map((id) => found.get(id) ?? null);
      }, schedule),
  );
  return {
    nodes: { load: async (id) => (await related().load({ id, relation: SELF }))[0] ?? null },
    get related() {
      return related();
    },
    get obligationPages() {
      return obligationPages();
    },
    get mentionPages() {
      return mentionPages();
    },
    get citationPages() {
      return citationPages();
    },
    get obligationCitations() {
      return obligationCitations();
    },
  };
}
