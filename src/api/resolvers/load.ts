/**
 * Typed access to what resolvers read: the rows related to a row through a relation, a node
 * whose id a row holds. A row fetched by a prefetching root field carries what its selection
 * loads under PREFETCH_PREFIX and their names (../prefetch.ts): that is returned as it is, without a promise, so
 * that graphql-js completes the field synchronously. Otherwise the batched loaders are asked,
 * and give full rows. A node of another label than expected is treated as absent.
 */
import type { Row } from '../../graph/database';
import { loadName, nodeAtLoad, PAGES, PREFETCH_PREFIX, type PageLoad } from '../../graph/queries/prefetch';
import { SELF, type Relation } from '../../graph/queries/related';
import type { CitationLang } from '../../graph/queries/obligations';
import type { AnyRow, PageRows, ResolutionRow, RowByLabel } from '../../graph/rows';
import type { Context } from '../context';
import { textIn } from '../language';

/** A value now, or later: what a prefetched row holds, or what a loader will give. */
export type PromiseOrValue<T> = T | Promise<T>;

/** `f` of the value, as soon as it is there: synchronously when it already is (no promise is made for a value at hand). */
export function mapPromiseOrValue<T, U>(
  value: PromiseOrValue<T>,
  f: (value: T) => PromiseOrValue<U>,
): PromiseOrValue<U> {
  return value instanceof Promise ? value.then(f) : f(value);
}

/** Both values, synchronously when both are there. */
export function both<A, B>(a: PromiseOrValue<A>, b: PromiseOrValue<B>): PromiseOrValue<[A, B]> {
  return a instanceof Promise || b instanceof Promise ? Promise.all([a, b]) : [a, b];
}

/** What the row's own prefetch fetched under `name`; undefined when it was not prefetched. */
export function prefetched(row: object, name: string): unknown {
  return (row as Record<string, unknown>)[PREFETCH_PREFIX + name];
}

/**
 * The rows related through `relation` to the row (key 'id') or to the node whose id the row
 * holds in `key`: the row's prefetched ones, else the batched loader's. No id: none.
 */
export function relatedOf<R extends AnyRow>(
  ctx: Context,
  relation: Relation<R>,
  row: object,
  key = 'id',
): PromiseOrValue<R[]> {
  const rows = prefetched(row, loadName({ kind: 'relation', relation, key }));
  if (rows !== undefined) return rows as R[];
  const id = (row as Row)[key];
  if (typeof id !== 'string') return [];
  return ctx.loaders.related.load({ id, relation }) as Promise<R[]>;
}

export function firstRelated<R extends AnyRow>(
  ctx: Context,
  relation: Relation<R>,
  row: object,
  key = 'id',
): PromiseOrValue<R | null> {
  return mapPromiseOrValue(relatedOf(ctx, relation, row, key), (rows) => rows[0] ?? null);
}

/** The one related node the graph's shape guarantees (a programme's annex). */
export function requiredFirstRelated<R extends AnyRow>(
  ctx: Context,
  relation: Relation<R>,
  row: object,
  key = 'id',
): PromiseOrValue<R> {
  return mapPromiseOrValue(firstRelated(ctx, relation, row, key), (found) => {
    if (found === null) throw new Error(`expected ${String((row as Row)[key])} to have ${relation.name}, found none`);
    return found;
  });
}

export function ofLabel<L extends keyof RowByLabel>(label: L, row: AnyRow | null | undefined): RowByLabel[L] | null {
  return row != null && row.nodeLabel === label ? (row as RowByLabel[L]) : null;
}

/**
 * The node of `label` whose id the row holds in `key` (a provision's parent); null when none, or
 * of another label: the row's prefetch matched the label (`nodeAtLoad`), the loader's row is checked.
 */
export function nodeOf<L extends keyof RowByLabel>(
  ctx: Context,
  label: L,
  row: object,
  key: string,
): PromiseOrValue<RowByLabel[L] | null> {
  const matched = prefetched(row, loadName(nodeAtLoad(label, key))) as RowByLabel[L][] | undefined;
  if (matched !== undefined) return matched[0] ?? null;
  return mapPromiseOrValue(relatedOf(ctx, SELF, row, key), ([found]) => ofLabel(label, found));
}

/** A node the graph's shape guarantees (a provision's section): its absence is an internal error. */
export function requiredNodeOf<L extends keyof RowByLabel>(
  ctx: Context,
  label: L,
  row: object,
  key: string,
): PromiseOrValue<RowByLabel[L]> {
  return mapPromiseOrValue(nodeOf(ctx, label, row, key), (found) => {
    if (found === null) throw new Error(`expected a ${label} with id ${JSON.stringify((row as Row)[key])}, found none`);
    return found;
  });
}

/** Any node whose id the row holds, which the graph's shape guarantees (a citation's source). */
export function requiredNode(ctx: Context, row: object, key: string): PromiseOrValue<AnyRow> {
  return mapPromiseOrValue(relatedOf(ctx, SELF, row, key), ([found]) => {
    if (found === undefined)
      throw new Error(`expected a node with id ${JSON.stringify((row as Row)[key])}, found none`);
    return found;
  });
}

/** A node of `label` by id, from the batched loader (full rows); null when unknown or another label. */
export async function nodeById<L extends keyof RowByLabel>(
  ctx: Context,
  label: L,
  id: string | null | undefined,
): Promise<RowByLabel[L] | null> {
  if (id == null) return null;
  return ofLabel(label, await ctx.loaders.nodes.load(id));
}

/** A resolution a citation chain names: chains are made of citations, whose ends exist. */
export async function requiredResolution(ctx: Context, id: string): Promise<ResolutionRow> {
  const row = await nodeById(ctx, 'Resolution', id);
  if (!row) throw new Error(`expected the resolution ${id} of a citation chain, found none`);
  return row;
}

/**
 * The citation of an obligation in `lang`: prefetched with it in that language, or from its
 * batched loader (both languages); null when it states nothing.
 */
export function citationOf(
  ctx: Context,
  obligation: { id: string },
  lang: CitationLang,
): PromiseOrValue<string | null> {
  const found = prefetched(obligation, loadName({ kind: 'obligationCitation', lang }));
  if (found !== undefined) return textIn(lang, { [lang]: found as string | null });
  return ctx.loaders.obligationCitations
    .load(obligation.id)
    .then((row) => (row ? textIn(lang, { EN: row.citationEn, ZH: row.citationZh }) : null));
}

/** The page `load` that the row's prefetch fetched (rows of type `R`); undefined when it was not. */
export function prefetchedPage<R>(row: object, load: PageLoad): PageRows<R> | undefined {
  const pages = prefetched(row, PAGES) as { key: string; totalCount: number; rows: R[] }[] | undefined;
  const page = pages?.find((candidate) => candidate.key === loadName(load));
  return page && { totalCount: page.totalCount, offset: load.offset, rows: page.rows };
}
