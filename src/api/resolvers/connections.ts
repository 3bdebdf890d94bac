/**
 * The paged fields below a row: obligations (per resolution, per actor; they share one loader
 * with the top-level ones, so that the obligations of every actor in a list cost one query
 * together) and the texts that mention an actor. The page comes from the row's prefetch when the
 * look-ahead fetched it (its load is the field's declared value, ../fields.ts), else from the loader.
 */
import type { ObligationPageRequest } from '../../graph/queries/obligations';
import type { MentionPageLoad, ObligationPageLoad } from '../../graph/queries/prefetch';
import type { MentionRow, ObligationRow } from '../../graph/rows';
import { obligationPageRequest, obligationScope, type ObligationArgs } from '../arguments';
import type { Context } from '../context';
import { pageWindow, toConnection, type Connection } from '../pagination';
import { prefetchedPage } from './load';

/** The prefetch load of a page of obligations of an actor or a resolution. */
export function obligationPageLoad(by: ObligationPageLoad['by'], request: ObligationPageRequest): ObligationPageLoad {
  const { role, includeSubordinates, modalities, offset, limit } = request;
  return { kind: 'obligationPage', by, role, includeSubordinates, modalities, offset, limit };
}

/** The load a connection field's arguments ask for; none when they are invalid (the resolver reports them). */
export function obligationPageLoadOf(
  by: ObligationPageLoad['by'],
  args: Record<string, unknown>,
): ObligationPageLoad | null {
  try {
    return obligationPageLoad(by, obligationPageRequest(args));
  } catch {
    return null;
  }
}

/**
 * The obligations of the `parent` row (an actor, a resolution): the page its prefetch fetched,
 * otherwise from the loader, batched with the pages of other rows.
 */
export async function obligationsOf(
  ctx: Context,
  args: ObligationArgs,
  parent: object,
): Promise<Connection<{ node: ObligationRow }>> {
  const request = obligationPageRequest(args);
  const fetched = prefetchedPage<ObligationRow>(
    parent,
    obligationPageLoad(request.actor ? 'actor' : 'resolution', request),
  );
  return toConnection(obligationScope(request), fetched ?? (await ctx.loaders.obligationPages.load(request)));
}

/** The prefetch load of a page of the texts that mention an actor. */
export function mentionPageLoad(args: { first?: number | null; after?: string | null }): MentionPageLoad {
  const { offset, limit } = pageWindow('mentions', args.first, args.after);
  return { kind: 'mentionPage', offset, limit };
}

export function mentionPageLoadOf(args: Record<string, unknown>): MentionPageLoad | null {
  try {
    return mentionPageLoad(args);
  } catch {
    return null;
  }
}

/** The texts that mention the actor `a`: the page its prefetch fetched, otherwise from the loader. */
export async function mentionsOf(
  ctx: Context,
  args: { first?: number | null; after?: string | null },
  a: { id: string },
): Promise<Connection<{ count: number; node: MentionRow['node'] }>> {
  const load = mentionPageLoad(args);
  const page =
    prefetchedPage<MentionRow>(a, load) ??
    (await ctx.loaders.mentionPages.load({ actor: a.id, offset: load.offset, limit: load.limit }));
  return toConnection('mentions', page, (row) => ({ count: row.count, node: row.node }));
}
