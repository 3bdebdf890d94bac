/**
 * The one way tests start a browser: Debian's Chromium (/usr/bin/chromium, or CHROMIUM_PATH),
 * driven by playwright-core, never a downloaded browser. Headless, with every background
 * service off (this machine reaches no host but the package registries, and Chromium's own
 * update, sync and QUIC probes would otherwise fail noisily), and a fresh profile per launch.
 *
 * `guardOrigin` makes a page refuse every request to another origin and records it, so that a
 * test can assert that nothing left the origin.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export interface LaunchedBrowser {
  browser: Browser;
  context: BrowserContext;
  close(): Promise<void>;
}

/** Starts Chromium with a fresh profile in a temporary folder; `close` removes it. */
export async function launchChromium(
  options: { viewport?: { width: number; height: number } } = {},
): Promise<LaunchedBrowser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `expected Chromium at ${CHROMIUM_PATH} (Debian's chromium package: apt-get install -y chromium), found nothing`,
    );
  }
  const profile = mkdtempSync(path.join(tmpdir(), 'chromium-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
    viewport: options.viewport ?? { width: 1280, height: 800 },
  });
  const browser = context.browser();
  return {
    browser: browser as Browser,
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Aborts every request from the page (documents, scripts, workers' fetches, images) whose
 * origin is not `origin`, and returns the list of those it refused.
 */
export async function guardOrigin(target: Page | BrowserContext, origin: string): Promise<string[]> {
  const refused: string[] = [];
  await target.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin) return route.continue();
    refused.push(url);
    return route.abort('blockedbyclient');
  });
  return refused;
}
