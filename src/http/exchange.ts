/**
 * What every route works with: one HTTP request and its response, the parsed URL and the
 * request id. A route throws an `HttpError` for a client mistake or an overload; the server
 * answers it with that status and code, and anything else with a 500 that names only the
 * request id.
 */
import type http from 'node:http';

export interface Exchange {
  req: http.IncomingMessage;
  res: http.ServerResponse;
  url: URL;
  requestId: string;
  /** Aborted when the client goes away or the request's time budget is spent. */
  signal: AbortSignal;
}

/** A path (or a family of paths) the server answers. Routes are tried in order. */
export interface Route {
  /** What the route is, for the log. */
  name: string;
  matches(url: URL): boolean;
  handle(exchange: Exchange): Promise<void>;
}

/** An answer other than 200 decided before the request reaches Apollo: a client mistake (4xx) or an overload (503). */
export class HttpError extends Error {
  override name = 'HttpError';
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
    readonly code: string = status === 503 ? 'SERVICE_UNAVAILABLE' : 'BAD_REQUEST',
  ) {
    super(message);
  }
}

/**
 * The client went away before its request was read or answered. Nothing to answer and nothing
 * wrong with the server: logged at debug, without a stack.
 */
export class ClientGoneError extends Error {
  override name = 'ClientGoneError';
}

export function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  if (res.headersSent || res.destroyed) {
    res.end();
    return;
  }
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}

/** The body of an error answer, in the shape GraphQL clients read. */
export function graphQLError(message: string, code: string, extensions: Record<string, unknown> = {}) {
  return { errors: [{ message, extensions: { code, ...extensions } }] };
}

/**
 * Reads the whole body as UTF-8 text; more than `limit` bytes is a 413. A client that closes
 * the connection before the end rejects with ClientGoneError. A body that stalls is the HTTP
 * server's business (its request timeout answers 408 and destroys the socket, which lands here
 * as a ClientGoneError too).
 */
export function readBody(req: http.IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      req.resume();
      reject(new HttpError(413, `request body larger than ${limit} bytes`, { connection: 'close' }));
      return;
    }
    req.on('data', (chunk: Buffer) => {
      if (size > limit) return;
      size += chunk.length;
      if (size > limit) {
        reject(new HttpError(413, `request body larger than ${limit} bytes`, { connection: 'close' }));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => reject(new ClientGoneError('the client closed the connection while sending its body')));
    req.on('close', () => {
      if (!req.complete) reject(new ClientGoneError('the client closed the connection while sending its body'));
    });
  });
}

/**
 * The request target as a URL, or null when it is not one a browser could have sent
 * (`///`, `//[`, `//:99999`, …): `new URL` throws on those, and nothing must throw in the
 * synchronous request listener.
 */
export function parseTarget(target: string | undefined): URL | null {
  if (!target || !target.startsWith('/') || target.startsWith('//')) return null;
  try {
    return new URL(target, 'http://localhost');
  } catch {
    return null;
  }
}
