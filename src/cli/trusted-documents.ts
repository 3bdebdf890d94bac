/**
 * `npm run codegen` (second step): writes the trusted-document manifest from the contract
 * operations and the explorer's documents; with `--check`, fails when the committed one differs.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildManifest, MANIFEST_FILE } from '../api/trusted-documents';

const ROOT = path.resolve(__dirname, '..', '..');
const text = `${JSON.stringify(buildManifest(ROOT), null, 2)}\n`;
const relative = path.relative(ROOT, MANIFEST_FILE);
if (process.argv.includes('--check')) {
  const current = fs.existsSync(MANIFEST_FILE) ? fs.readFileSync(MANIFEST_FILE, 'utf8') : '';
  if (current !== text) {
    console.error(`${relative} is out of date: run npm run codegen`);
    process.exit(1);
  }
  console.log(`${relative} is up to date`);
} else {
  fs.writeFileSync(MANIFEST_FILE, text);
  console.log(`wrote ${relative}`);
}
