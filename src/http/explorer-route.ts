/**
 *   /assets/…       the explorer's built files (hashed names: cached for a year)
 *   /graphiql       GraphiQL, self-hosted
 *   / /r/ /a/ /g/ /n/   the explorer's pages: one HTML document, the app reads the path
 *
 * The files come from explorer/dist (built by `npm run build:explorer`, which `npm start` runs
 * when the build is missing or stale). Without a build the server still starts, and these
 * paths answer 503 with a page that says how to build it. Every answer carries a
 * Content-Security-Policy that allows the origin only: nothing the pages load or send may
 * reach another host.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import { HttpError, type Route } from './exchange';

export const EXPLORER_DIST = path.resolve(__dirname, '..', '..', 'explorer', 'dist');

/** The pages of the app; any path below them gets the app's HTML, which routes in the browser. */
const APP_PATH = /^\/(?:$|r\/|a\/|g\/|n\/)/;

/**
 * Only the origin. GraphiQL's editor (Monaco) writes <style> elements and runs web workers from
 * blob-free same-origin scripts, so its page alone also allows inline styles.
 */
const BASE_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];
export const EXPLORER_POLICY = [...BASE_POLICY, "style-src 'self'"].join('; ');
export const GRAPHIQL_POLICY = [...BASE_POLICY, "style-src 'self' 'unsafe-inline'"].join('; ');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export interface ExplorerRouteOptions {
  /** Where the built files are (default explorer/dist). */
  dist?: string;
}

export function explorerRoute(options: ExplorerRouteOptions = {}): Route {
  const dist = options.dist ?? EXPLORER_DIST;
  return {
    name: 'explorer',
    matches: (url) =>
      url.pathname.startsWith('/assets/') ||
      url.pathname === '/graphiql' ||
      url.pathname === '/favicon.svg' ||
      APP_PATH.test(url.pathname),
    async handle({ req, res, url }) {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        throw new HttpError(405, `${req.method} is not allowed on ${url.pathname}; use GET`, { allow: 'GET, HEAD' });
      }
      const page = url.pathname === '/graphiql' ? 'graphiql.html' : 'index.html';
      const isAsset = url.pathname.startsWith('/assets/') || url.pathname === '/favicon.svg';
      res.setHeader('content-security-policy', page === 'graphiql.html' ? GRAPHIQL_POLICY : EXPLORER_POLICY);
      res.setHeader('x-content-type-options', 'nosniff');
      res.setHeader('referrer-policy', 'no-referrer');
      const file = isAsset ? assetFile(dist, url.pathname) : path.join(dist, page);
      const found = file ? await stat(file).catch(() => null) : null;
      if (!file || !found?.isFile()) {
        if (isAsset) return sendText(res, 404, `no file ${url.pathname}`);
        return sendNotBuilt(res, dist);
      }
      res.statusCode = 200;
      res.setHeader('content-type', CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream');
      res.setHeader('content-length', String(found.size));
      // Hashed asset names change with their content; the HTML must be asked for every time.
      res.setHeader('cache-control', isAsset ? 'public, max-age=31536000, immutable' : 'no-cache');
      if (req.method === 'HEAD') return void res.end();
      await pipeFile(file, res);
    },
  };
}

/**
 * The file under dist/ that an /assets/ path names, or null when the path is not one of them:
 * percent-decoded once (a malformed escape is a 400), then refused when it holds a NUL, a
 * backslash or a dot segment, and checked again to resolve inside dist/assets.
 */
export function assetFile(dist: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    throw new HttpError(400, `the path ${pathname} has a malformed percent-escape`);
  }
  if (/[\0\\]/.test(decoded) || decoded.split('/').some((segment) => segment === '..' || segment === '.')) return null;
  const root = decoded === '/favicon.svg' ? dist : path.join(dist, 'assets');
  const file = path.resolve(dist, `.${decoded}`);
  return file.startsWith(root + path.sep) ? file : null;
}

function pipeFile(file: string, res: ServerResponse): Promise<void> {
  return new Promise((resolve, reject) => {
    const stream = createReadStream(file);
    stream.on('error', reject);
    res.on('close', () => {
      stream.destroy();
      resolve();
    });
    stream.pipe(res).on('finish', resolve);
  });
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.statusCode = status;
  res.setHeader('content-type', 'text/plain; charset=utf-8');
  res.setHeader('cache-control', 'no-cache');
  res.end(text);
}

function sendNotBuilt(res: ServerResponse, dist: string): void {
  res.statusCode = 503;
  res.setHeader('content-type', 'text/html; charset=utf-8');
  res.setHeader('cache-control', 'no-cache');
  res.end(
    `<!doctype html><html lang="en"><meta charset="utf-8"><title>Explorer not built</title>` +
      `<h1>The explorer is not built</h1>` +
      `<p>No built pages in <code>${escapeHtml(dist)}</code>. Run <code>npm run build:explorer</code> ` +
      `(<code>npm start</code> does it for you), then reload.</p>` +
      `<p>The GraphQL API is served at <a href="/graphql">/graphql</a>.</p></html>`,
  );
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
