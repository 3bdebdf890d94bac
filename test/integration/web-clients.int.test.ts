/**
 * Real clients against the real server: Apollo Client, urql and graphql-request with their
 * defaults, in Node and from a page on another origin in headless Chromium (Debian's package),
 * each paging through obligations and loading a neighbourhood into cytoscape.js and graphology
 * (test/clients/scenario.ts). What they get is checked against what the API answers directly.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers and page globals, read by the assertions */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { launchChromium, type LaunchedBrowser } from '../browser/chromium';
import { bundleScenario } from '../clients/bundle';
import type { ScenarioOptions, ScenarioReport } from '../clients/scenario';
import type { Database } from '../../src/graph/database';
import { startServer, type RunningServer } from '../../src/server';
import { seedCleanGraph, testDatabase } from './neo4j-env';

const SCENARIO: Omit<ScenarioOptions, 'runTag'> = {
  actor: 'TSB-DIRECTOR',
  pageSize: 5,
  drawingOf: { id: 'WTSA-44', depth: 2, limit: 60 },
  cacheCentres: ['PP-123', 'WTSA-44/s1/b#c1'],
};

async function graphql(server: RunningServer, query: string, variables: object): Promise<any> {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: any; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

/** A page server on its own port: another origin than the API's. */
function startPageServer(bundle: string): Promise<{ origin: string; close(): Promise<void> }> {
  const page =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>API clients</title></head><body><div id="graph" style="width:1000px;height:700px"></div><script src="/clients.js"></script></body></html>';
  const server = http.createServer((req, res) => {
    if (req.url === '/clients.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(bundle);
    else if (req.url === '/') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    else res.writeHead(404).end();
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({ origin: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) });
    }),
  );
}

describe('Apollo Client, urql and graphql-request against the API', () => {
  let db: Database;
  let server: RunningServer;
  let expected: { obligationIds: string[]; totalCount: number; drawing: any };

  beforeAll(async () => {
    db = testDatabase();
    await seedCleanGraph(db);
    server = await startServer({
      db,
      logger: pino({ level: 'silent' }),
      port: 0,
      host: '127.0.0.1',
      graphVersionRefreshMs: 0,
    });
    const { obligations } = await graphql(
      server,
      'query($a: ID!) { obligations(filter: { actor: $a }, first: 100) { totalCount edges { node { id } } } }',
      { a: SCENARIO.actor },
    );
    const { neighborhood } = await graphql(
      server,
      'query($id: ID!, $depth: Int, $limit: Int) { neighborhood(id: $id, depth: $depth, limit: $limit) { nodes { id } edges { id } } }',
      SCENARIO.drawingOf,
    );
    expected = {
      obligationIds: obligations.edges.map((e: any) => e.node.id),
      totalCount: obligations.totalCount,
      drawing: neighborhood,
    };
  }, 180_000);

  afterAll(async () => {
    await server?.stop();
    await db?.close();
  });

  function checkReport(report: ScenarioReport) {
    expect(report.reports.map((r) => r.client)).toEqual(['Apollo Client', 'urql', 'graphql-request']);
    for (const r of report.reports) {
      expect(r.totalCount).toBe(expected.totalCount);
      expect(r.obligationIds).toEqual(expected.obligationIds);
      expect(r.pages).toBe(Math.ceil(expected.totalCount / SCENARIO.pageSize));
      expect(r.drawing.nodes.map((n) => n.id)).toEqual(expected.drawing.nodes.map((n: any) => n.id));
      expect(r.cytoscape).toEqual({ nodes: expected.drawing.nodes.length, edges: expected.drawing.edges.length });
      expect(r.graphology).toEqual({ order: expected.drawing.nodes.length, size: expected.drawing.edges.length });
    }
    expect(report.reports.map((r) => r.methods)).toEqual([['POST'], ['GET'], ['POST']]);
    // Two neighbourhoods sharing nodes, read back from the normalized cache as the server sent them.
    expect(report.apolloCache.readBack).toEqual(report.apolloCache.sent);
    expect(report.nodeFragment).toEqual({ node: { __typename: 'Resolution', id: 'WTSA-44', number: 44 } });
    expect(report.persisted).toEqual({
      methods: ['GET', 'POST', 'GET'],
      statuses: [200, 200, 200],
      codes: ['PERSISTED_QUERY_NOT_FOUND', null, null],
    });
  }

  it('work in Node', async () => {
    const bundle = await bundleScenario('node');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'clients-')), 'clients.cjs');
    fs.writeFileSync(file, bundle);
    const stdout = await new Promise<string>((resolve, reject) =>
      execFile(
        process.execPath,
        [file],
        {
          env: {
            ...process.env,
            API_URL: server.url.replace('localhost', '127.0.0.1'),
            SCENARIO: JSON.stringify({ ...SCENARIO, runTag: 'Node' }),
          },
          maxBuffer: 50e6,
        },
        (error, out, err) => (error ? reject(new Error(`${error.message}\n${err}`)) : resolve(out)),
      ),
    );
    checkReport(JSON.parse(stdout) as ScenarioReport);
  }, 120_000);

  describe('from a page on another origin in Chromium', () => {
    let browser: LaunchedBrowser;
    let pages: Awaited<ReturnType<typeof startPageServer>>;

    beforeAll(async () => {
      pages = await startPageServer(await bundleScenario('browser'));
      browser = await launchChromium({ viewport: { width: 1000, height: 700 } });
    }, 120_000);

    afterAll(async () => {
      await browser?.close();
      await pages?.close();
    });

    it('page through obligations and draw a neighbourhood, with nothing off the two origins and no console error', async () => {
      const apiUrl = `http://127.0.0.1:${server.port}/graphql`;
      const page = await browser.context.newPage();
      const refused: string[] = [];
      const consoleErrors: string[] = [];
      page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
      page.on('pageerror', (error) => consoleErrors.push(error.message));
      await page.route('**/*', (route) => {
        const origin = new URL(route.request().url()).origin;
        if (origin === pages.origin || origin === new URL(apiUrl).origin) return route.continue();
        refused.push(route.request().url());
        return route.abort('blockedbyclient');
      });
      await page.goto(`${pages.origin}/`);
      expect(new URL(page.url()).origin).not.toBe(new URL(apiUrl).origin);
      const report = (await page.evaluate(([url, options]) => (globalThis as any).ApiClients.runClients(url, options), [
        apiUrl,
        { ...SCENARIO, runTag: 'Browser' },
      ] as const)) as ScenarioReport;
      checkReport(report);
      const drawn = await page.evaluate(
        (drawing) => (globalThis as any).ApiClients.draw((globalThis as any).document.getElementById('graph'), drawing),
        report.reports[0].drawing,
      );
      expect(drawn).toBe(expected.drawing.nodes.length);
      await page.waitForTimeout(300);
      const shot = path.join(os.tmpdir(), 'web-clients-neighbourhood.png');
      await page.screenshot({ path: shot });
      expect(fs.statSync(shot).size).toBeGreaterThan(10_000);
      expect(refused).toEqual([]);
      expect(consoleErrors).toEqual([]);
      await page.close();
    }, 180_000);
  });
});
