/**
 * What every route works with: one HTTP request and its response, the parsed URL and the
 * request id. A route throws an `HttpError` for a client mistake; the server answers it with
 * that status, and anything else with a 500 that names only the request id.
 */
import type http from 'node:http';

export interface Exchange {
  req: http.IncomingMessage;
  res: http.ServerResponse;
  url: URL;
  requestId: string;
}

/** A path (or a family of paths) the server answers. Routes are tried in order. */
export interface Route {
  /** What the route is, for the log. */
  name: string;
  matches(url: URL): boolean;
  handle(exchange: Exchange): Promise<void>;
}

/** A client mistake, answered with `status` and `message` before anything else runs. */
export class HttpError extends Error {
  override name = 'HttpError';
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}

/** The body of an error answer, in the shape GraphQL clients read. */
export function graphQLError(message: string, code: string) {
  return { errors: [{ message, extensions: { code } }] };
}

/** Reads the whole body as UTF-8 text; more than `limit` bytes is a 413. */
export function readBody(req: http.IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new HttpError(413, `request body larger than ${limit} bytes`));
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
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
