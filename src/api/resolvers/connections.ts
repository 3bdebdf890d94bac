/**
 * The obligation connections (top-level, per resolution, per actor) share one loader, so that
 * the obligations of every actor in a list cost one query together. The top-level one is in
 * ./obligations.ts (it prefetches); the ones below an actor or a resolution are here.
 */
import type { ObligationPageRequest } from '../../graph/queries/obligations';
import type { ObligationPageLoad } from '../../graph/queries/prefetch';
import type { ObligationRow } from '../../graph/rows';
import { obligationPageRequest, type ObligationArgs } from '../arguments';
import type { Context } from '../context';
import { toConnection, type Connection } from '../pagination';
import { prefetchedPage } from './load';

/** The prefetch load of a page of obligations of an actor or a resolution. */
export function obligationPageLoad(by: ObligationPageLoad['by'], request: ObligationPageRequest): ObligationPageLoad {
  const { includeSubordinates, modalities, offset, limit } = request;
  return { kind: 'obligationPage', by, includeSubordinates, modalities, offset, limit };
}

/** The load a connection field's arguments ask for; none when they are invalid (the resolver reports them). */
export function obligationPageLoadOf(by: ObligationPageLoad['by'], args: ObligationArgs): ObligationPageLoad | null {
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
export async function obligationsOf(ctx: Context, args: ObligationArgs, parent: object): Promise<Connection<{ node: ObligationRow }>> {
  const request = obligationPageRequest(args);
  const fetched = prefetchedPage(parent, obligationPageLoad(request.actor ? 'actor' : 'resolution', request));
  return toConnection('obligations', fetched ?? (await ctx.loaders.obligationPages.load(request)));
}
