/// <reference lib="dom" />
/**
 * The explorer in Debian's headless Chromium against the real server on the seeded graph of
 * Resolution 44, the way a person meets it: every page at desktop and phone size, by URL, by
 * click and by keyboard, in both languages. Any request to another origin fails the test (it is
 * refused and recorded), and so do a console error, a failed request and an accessibility
 * violation that axe-core rates serious or critical. Screenshots go to test/browser/screenshots/
 * (ignored by git), to be looked at.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { createLogger } from '../../src/logger';
import { type RunningServer, startServer } from '../../src/server';
import { useSeededServer } from '../integration/neo4j-env';
import { guardOrigin, launchChromium, type LaunchedBrowser } from './chromium';

const ROOT = path.resolve(__dirname, '..', '..');
const SHOTS = path.join(__dirname, 'screenshots');
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

/* eslint-disable @typescript-eslint/no-explicit-any */

describe('the explorer in Chromium', () => {
  let running: RunningServer;
  let base: string;
  let browser: LaunchedBrowser;
  let refused: string[];
  const problems: string[] = [];

  // The server reads through the suite's own database, which useSeededServer closes.
  const seededDatabase = useSeededServer({
    async start() {
      // The same step `npm start` runs first: build the explorer when it is missing or stale.
      const build = spawnSync(
        process.execPath,
        ['--import', 'tsx', path.join(ROOT, 'explorer', 'build.ts'), '--if-stale'],
        { cwd: ROOT, encoding: 'utf8' },
      );
      if (build.status !== 0) throw new Error(`the explorer build failed:\n${build.stdout}\n${build.stderr}`);
      running = await startServer({ db: seededDatabase(), logger: createLogger('warn'), port: 0 });
      base = `http://localhost:${running.port}`;
      await warmUp();
      browser = await launchChromium({ viewport: DESKTOP });
      refused = await guardOrigin(browser.context, base);
      mkdirSync(SHOTS, { recursive: true });
    },
    async stop() {
      await browser?.close();
      await running?.stop();
      running?.httpServer.close();
    },
  });

  /**
   * Runs every explorer operation once, one at a time, before the browser does. A cold Neo4j
   * plans the reader's statements slowly; on a busy machine, four of them at once can pass the
   * 10 s read timeout, which is a cost of the first request after start and not the page's.
   */
  async function warmUp(): Promise<void> {
    const dir = path.join(ROOT, 'explorer', 'operations');
    const variables = { id: 'WTSA-44', text: '远程参会', first: 5 };
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.graphql'))) {
      const query = readFileSync(path.join(dir, file), 'utf8');
      for (const lang of ['EN', 'ZH']) {
        for (let attempt = 1; attempt <= 3; attempt += 1) {
          const response = await fetch(`${base}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query, variables: { ...variables, lang } }),
          });
          const body = (await response.json()) as { errors?: unknown[] };
          if (!body.errors) break;
          if (attempt === 3) throw new Error(`${file} (${lang}) kept failing: ${JSON.stringify(body.errors)}`);
        }
      }
    }
  }

  /** A new page that records console errors, page errors and failed requests into `problems`. */
  async function open(url: string, viewport = DESKTOP): Promise<Page> {
    const page = await browser.context.newPage();
    await page.setViewportSize(viewport);
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error on ${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error on ${page.url()}: ${error.message}`));
    page.on('requestfailed', (request) =>
      problems.push(
        `failed request ${request.url()} ${/query (\w+)/.exec(request.postData() ?? '')?.[1] ?? ''} on ${page.url()}: ${request.failure()?.errorText}`,
      ),
    );
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${response.status()} for ${response.url()}`);
    });
    await page.goto(base + url);
    return page;
  }

  /** Waits until no request has been in flight for half a second (so that closing aborts nothing). */
  async function settle(page: Page): Promise<void> {
    await page.waitForLoadState('networkidle');
  }

  async function close(page: Page): Promise<void> {
    await settle(page);
    await page.close();
  }

  async function axe(page: Page): Promise<void> {
    // Evaluated through the DevTools protocol, which the page's CSP does not govern.
    await page.evaluate(AXE_SOURCE);
    const violations: any[] = await page.evaluate(async () => {
      const result = await (window as any).axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map((v: any) => ({
        id: v.id,
        impact: v.impact,
        nodes: v.nodes.slice(0, 3).map((n: any) => n.target.join(' ')),
      }));
    });
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious).toEqual([]);
  }

  async function shoot(page: Page, name: string): Promise<void> {
    await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
  }

  async function api(query: string, variables: Record<string, unknown>): Promise<any> {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return ((await response.json()) as any).data;
  }

  afterEach(() => {
    expect(refused).toEqual([]);
    expect(problems).toEqual([]);
    problems.length = 0;
  });

  it('reader: the 13 sections and the annex of Resolution 44, citations as links, at both sizes', async () => {
    const expected = await api(
      'query($id: ID!) { resolution(id: $id) { sections { id } annex { programmes { id } } } }',
      { id: 'WTSA-44' },
    );
    expect(expected.resolution.sections).toHaveLength(13);
    for (const [size, viewport] of [
      ['desktop', DESKTOP],
      ['phone', PHONE],
    ] as const) {
      const page = await open('/r/WTSA-44', viewport);
      await page.locator('#WTSA-44\\/annex').waitFor();
      expect(await page.locator('section.section').evaluateAll((els) => els.map((el) => el.id))).toEqual(
        expected.resolution.sections.map((s: any) => s.id),
      );
      expect(await page.locator('section.programme').count()).toBe(expected.resolution.annex.programmes.length);
      expect(await page.locator('h1').textContent()).toContain('Bridging the standardization gap');
      // Every citation is a link to the cited resolution; the outdated ones say so.
      const firstCite = page.locator('[data-citation-id="WTSA-44/s1/a#c1"]');
      expect(await firstCite.getAttribute('href')).toBe('/r/PP-71');
      expect(await page.locator('[data-outdated]').count()).toBeGreaterThan(0);
      await shoot(page, `reader-${size}`);
      if (size === 'desktop') await axe(page);
      await close(page);
    }
  });

  it('reader: a paragraph is addressable by URL and copyable as its citation', async () => {
    const page = await open('/r/WTSA-44#WTSA-44/s8/3');
    const paragraph = page.locator('[id="WTSA-44/s8/3"]');
    await paragraph.waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'WTSA-44/s8/3');
    expect(await paragraph.isVisible()).toBe(true);
    const citation = await paragraph
      .locator(':scope > .body > .tools button[data-citation]')
      .getAttribute('data-citation');
    const expected = await api('query { node(id: "WTSA-44/s8/3") { ... on Provision { citation(lang: EN) } } }', {});
    expect(citation).toBe(expected.node.citation);
    // A preamble paragraph too: the API's own citation of it.
    const preamble = await api('query { node(id: "WTSA-44/s1/a") { ... on Provision { citation(lang: EN) } } }', {});
    expect(preamble.node.citation).toBeTruthy();
    expect(
      await page.locator('[id="WTSA-44/s1/a"] > .body > .tools button[data-citation]').getAttribute('data-citation'),
    ).toBe(preamble.node.citation);
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    await paragraph.locator(':scope > .body > .tools button[data-citation]').click();
    await page.waitForFunction(() => document.activeElement?.textContent === 'Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected.node.citation);
    await close(page);
  });

  it('actor page: TSB-DIRECTOR with its instructs and invites counts as the API gives them', async () => {
    const count = async (modality: string) =>
      (
        await api(
          'query($m: [Modality!]) { actor(id: "TSB-DIRECTOR") { obligations(modalities: $m, first: 0) { totalCount } } }',
          { m: [modality] },
        )
      ).actor.obligations.totalCount;
    const instructs = await count('INSTRUCTS');
    const invites = await count('INVITES');
    expect(instructs).toBeGreaterThan(0);
    expect(invites).toBeGreaterThan(0);
    for (const [size, viewport] of [
      ['desktop', DESKTOP],
      ['phone', PHONE],
    ] as const) {
      const page = await open('/a/TSB-DIRECTOR', viewport);
      await page.locator('.modality-counts').waitFor();
      expect(await page.locator('.modality-counts [data-modality="INSTRUCTS"] .n').textContent()).toBe(
        String(instructs),
      );
      expect(await page.locator('.modality-counts [data-modality="INVITES"] .n').textContent()).toBe(String(invites));
      expect(await page.locator('section.modality[data-modality="INSTRUCTS"] li.obligation').count()).toBe(instructs);
      expect(await page.locator('section.modality[data-modality="INVITES"] li.obligation').count()).toBe(invites);
      // Strongest first: the groups follow the order of the modalities.
      expect(
        await page
          .locator('section.modality')
          .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.modality)),
      ).toEqual(['INSTRUCTS', 'INVITES', 'ACTION_PLAN']);
      expect(await page.locator('text=Telecommunication Standardization Bureau').first().isVisible()).toBe(true);
      await shoot(page, `actor-${size}`);
      if (size === 'desktop') await axe(page);
      await close(page);
    }
  });

  it('search: 远程参会 lists the paragraph and the annex item, grouped by kind', async () => {
    for (const [size, viewport] of [
      ['desktop', DESKTOP],
      ['phone', PHONE],
    ] as const) {
      const page = await open('/', viewport);
      await page.locator('.actor-list li').first().waitFor();
      await page.getByRole('searchbox').fill('远程参会');
      await page.keyboard.press('Enter');
      await page.locator('.hit-group').first().waitFor();
      expect(page.url()).toBe(`${base}/?q=${encodeURIComponent('远程参会')}`);
      expect(await page.locator('[data-group="paragraphs"] [data-node-id="WTSA-44/s8/14"]').count()).toBe(1);
      expect(await page.locator('[data-group="annexItems"] [data-node-id="WTSA-44/annex/p1/i2/i3"]').count()).toBe(1);
      expect(await page.locator('.hits mark').first().textContent()).toBe('远程参会');
      await shoot(page, `search-${size}`);
      if (size === 'desktop') await axe(page);
      await close(page);
    }
  });

  it('search: every kind of hit is shown (a section too), counted by kind, and more pages load on request', async () => {
    const page = await open(`/?q=${encodeURIComponent('资源')}`, DESKTOP);
    await page.locator('.hit-group').first().waitFor();
    // Eight hits, one of them the section whose conditions say 在可用资源范围内: all listed.
    expect(await page.locator('#results-heading').textContent()).toContain('8 hits');
    expect(await page.locator('.hits li').count()).toBe(8);
    expect(await page.locator('[data-group="sections"] [data-node-id="WTSA-44/s8"]').count()).toBe(1);
    expect(await page.locator('[data-group="sections"] a').getAttribute('href')).toBe('/r/WTSA-44#WTSA-44/s8');
    expect(await page.locator('button.more').count()).toBe(0);

    // More hits than a page: the first 50, the count of each kind over all of them, and a button.
    await page.getByRole('searchbox').fill('国家');
    await page.keyboard.press('Enter');
    await page.locator('button.more').waitFor();
    const results = page.locator('section.results');
    expect(await results.getAttribute('data-shown')).toBe('50');
    const total = Number((await page.locator('#results-heading').textContent())?.match(/(\d+) hits/)?.[1]);
    expect(total).toBeGreaterThan(50);
    expect(await page.locator('[data-group="paragraphs"] h3').textContent()).toMatch(/\(\d+ \/ \d+\)/);
    // The next page's request fails (the network drops it): the failure is shown, nothing is lost,
    // and the button is there to try again.
    await page.route('**/graphql', (route) => route.abort('connectionreset'));
    await page.locator('button.more').click();
    await page.locator('section.results [role="alert"]').waitFor();
    expect(await results.getAttribute('data-shown')).toBe('50');
    await page.unroute('**/graphql');
    // Those dropped requests, and the browser's complaints about them, are the only problems.
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.filter((p) => !p.includes('net::ERR_CONNECTION_RESET'))).toEqual([]);
    problems.length = 0;
    await page.locator('button.more').click();
    await page.waitForFunction(
      () => Number(document.querySelector<HTMLElement>('section.results')?.dataset.shown) > 50,
    );
    expect(await page.locator('section.results [role="alert"]').count()).toBe(0);
    const shown = Number(await results.getAttribute('data-shown'));
    expect(shown).toBe(Math.min(total, 100));
    const ids = await page
      .locator('.hits li')
      .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.nodeId));
    expect(new Set(ids).size).toBe(shown);
    await shoot(page, 'search-more-desktop');
    await axe(page);
    await close(page);
  });

  it('graph view: draws nodes and edges, and expanding a node adds its neighbours', async () => {
    for (const [size, viewport] of [
      ['desktop', DESKTOP],
      ['phone', PHONE],
    ] as const) {
      const page = await open('/g/TSB-DIRECTOR', viewport);
      const graph = page.locator('.graph');
      await page.waitForFunction(() => Number(document.querySelector<HTMLElement>('.graph')?.dataset.nodes) > 1);
      const nodes = Number(await graph.getAttribute('data-nodes'));
      const edges = Number(await graph.getAttribute('data-edges'));
      expect(edges).toBeGreaterThan(0);
      // The drawing and the model agree.
      expect(await page.evaluate(() => (document.querySelector('.graph') as any).cy.nodes().length)).toBe(nodes);
      expect(await page.locator('.graph canvas').count()).toBeGreaterThan(0);
      await shoot(page, `graph-${size}`);
      if (size === 'desktop') {
        // A click on a drawn node (TSB) adds its neighbours.
        const point = await page.evaluate(() => {
          const cy = (document.querySelector('.graph') as any).cy;
          const box = document.querySelector('.graph')!.getBoundingClientRect();
          const at = cy.getElementById('TSB').renderedPosition();
          return { x: box.left + at.x, y: box.top + at.y };
        });
        await page.mouse.click(point.x, point.y);
        await page.waitForFunction(
          (before) => Number(document.querySelector<HTMLElement>('.graph')?.dataset.nodes) > before,
          nodes,
        );
        const after = Number(await graph.getAttribute('data-nodes'));
        expect(await page.locator('[data-node-id="ITU-T"]').count()).toBe(1);
        // And the keyboard way: the Expand button of a node in the list.
        const button = page.getByRole('button', { name: 'Expand WTSA-44/s8', exact: true });
        await button.focus();
        await page.keyboard.press('Enter');
        await page.waitForFunction(
          (before) => Number(document.querySelector<HTMLElement>('.graph')?.dataset.nodes) > before,
          after,
        );
        await axe(page);
        await shoot(page, 'graph-expanded-desktop');
      }
      await close(page);
    }
  });

  it('graph view: depth and limit controls, and the truncated notice', async () => {
    const page = await open('/g/WTSA-44?depth=2&limit=20');
    await page.waitForFunction(() => Number(document.querySelector<HTMLElement>('.graph')?.dataset.nodes) === 20);
    expect(await page.locator('[data-truncated]').isVisible()).toBe(true);
    await page.locator('input[name="limit"]').fill('5');
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    await page.waitForFunction(() => Number(document.querySelector<HTMLElement>('.graph')?.dataset.nodes) === 5);
    expect(page.url()).toBe(`${base}/g/WTSA-44?depth=2&limit=5`);
    await close(page);
  });

  it('graph view: a busy graph labels what orients, and the pointer shows the rest', async () => {
    const page = await open('/g/WTSA-44');
    await page.waitForFunction(() => Number(document.querySelector<HTMLElement>('.graph')?.dataset.nodes) === 60);
    const shown = (selector: string) =>
      page.evaluate((sel) => {
        const cy = (document.querySelector('.graph') as any).cy;
        const labelled = (ele: any) => ele.pstyle('label').strValue !== '' && cy.renderer().eleTextBiggerThanMin(ele);
        return cy.elements(sel).map((ele: any) => labelled(ele));
      }, selector);
    // The centre and the sections keep their labels; obligations and the edges' types wait.
    expect(await shown('[id = "WTSA-44"]')).toEqual([true]);
    const sections = await shown('node[type = "Section"]');
    expect(sections.length).toBeGreaterThan(0);
    expect(sections.every(Boolean)).toBe(true);
    const obligations = await shown('node[type = "Obligation"]');
    expect(obligations.length).toBeGreaterThan(0);
    expect(obligations.some(Boolean)).toBe(false);
    expect((await shown('edge')).some(Boolean)).toBe(false);
    // The pointer on an obligation shows its label and its edges' types.
    const point = await page.evaluate(() => {
      const cy = (document.querySelector('.graph') as any).cy;
      const box = document.querySelector('.graph')!.getBoundingClientRect();
      const node = cy.nodes('[type = "Obligation"]')[0];
      const at = node.renderedPosition();
      return { id: node.id(), x: box.left + at.x, y: box.top + at.y };
    });
    await page.mouse.move(point.x, point.y);
    await page.waitForFunction(
      (id) => (document.querySelector('.graph') as any).cy.getElementById(id).hasClass('near'),
      point.id,
    );
    expect(await shown(`[id = ${JSON.stringify(point.id)}]`)).toEqual([true]);
    const edges = await page.evaluate(
      (id) =>
        (document.querySelector('.graph') as any).cy
          .getElementById(id)
          .connectedEdges()
          .map((e: any) => e.pstyle('label').strValue),
      point.id,
    );
    expect(edges.length).toBeGreaterThan(0);
    expect(edges.every((label: string) => label.length > 0)).toBe(true);
    await shoot(page, 'graph-busy-desktop');
    await close(page);
  });

  it('/n/<id> opens any node on its page', async () => {
    const page = await open(`/n/${encodeURIComponent('WTSA-44/s8/3')}`);
    await page.waitForURL(`${base}/r/WTSA-44#WTSA-44/s8/3`);
    await page.locator('[id="WTSA-44/s8/3"]').waitFor();
    await settle(page);
    await page.goto(`${base}/n/TSB-DIRECTOR`);
    await page.waitForURL(`${base}/a/TSB-DIRECTOR`);
    await settle(page);
    await page.goto(`${base}/n/${encodeURIComponent('WTSA-44/annex/p1/i2/i3')}`);
    await page.waitForURL(`${base}/r/WTSA-44#WTSA-44/annex/p1/i2/i3`);
    await settle(page);
    await page.goto(`${base}/n/MEETING-WTSA-2022`);
    await page.waitForURL(`${base}/g/MEETING-WTSA-2022`);
    await settle(page);
    await page.goto(`${base}/n/NO-SUCH-NODE`);
    await page.getByRole('heading', { name: 'Not found' }).waitFor();
    await close(page);
  });

  it('keyboard: from the search box to a hit and on to the paragraph, then back', async () => {
    const page = await open('/');
    await page.locator('.actor-list li').first().waitFor();
    // The first Tab reaches the skip link.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.getByRole('searchbox').focus();
    await page.keyboard.type('远程参会');
    await page.keyboard.press('Enter');
    await page.locator('.hit-group').first().waitFor();
    let reached = false;
    for (let i = 0; i < 20 && !reached; i += 1) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(
        () => (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href') === '/r/WTSA-44#WTSA-44/s8/14',
      );
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${base}/r/WTSA-44#WTSA-44/s8/14`);
    await page.waitForFunction(() => document.activeElement?.id === 'WTSA-44/s8/14');
    await settle(page);
    await page.goBack();
    await page.waitForURL(`${base}/?q=${encodeURIComponent('远程参会')}`);
    await page.locator('[data-node-id="WTSA-44/s8/14"]').waitFor();
    await close(page);
  });

  it('language switch: labels, headings and names change, and the choice is kept', async () => {
    const page = await open('/r/WTSA-44');
    await page.locator('[id="WTSA-44/s1"] h3').waitFor();
    expect(await page.locator('[id="WTSA-44/s1"] h3').textContent()).toContain('considering');
    await page.getByRole('button', { name: '中文 (Chinese)' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'zh-Hans');
    await page.locator('text=首页').waitFor();
    await page.waitForFunction(() => document.querySelector('[id="WTSA-44/s1"] h3')?.textContent?.includes('考虑到'));
    expect(await page.locator('h1').textContent()).toContain('缩小发展中国家与发达国家之间的标准化工作差距');
    await settle(page);
    await page.goto(`${base}/a/TSB-DIRECTOR`);
    await page.locator('h1').filter({ hasText: '电信标准化局主任' }).waitFor();
    await shoot(page, 'actor-zh');
    await axe(page);
    await page.getByRole('button', { name: 'English (英文)' }).click();
    await page.locator('h1').filter({ hasText: 'Director of the Telecommunication Standardization Bureau' }).waitFor();
    await close(page);
  });

  it('serves no Apollo landing page: /graphql opened in a browser loads nothing from a CDN', async () => {
    const response = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
    expect(await response.text()).not.toMatch(/cdn|apollographql\.com/i);
  });

  it('GraphiQL is self-hosted at /graphiql and runs a query', async () => {
    const page = await open('/graphiql');
    // The editor is ready once Monaco has drawn the default query; the schema's docs come from introspection.
    await page.waitForFunction(
      () => document.querySelector('.graphiql-query-editor .view-lines')?.textContent?.includes('totalCount'),
      undefined,
      { timeout: 60_000 },
    );
    await page.locator('.graphiql-execute-button').click();
    await page.waitForFunction(
      () => document.querySelector('.graphiql-response .view-lines')?.textContent?.includes('"totalCount"'),
      undefined,
      { timeout: 60_000 },
    );
    await page.getByRole('button', { name: /documentation explorer/i }).click();
    const docs = page.locator('.graphiql-doc-explorer');
    await docs.getByText('Root Types').waitFor();
    await docs.getByRole('link', { name: 'Query', exact: true }).first().click();
    await docs.getByText('Entry points of the API.').waitFor();
    await shoot(page, 'graphiql-desktop');
    await close(page);
  });
});
