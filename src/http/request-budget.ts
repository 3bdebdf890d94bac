/**
 * Each request's time budget: a signal that aborts when the budget is spent or when the client
 * goes away (its connection closes before the answer is sent), whichever comes first. The
 * admission queue and the database reads watch it: a waiting request leaves the queue, and a
 * running Neo4j statement is cancelled (see Database.read).
 *
 * The signal's reason says which: an HttpError 503 naming the budget, or a ClientGoneError.
 */
import { setMaxListeners } from 'node:events';
import type http from 'node:http';
import { ClientGoneError, HttpError } from './exchange';

export interface RequestBudget {
  signal: AbortSignal;
  /** Stops watching (once the answer is sent). */
  done(): void;
}

export function startRequestBudget(res: http.ServerResponse, budgetMs: number): RequestBudget {
  const controller = new AbortController();
  // Every Neo4j read in flight watches the signal until it answers (Database.read removes its
  // listener then): a request through the loaders may have more than Node's default of ten reads
  // in flight, which is no leak.
  setMaxListeners(0, controller.signal);
  const timer = setTimeout(
    () =>
      controller.abort(
        new HttpError(503, `the request took longer than its time budget of ${budgetMs} ms`, { 'retry-after': '1' }),
      ),
    budgetMs,
  );
  const onClose = () => {
    if (!res.writableFinished)
      controller.abort(new ClientGoneError('the client closed the connection before the answer was sent'));
  };
  res.once('close', onClose);
  return {
    signal: controller.signal,
    done() {
      clearTimeout(timer);
      res.off('close', onClose);
    },
  };
}
