/**
 *   /graphql/possible-types.json     the possibleTypes map of the schema's interfaces (codegen)
 *   /graphql/trusted-documents.json  the trusted-document manifest (Apollo's persisted-query format)
 *
 * What a client is built with: both change only with a new release of the server, so they are
 * read once, sent with a strong ETag of their content, and revalidated with If-None-Match.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import possibleTypes from '../api/__generated__/possible-types.json';
import { TRUSTED_MANIFEST } from '../api/trusted-documents';
import { type Route, sendJson } from './exchange';
import { ifNoneMatchHolds } from './http-cache';

/** Imported rather than read from disk, so that a build (tsc into dist/) carries them along. */
const FILES: Record<string, unknown> = {
  '/graphql/possible-types.json': possibleTypes,
  '/graphql/trusted-documents.json': TRUSTED_MANIFEST,
};

export function schemaFileRoutes(): Route[] {
  return Object.entries(FILES).map(([pathname, content]) => {
    const body = Buffer.from(`${JSON.stringify(content, null, 2)}\n`);
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
    return {
      name: path.basename(pathname, '.json'),
      matches: (url) => url.pathname === pathname,
      async handle({ req, res }) {
        if (req.method !== 'GET' && req.method !== 'HEAD') {
          res.setHeader('allow', 'GET, HEAD');
          sendJson(res, 405, { error: `${pathname} answers GET and HEAD only` });
          return;
        }
        res.setHeader('etag', etag);
        res.setHeader('cache-control', 'public, max-age=300');
        if (ifNoneMatchHolds(req.headers['if-none-match'], etag)) {
          res.statusCode = 304;
          res.end();
          return;
        }
        res.statusCode = 200;
        res.setHeader('content-type', 'application/json; charset=utf-8');
        res.end(req.method === 'HEAD' ? undefined : body);
      },
    };
  });
}
