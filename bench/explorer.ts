/**
 * `npm run bench:explorer`: the explorer's two budgets, measured rather than asserted.
 *
 *   1. Bytes: the gzipped JavaScript the app page loads (its entry and every chunk it imports,
 *      statically or on demand), GraphiQL's page apart; budget 300 kB.
 *   2. Time: first render of the reader of Resolution 44 in Debian's headless Chromium, from
 *      navigation start (performance.now() is 0 there) to the moment the page shows the last
 *      section and the annex; budget 1.5 s. Cold (fresh profile: no cache) and warm (same tab,
 *      cached assets) runs, beside the baseline of the same run: the four GraphQL requests the
 *      reader makes, sent from Node in parallel, which the page cannot beat.
 *
 * It starts what `npm start` starts (the local Neo4j unless NEO4J_URI is set, the seed if needed,
 * the server on a free port) and builds the explorer when stale.
 *
 *   npm run bench:explorer [-- --runs 10]
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { readConfig } from '../src/config';
import { connect } from '../src/graph/connect';
import { seedIfNeeded } from '../src/graph/seed';
import { createLogger } from '../src/logger';
import { startServer } from '../src/server';
import type { Page } from 'playwright-core';
import { launchChromium } from '../test/browser/chromium';

const ROOT = path.resolve(__dirname, '..');
const DIST = path.join(ROOT, 'explorer', 'dist');
const BUDGET_KB = 300;
const BUDGET_MS = 1500;

type Manifest = Record<string, { file: string; imports?: string[]; dynamicImports?: string[]; css?: string[] }>;

function bundleBytes(): { files: { file: string; gzip: number }[]; total: number } {
  const manifest = JSON.parse(readFileSync(path.join(DIST, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    for (const next of [...(manifest[key].imports ?? []), ...(manifest[key].dynamicImports ?? [])]) visit(next);
  };
  visit('index.html');
  const files = [...seen]
    .map((key) => manifest[key]!.file)
    .filter((file) => file.endsWith('.js'))
    .map((file) => ({ file, gzip: gzipSync(readFileSync(path.join(DIST, file)), { level: 9 }).length }));
  return { files, total: files.reduce((sum, f) => sum + f.gzip, 0) };
}

function stats(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return `median ${at(0.5).toFixed(0)} ms, p90 ${at(0.9).toFixed(0)} ms, min ${sorted[0]!.toFixed(0)} ms, max ${sorted[sorted.length - 1]!.toFixed(0)} ms (n=${values.length})`;
}

async function main(): Promise<void> {
  const runsArg = process.argv.indexOf('--runs');
  const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 10;

  const build = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(ROOT, 'explorer', 'build.ts'), '--if-stale'],
    { cwd: ROOT, stdio: 'inherit' },
  );
  if (build.status !== 0) throw new Error('the explorer build failed');

  const bytes = bundleBytes();
  console.log('\n== explorer JavaScript (gzip -9), the app page without GraphiQL');
  for (const f of bytes.files) console.log(`  ${(f.gzip / 1024).toFixed(1).padStart(7)} kB  ${f.file}`);
  console.log(
    `  ${(bytes.total / 1024).toFixed(1).padStart(7)} kB  total — budget ${BUDGET_KB} kB: ${bytes.total / 1024 <= BUDGET_KB ? 'within' : 'OVER'}`,
  );

  const config = readConfig();
  const logger = createLogger('warn');
  const connection = await connect(config.neo4j, { log: (message) => console.log(message) });
  try {
    await seedIfNeeded(connection.db, { log: (message) => console.log(message) });
    const server = await startServer({ db: connection.db, logger, port: 0 });
    const base = `http://localhost:${server.port}`;
    try {
      const docs = ['Reader', 'ReaderAnnex'].map((name) =>
        readFileSync(path.join(ROOT, 'explorer', 'operations', `${name}.graphql`), 'utf8'),
      );
      const apiOnce = async () => {
        const began = performance.now();
        const answers = await Promise.all(
          docs.flatMap((query) =>
            ['EN', 'ZH'].map((lang) =>
              fetch(`${base}/graphql`, {
                method: 'POST',
                headers: { 'content-type': 'application/json' },
                body: JSON.stringify({ query, variables: { id: 'WTSA-44', lang } }),
              }).then((r) => r.json() as Promise<{ errors?: unknown[] }>),
            ),
          ),
        );
        const failed = answers.find((answer) => answer.errors);
        if (failed) throw new Error(`the reader's request failed: ${JSON.stringify(failed.errors)}`);
        return performance.now() - began;
      };
      // Warm Neo4j's plans: on a cold database the first statements can pass the 10 s read timeout.
      for (let attempt = 1; ; attempt += 1) {
        try {
          await apiOnce();
          await apiOnce();
          break;
        } catch (error) {
          if (attempt === 5) throw error;
        }
      }

      const apiTimes: number[] = [];
      const cold: number[] = [];
      const warm: number[] = [];
      const rendered = async (page: Page) => {
        await page.waitForFunction(
          () =>
            document.querySelector('[id="WTSA-44/annex"]') &&
            document.querySelectorAll('section.section').length === 13,
          undefined,
          { polling: 'raf' },
        );
        return page.evaluate(() => performance.now());
      };
      for (let i = 0; i < runs; i += 1) {
        apiTimes.push(await apiOnce());
        const browser = await launchChromium();
        try {
          const page = await browser.context.newPage();
          await page.goto(`${base}/r/WTSA-44`, { waitUntil: 'commit' });
          cold.push(await rendered(page));
          await page.goto(`${base}/`, { waitUntil: 'networkidle' });
          await page.goto(`${base}/r/WTSA-44`, { waitUntil: 'commit' });
          warm.push(await rendered(page));
        } finally {
          await browser.close();
        }
      }
      console.log(`\n== first render of /r/WTSA-44 (13 sections and the annex drawn), from navigation start`);
      console.log(`  baseline: the reader's 4 GraphQL requests from Node, in parallel: ${stats(apiTimes)}`);
      console.log(`  Chromium, cold (fresh profile, nothing cached):              ${stats(cold)}`);
      console.log(`  Chromium, warm (assets cached):                               ${stats(warm)}`);
      const median = [...cold].sort((a, b) => a - b)[Math.floor(cold.length / 2)]!;
      console.log(
        `  budget ${BUDGET_MS} ms, cold median: ${median <= BUDGET_MS ? 'within' : 'OVER'}; cold median / API baseline median: ${(median / [...apiTimes].sort((a, b) => a - b)[Math.floor(apiTimes.length / 2)]!).toFixed(2)}x`,
      );
    } finally {
      await server.stop();
      server.httpServer.close();
    }
  } finally {
    await connection.close();
  }
}

main().catch((error: Error) => {
  console.error(`bench:explorer failed: ${error.stack ?? error.message}`);
  process.exit(1);
});
