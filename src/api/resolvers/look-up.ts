/**
 * Root fields that prefetch: the tree of what their selection loads and reads (../prefetch.ts),
 * and lookups by id that fetch the node with all of it in one statement.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { Query } from '../../graph/database';
import { isEmptyTree, nodeWithPrefetchQuery, type PrefetchTree } from '../../graph/queries/prefetch';
import type { AnyRow, RowByLabel } from '../../graph/rows';
import type { Context } from '../context';
import { selectionTree } from '../selection-trees';
import { statementKey } from '../statement-cache';
import { planKey } from '../statement-plans';
import { ofLabel } from './load';

/** A root field's look-ahead: the tree of what its selection loads and reads, and the statement that fetches it. */
export interface LookAhead {
  tree: PrefetchTree;
  statement: Query;
}

/**
 * The look-ahead of a root field, built by `statementOf` from the tree of what its selection
 * loads and reads and from `values`, everything else `statementOf` builds from (the field's
 * arguments): a statement built for the same field, values and tree is taken from the server's
 * StatementCache (../statement-cache.ts). Null when the field answers without one (its rows whole,
 * the loaders below): when prefetching is off, when the selection loads nothing and `whenFlat` is
 * `loaders` (a lookup's or a page's rows come whole from their loader), or when the request's
 * StatementPlans have not seen that statement's text planned — then it is warmed up off the
 * request path once the shape has come often enough, and a later request of the same shape sends
 * it (../statement-plans.ts). A statement that only reads some properties is gated the same way:
 * its text names them, so each new selection of properties is a new text to plan, while the
 * field's own statement (every property) is one text for all of them.
 */
export function lookAhead(
  ctx: Context,
  info: GraphQLResolveInfo,
  values: unknown,
  statementOf: (tree: PrefetchTree) => Query,
  whenFlat: 'statement' | 'loaders' = 'statement',
): LookAhead | null {
  if (!ctx.prefetch) return null;
  const { tree, key } = selectionTree(info);
  if (whenFlat === 'loaders' && isEmptyTree(tree)) return null;
  const statement = ctx.statements
    ? ctx.statements.get(statementKey(`${info.parentType.name}.${info.fieldName}`, values, key), () =>
        statementOf(tree),
      )
    : statementOf(tree);
  if (!ctx.plans || ctx.plans.seen(planKey(statement), () => ctx.warmUp(statement))) return { tree, statement };
  return null;
}

/**
 * A lookup by id at the root: when the selection below loads anything, one statement fetches
 * the node with all of it, each row with only the properties its selection reads. Otherwise
 * the nodes loader gives the full row, batched with the other lookups of the request.
 */
export async function lookUpAny(ctx: Context, info: GraphQLResolveInfo, id: string): Promise<AnyRow | null> {
  const ahead = lookAhead(ctx, info, id, (tree) => nodeWithPrefetchQuery(id, tree), 'loaders');
  if (!ahead) return ctx.loaders.nodes.load(id);
  const [found] = await ctx.read(ahead.statement);
  return (found?.row ?? null) as AnyRow | null;
}

/** `lookUpAny` for a node of `label`: one of another label is treated as absent. */
export async function lookUp<L extends keyof RowByLabel>(
  ctx: Context,
  info: GraphQLResolveInfo,
  label: L,
  id: string,
): Promise<RowByLabel[L] | null> {
  return ofLabel(label, await lookUpAny(ctx, info, id));
}
