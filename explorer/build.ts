/**
 * Builds the explorer into explorer/dist with Vite. With `--if-stale` (what `npm start` and the
 * browser tests run), it builds only when the sources changed since the last build: a hash of
 * every input (pages, sources, operations, the Vite config and package-lock.json) is kept in
 * dist/.build-stamp, written only after a build succeeds.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

const HERE = __dirname;
const ROOT = path.resolve(HERE, '..');
const DIST = path.join(HERE, 'dist');
const STAMP = path.join(DIST, '.build-stamp');
const INPUTS = ['index.html', 'graphiql.html', 'vite.config.mts', 'src', 'operations'].map((p) => path.join(HERE, p));

function filesUnder(entry: string): string[] {
  if (!existsSync(entry)) return [];
  if (!statSync(entry).isDirectory()) return [entry];
  return readdirSync(entry)
    .sort()
    .flatMap((name) => filesUnder(path.join(entry, name)));
}

export function sourceHash(): string {
  const hash = createHash('sha256');
  for (const file of [...INPUTS.flatMap(filesUnder), path.join(ROOT, 'package-lock.json')]) {
    hash.update(path.relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

function main(): void {
  const ifStale = process.argv.includes('--if-stale');
  const hash = sourceHash();
  const built = existsSync(STAMP) ? readFileSync(STAMP, 'utf8').trim() : null;
  if (ifStale && built === hash && existsSync(path.join(DIST, 'index.html'))) {
    console.log('explorer: up to date (explorer/dist)');
    return;
  }
  const began = Date.now();
  console.log(`explorer: building into ${path.relative(process.cwd(), DIST) || DIST} …`);
  // The Vite CLI in a child process: Vite 8's API is ESM, and this script runs as CommonJS under tsx.
  const vite = path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--config', path.join(HERE, 'vite.config.mts')], {
    cwd: ROOT,
    stdio: 'inherit',
    // A production bundle whatever the caller's NODE_ENV (jest sets `test`, which would keep React's development build).
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0) throw new Error(`vite build exited with ${result.status ?? result.signal}`);
  writeFileSync(STAMP, `${hash}\n`);
  console.log(`explorer: built in ${((Date.now() - began) / 1000).toFixed(1)} s`);
}

try {
  main();
} catch (error) {
  console.error(`explorer build failed: ${(error as Error).message}`);
  process.exit(1);
}
