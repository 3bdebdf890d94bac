/**
 * Typed access to the loaders for resolvers: a node of an expected label by id, the rows of a
 * named relation. A node of another label than expected is treated as absent.
 */
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { Relation, RelationRows } from '../../graph/queries/related';
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

/**
 * The names of the fields selected under the field being resolved, through fragment spreads
 * and inline fragments (whatever their type condition: a superset is harmless).
 */
export function selectedFieldNames(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): Set<string> {
  const names = new Set<string>();
  const visited = new Set<string>();
  const visit = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) names.add(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else if (!visited.has(selection.name.value)) {
        visited.add(selection.name.value);
        visit(info.fragments[selection.name.value]?.selectionSet);
      }
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet);
  return names;
}

/** For each field of a type, the relations its resolver loads for the node's own id. */
export type FieldRelations = Readonly<Record<string, readonly Relation[]>>;

/**
 * Look-ahead for a lookup by id: asks for the relations that the selected fields will load in
 * the same tick as the node itself, so that they share its batch — one round trip instead of
 * two. The child resolvers then find them in the loader's cache. Errors surface there.
 */
export function prefetchRelations(ctx: Context, info: GraphQLResolveInfo, id: string | null | undefined, fields: FieldRelations): void {
  if (id == null) return;
  for (const name of selectedFieldNames(info)) {
    for (const rel of fields[name] ?? []) relatedOf(ctx, rel, id).catch(() => undefined);
  }
}
