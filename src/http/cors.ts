/**
 * Cross-origin access with the `cors` package. The data is public and the API takes no
 * credentials (no cookies, no authorization), so by default any origin may read it
 * (`Access-Control-Allow-Origin: *`); CORS_ORIGINS narrows it to a list. Preflights allow the
 * methods and headers GraphQL clients send, the answer exposes the request id and the ETag, and
 * every answer varies on Origin (a cache in front must not hand one origin's answer to another
 * when the list is narrowed).
 */
import cors from 'cors';
import type { Middleware } from './middleware';

/** `*`, or the exact origins (scheme://host[:port]) allowed to read answers. */
export type CorsOrigins = '*' | string[];

export const ALLOWED_HEADERS = [
  'accept',
  'content-type',
  'apollo-require-preflight',
  'x-apollo-operation-name',
  'apollographql-client-name',
  'apollographql-client-version',
  'x-request-id',
  'if-none-match',
];

export const EXPOSED_HEADERS = ['x-request-id', 'etag'];

/** How long a browser may reuse a preflight answer, in seconds (Chromium caps it at 7,200). */
const PREFLIGHT_MAX_AGE = 7_200;

export function corsMiddleware(origins: CorsOrigins): Middleware {
  const handle = cors({
    origin: origins === '*' ? '*' : origins,
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ALLOWED_HEADERS,
    exposedHeaders: EXPOSED_HEADERS,
    credentials: false,
    maxAge: PREFLIGHT_MAX_AGE,
    optionsSuccessStatus: 204,
  });
  return (req, res, next) => {
    res.setHeader('vary', 'Origin');
    handle(req, res, next);
  };
}

/** Parses CORS_ORIGINS: `*`, or origins separated by commas; `{ invalid }` names a malformed entry. */
export function parseCorsOrigins(raw: string): CorsOrigins | { invalid: string } {
  const trimmed = raw.trim();
  if (trimmed === '*') return '*';
  const origins = trimmed
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '');
  for (const origin of origins) {
    const url = parseUrl(origin);
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.origin !== origin)
      return { invalid: origin };
  }
  return origins;
}

function parseUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}
