/**
 * Bundles the client scenario with esbuild: for Node (a CommonJS file run in a child process,
 * since graphql-request and parts of Apollo Client are ES modules that jest's CommonJS runtime
 * cannot load) and for a browser page (an IIFE that sets `window.ApiClients`). Every asset comes
 * from npm packages; nothing is fetched at run time.
 */
import path from 'node:path';
import { build } from 'esbuild';

export async function bundleScenario(platform: 'node' | 'browser'): Promise<string> {
  const result = await build({
    entryPoints: [path.join(__dirname, platform === 'node' ? 'node-entry.ts' : 'browser-entry.ts')],
    bundle: true,
    write: false,
    platform,
    format: platform === 'node' ? 'cjs' : 'iife',
    target: platform === 'node' ? 'node20' : 'chrome120',
    loader: { '.graphql': 'text' },
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}
