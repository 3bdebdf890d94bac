/**
 * Connect-style middleware (`cors`, `compression`) run on a plain node:http exchange: resolves
 * true when the middleware handed the request on (called `next`), false when it answered it
 * itself (a CORS preflight), and rejects with the error it passed to `next`.
 */
import type http from 'node:http';

export type Middleware = (req: http.IncomingMessage, res: http.ServerResponse, next: (error?: unknown) => void) => void;

export function runMiddleware(
  middleware: Middleware,
  req: http.IncomingMessage,
  res: http.ServerResponse,
): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const answered = () => resolve(false);
    res.once('finish', answered);
    middleware(req, res, (error?: unknown) => {
      res.off('finish', answered);
      if (error) reject(error instanceof Error ? error : new Error('middleware failed', { cause: error }));
      else resolve(true);
    });
  });
}

/**
 * The middlewares as one, each handing on to the next: a request then takes one promise and one
 * listener through runMiddleware instead of one per middleware. An error or an answer stops the chain.
 */
export function chainMiddleware(...middlewares: Middleware[]): Middleware {
  return (req, res, next) => {
    const handOn =
      (index: number) =>
      (error?: unknown): void => {
        const middleware = middlewares[index];
        if (error || !middleware) next(error);
        else middleware(req, res, handOn(index + 1));
      };
    handOn(0)();
  };
}
