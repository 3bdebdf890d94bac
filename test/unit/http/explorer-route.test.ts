/**
 * The explorer's route over real HTTP, on a built tree made here: content types, caching,
 * the HTML fallback for app paths, the policy header, and paths that try to leave dist/.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { HttpError, parseTarget } from '../../../src/http/exchange';
import { assetFile, EXPLORER_POLICY, explorerRoute, GRAPHIQL_POLICY } from '../../../src/http/explorer-route';

function serve(dist: string): Promise<{ base: string; close(): Promise<void> }> {
  const route = explorerRoute({ dist });
  const server = http.createServer((req, res) => {
    const url = parseTarget(req.url);
    if (!url || !route.matches(url)) {
      res.statusCode = 404;
      return void res.end('no route');
    }
    route.handle({ req, res, url, requestId: 'test', signal: new AbortController().signal }).catch((error: unknown) => {
      res.statusCode = error instanceof HttpError ? error.status : 500;
      res.end(String(error));
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        base: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
        close: () => new Promise((done) => server.close(() => done())),
      }),
    ),
  );
}

/** A raw request, so that the path is sent exactly as written (fetch would normalize `..`). */
function rawGet(base: string, target: string): Promise<{ status: number; body: string }> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: url.hostname, port: url.port, path: target, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the explorer route', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'explorer-route-'));
  const dist = path.join(root, 'dist');
  let server: Awaited<ReturnType<typeof serve>>;

  beforeAll(async () => {
    mkdirSync(path.join(dist, 'assets'), { recursive: true });
    writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>app</title>');
    writeFileSync(path.join(dist, 'graphiql.html'), '<!doctype html><title>graphiql</title>');
    writeFileSync(path.join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');
    writeFileSync(path.join(dist, 'assets', 'index-abc123.css'), 'body{}');
    writeFileSync(path.join(root, 'secret.txt'), 'TOP-SECRET-CONTENT');
    server = await serve(dist);
  });

  afterAll(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  it.each(['/', '/r/WTSA-44', '/a/TSB-DIRECTOR', '/g/WTSA-44%2Fs8%2F3', '/n/WTSA-44%2Fs8', '/r/%E4%B8%AD'])(
    'answers %s with the app page, never cached, under the policy',
    async (target) => {
      const response = await fetch(server.base + target);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(response.headers.get('content-security-policy')).toBe(EXPLORER_POLICY);
      expect(await response.text()).toContain('<title>app</title>');
    },
  );

  it('answers /graphiql with its own page and a policy that differs only in inline styles', async () => {
    const response = await fetch(`${server.base}/graphiql`);
    expect(await response.text()).toContain('<title>graphiql</title>');
    expect(response.headers.get('content-security-policy')).toBe(GRAPHIQL_POLICY);
    expect(GRAPHIQL_POLICY.replace(" 'unsafe-inline'", '')).toBe(EXPLORER_POLICY);
    expect(EXPLORER_POLICY).toContain("default-src 'self'");
    expect(EXPLORER_POLICY).not.toMatch(/https?:|\*/);
  });

  it('serves hashed assets with their type and a year of caching; HEAD without a body', async () => {
    const js = await fetch(`${server.base}/assets/index-abc123.js`);
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await js.text()).toBe('console.log(1)');
    const css = await fetch(`${server.base}/assets/index-abc123.css`, { method: 'HEAD' });
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(css.headers.get('content-length')).toBe('6');
    expect(await css.text()).toBe('');
  });

  it('answers a missing asset 404 and a POST 405', async () => {
    expect((await fetch(`${server.base}/assets/nothing.js`)).status).toBe(404);
    expect((await fetch(`${server.base}/r/WTSA-44`, { method: 'POST', body: '{}' })).status).toBe(405);
  });

  it.each([
    '/assets/../secret.txt',
    '/assets/%2e%2e/%2e%2e/secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    '/assets/..%5c..%5csecret.txt',
    '/assets/%00index-abc123.js',
    '/assets/',
  ])('never serves a file outside dist/assets for %s', async (target) => {
    const { status, body } = await rawGet(server.base, target);
    expect(body).not.toContain('TOP-SECRET-CONTENT');
    expect([400, 404]).toContain(status);
  });

  it('answers a malformed percent-escape 400', async () => {
    expect((await rawGet(server.base, '/assets/%E0%A4%A')).status).toBe(400);
    expect(() => assetFile(dist, '/assets/%')).toThrow(HttpError);
  });

  it('says at / that the explorer is not built when dist/ is empty, and still serves nothing else', async () => {
    const empty = await serve(path.join(root, 'missing'));
    try {
      const response = await fetch(`${empty.base}/`);
      expect(response.status).toBe(503);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const text = await response.text();
      expect(text).toContain('npm run build:explorer');
      expect(text).toContain('/graphql');
      expect((await fetch(`${empty.base}/assets/index-abc123.js`)).status).toBe(404);
    } finally {
      await empty.close();
    }
  });
});
