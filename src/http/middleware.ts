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
    res.once('finish', () => resolve(false));
    middleware(req, res, (error?: unknown) =>
      error ? reject(error instanceof Error ? error : new Error('middleware failed', { cause: error })) : resolve(true),
    );
  });
}
