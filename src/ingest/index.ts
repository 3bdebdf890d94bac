/**
 * The ingest: a resolution's Chinese text → the normalized graph of types.ts. Pure apart from
 * reading the text and the registries; no database, no network.
 */
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { ingestText } from './ingest-text';
import { loadRegistries } from './load-registries';
import type { Registries } from './registries';
import type { NormalizedGraph } from './types';

/** The registries shipped with the repository (seed/actors.json, seed/facts.json). */
export const DEFAULT_SEED_DIR = resolve(__dirname, '../../seed');

export function ingestFile(path: string, registries: Registries = loadRegistries(DEFAULT_SEED_DIR)): NormalizedGraph {
  return ingestText(readFileSync(path, 'utf8'), basename(path), registries);
}

export { ingestText, loadRegistries };
export { IngestError } from './ingest-error';
export { GraphValidationError } from './validate-graph';
export { RegistryError, parseRegistries } from './registries';
export type { Registries, ActorEntry, ResolutionFact, PlaceName, MeetingFact } from './registries';
export { summarizeGraph, type GraphSummary } from './summarize-graph';
export { toStableJson } from './stable-json';
export * from './types';
