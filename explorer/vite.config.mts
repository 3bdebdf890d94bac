/**
 * The explorer's build: two pages (the app and GraphiQL) from npm packages only, into
 * explorer/dist, with hashed names under /assets/ that the API server caches for a year.
 * Preact's JSX runtime through Vite's own transform; GraphiQL (React) has no JSX here.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: here,
  base: '/',
  publicDir: false,
  logLevel: 'warn',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: resolve(here, 'dist'),
    emptyOutDir: true,
    assetsDir: 'assets',
    // dist/.vite/manifest.json: which chunks each page loads, for the bundle budget (not served).
    manifest: true,
    target: 'es2022',
    // GraphiQL's editor is large by nature; the explorer's own budget is checked by the bench.
    chunkSizeWarningLimit: 5000,
    rollupOptions: {
      // Dependencies' "use client" markers mean nothing to a plain bundle.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
      input: {
        index: resolve(here, 'index.html'),
        graphiql: resolve(here, 'graphiql.html'),
      },
    },
  },
});
