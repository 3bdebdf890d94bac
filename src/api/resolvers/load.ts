/**
 * Typed access to the loaders for resolvers: a node of an expected label by id, the rows of a
 * named relation. A node of another label than expected is treated as absent.
 */
import type { RelationRows } from '../../graph/queries/related';
import type { AnyRow, RowByLabel } from '../../graph/rows';
import type { Context } from '../context';

export async function nodeOf<L extends keyof RowByLabel>(
  ctx: Context,
  label: L,
  id: string | null | undefined,
): Promise<RowByLabel[L] | null> {
  if (id == null) return null;
  const row = await ctx.loaders.nodes.load(id);
  return row !== null && row.nodeLabel === label ? (row as RowByLabel[L]) : null;
}

/** A node the graph's shape guarantees (a provision's section): its absence is an internal error. */
export async function requiredNodeOf<L extends keyof RowByLabel>(
  ctx: Context,
  label: L,
  id: string | null | undefined,
): Promise<RowByLabel[L]> {
  const row = await nodeOf(ctx, label, id);
  if (row === null) throw new Error(`expected a ${label} with id ${JSON.stringify(id)}, found none`);
  return row;
}

/** Any node the graph's shape guarantees (a citation's source). */
export async function requiredNode(ctx: Context, id: string): Promise<AnyRow> {
  const row = await ctx.loaders.nodes.load(id);
  if (row === null) throw new Error(`expected a node with id ${JSON.stringify(id)}, found none`);
  return row;
}

export function relatedOf<R extends keyof RelationRows>(ctx: Context, rel: R, id: string): Promise<RelationRows[R][]> {
  return ctx.loaders.related.load({ id, rel }) as Promise<RelationRows[R][]>;
}

export async function firstRelated<R extends keyof RelationRows>(ctx: Context, rel: R, id: string): Promise<RelationRows[R] | null> {
  const rows = await relatedOf(ctx, rel, id);
  return rows[0] ?? null;
}

export async function lastRelated<R extends keyof RelationRows>(ctx: Context, rel: R, id: string): Promise<RelationRows[R] | null> {
  const rows = await relatedOf(ctx, rel, id);
  return rows[rows.length - 1] ?? null;
}

/** The one related node the graph's shape guarantees (a programme's annex). */
export async function requiredFirstRelated<R extends keyof RelationRows>(ctx: Context, rel: R, id: string): Promise<RelationRows[R]> {
  const row = await firstRelated(ctx, rel, id);
  if (row === null) throw new Error(`expected ${id} to have ${rel}, found none`);
  return row;
}
