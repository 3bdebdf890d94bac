/**
 * The per-request DataLoaders. Each batch function sends ONE query for all the keys collected
 * in a tick and returns values in the same order and length as the keys (missing → null or
 * empty). Batches are dispatched with setImmediate, after every promise job of the current
 * wave of resolvers, so that siblings resolved a few microtasks apart still share a query.
 * Create them once per request (the context factory does), never share them.
 */
import DataLoader from 'dataloader';
import type { Query, Row } from './database';
import {
  obligationCitationQuery,
  obligationPageKey,
  obligationPagesQuery,
  type ObligationPageRequest,
} from './queries/obligations';
import { PREFETCH_KEY, type PrefetchTree } from './queries/prefetch';
import { relatedKey, relatedQuery, type RelatedKey } from './queries/related';
import type { AnyRow, ObligationCitationRow, ObligationRow, PageRows } from './rows';

/** Runs one read query (and counts it): the context binds it to the database and the request. */
export type ReadFn = (query: Query) => Promise<Row[]>;

export interface Loaders {
  /** Any node by id; null when unknown. Served by `related` (relation `self`), so that lookups by id share its batches. */
  nodes: { load(id: string): Promise<AnyRow | null> };
  /** The nodes related to a node through a named relation, in order. */
  related: DataLoader<RelatedKey, AnyRow[], string>;
  /** A page of obligations for a filter. */
  obligationPages: DataLoader<ObligationPageRequest, PageRows<ObligationRow>, string>;
  /** What the citation of an obligation is made of; null when the obligation is unknown. */
  obligationCitations: DataLoader<string, ObligationCitationRow | null>;
  /**
   * What prefetching primed, readable without a promise: related rows by `relatedKey`, and
   * obligation citations by `citation:<id>`.
   */
  primed: Map<string, unknown>;
}

const schedule = { batchScheduleFn: (dispatch: () => void) => setImmediate(dispatch) };

/** Indexes rows by a column, to put the batch's answers back in the order of its keys. */
function byKey<T>(rows: Row[], keyColumn: string, value: (row: Row) => T): Map<string, T> {
  return new Map(rows.map((row) => [row[keyColumn] as string, value(row)]));
}

/** The page a row of `obligationPagesQuery` holds for `request` (no row: nothing matched). */
export function obligationPage(request: ObligationPageRequest, row: Row | undefined): PageRows<ObligationRow> {
  return {
    totalCount: (row?.totalCount as number | undefined) ?? 0,
    offset: request.offset,
    rows: (row?.rows as ObligationRow[] | undefined) ?? [],
  };
}

export function createLoaders(read: ReadFn): Loaders {
  const related: Loaders['related'] = new DataLoader(
    async (keys) => {
      const found = byKey(await read(relatedQuery(keys)), 'key', (row) => row.rows as AnyRow[]);
      return keys.map((key) => found.get(relatedKey(key)) ?? []);
    },
    { ...schedule, cacheKeyFn: relatedKey },
  );
  return {
    nodes: { load: async (id) => (await related.load({ id, rel: 'self' }))[0] ?? null },
    related,

    obligationPages: new DataLoader(
      async (requests) => {
        const found = byKey(await read(obligationPagesQuery(requests)), 'key', (row) => row);
        return requests.map((request) => obligationPage(request, found.get(obligationPageKey(request))));
      },
      { ...schedule, cacheKeyFn: obligationPageKey },
    ),

    obligationCitations: new DataLoader(async (ids) => {
      const rows = (await read(obligationCitationQuery(ids))).map((row) => row.row as Row);
      const found = byKey(rows, 'id', (row) => row as unknown as ObligationCitationRow);
      return ids.map((id) => found.get(id) ?? null);
    }, schedule),

    primed: new Map(),
  };
}

/** Primes the related loader, and the synchronous `primed` map, with the rows of `key`. */
export function primeRelated(loaders: Loaders, key: RelatedKey, rows: AnyRow[]): void {
  loaders.related.prime(key, rows);
  const name = relatedKey(key);
  if (!loaders.primed.has(name)) loaders.primed.set(name, rows);
}

/**
 * Primes the loaders with what a prefetch query returned for `row` (as `prefetchProjection`
 * projected it along `tree`), depth first, and strips the prefetched data from the rows. A key
 * already in a loader's cache keeps its value (DataLoader's `prime` does not overwrite): both
 * come from the same Cypher. A load from an id the row does not hold (null) primes nothing.
 */
export function primePrefetched(loaders: Loaders, node: object, tree: PrefetchTree): void {
  const row = node as Row;
  const prefetched = row[PREFETCH_KEY] as Record<string, unknown> | undefined;
  if (prefetched === undefined) return;
  delete row[PREFETCH_KEY];
  for (const [name, { load, tree: subtree }] of tree.loads) {
    const value = prefetched[name];
    if (load.kind === 'obligationCitation') {
      const citation = (value ?? null) as ObligationCitationRow | null;
      loaders.obligationCitations.prime(row.id as string, citation);
      if (!loaders.primed.has(`citation:${row.id}`)) loaders.primed.set(`citation:${row.id}`, citation);
      continue;
    }
    const id = row[load.key];
    if (typeof id !== 'string') continue;
    const rows = value as Row[];
    for (const related of rows) primePrefetched(loaders, related, subtree);
    primeRelated(loaders, { id, rel: load.rel }, rows as unknown as AnyRow[]);
  }
}
