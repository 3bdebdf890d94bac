/** Reads the registries from a seed directory (actors.json, facts.json) and checks them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRegistries, type Registries } from './registries';

export function loadRegistries(seedDir: string): Registries {
  const read = (name: string): unknown => JSON.parse(readFileSync(join(seedDir, name), 'utf8'));
  return parseRegistries(read('actors.json'), read('facts.json'));
}
