/**
 * Seeding: every source text in seed/ is ingested and validated before anything is written,
 * then each resolution is written in its own transaction, and the graph version — a hash of
 * the seed files and of the code that turns them into a graph — is recorded with the last one.
 * `seedIfNeeded` skips all of it when Neo4j already holds that version.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ingestFile, loadRegistries } from '../ingest';
import type { NormalizedGraph } from '../ingest/types';
import type { Database } from './database';
import { ensureSchema } from './schema';
import { type WriteProgress, writeGraph } from './write-graph';

export const SEED_DIR = path.resolve(__dirname, '..', '..', 'seed');
const VERSIONED_CODE_DIRS = [
  path.resolve(__dirname, '..', 'ingest'),
  path.resolve(__dirname, '..', 'identifiers'),
  __dirname,
];
/** The formulas the stored citations are composed with (src/identifiers/unit-citations.ts). */
const VERSIONED_CODE_FILES = ['language.ts', 'language.js']
  .map((name) => path.resolve(__dirname, '..', 'api', name))
  .filter((file) => fs.existsSync(file));

export interface SeedOptions {
  seedDir?: string;
  log?: (message: string) => void;
}

export interface SeedSummary {
  version: string;
  skipped: boolean;
  resolutions: string[];
  nodes: number;
  relationships: number;
  deletedNodes: number;
  ms: number;
}

function listFiles(dir: string, filter: (name: string) => boolean): string[] {
  return fs
    .readdirSync(dir)
    .filter(filter)
    .sort()
    .map((name) => path.join(dir, name));
}

export function sourceTexts(seedDir = SEED_DIR): string[] {
  return listFiles(seedDir, (name) => name.endsWith('.txt'));
}

/** The TypeScript sources, or the JavaScript compiled from them when running from dist/ (`npm run build`). */
function isCode(name: string): boolean {
  return name.endsWith('.ts') || name.endsWith('.js');
}

/** A hash of everything the graph is made from: seed data and the ingest and load code. */
export function graphVersion(seedDir = SEED_DIR): string {
  const hash = createHash('sha256');
  const files = [
    ...listFiles(seedDir, (name) => !name.startsWith('.')),
    ...VERSIONED_CODE_DIRS.flatMap((dir) => listFiles(dir, isCode)),
    ...VERSIONED_CODE_FILES,
  ];
  for (const file of files) {
    if (!fs.statSync(file).isFile()) continue;
    hash.update(path.basename(file)).update('\0').update(fs.readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

export async function readGraphVersion(db: Database): Promise<string | null> {
  const rows = await db.read({ cypher: "MATCH (m:GraphMeta {id: 'graph'}) RETURN m.version AS version", params: {} });
  return rows.length > 0 ? (rows[0].version as string) : null;
}

/** Ingests every text first: a text that fails leaves Neo4j untouched. */
export function ingestSeed(seedDir = SEED_DIR): NormalizedGraph[] {
  const registries = loadRegistries(seedDir);
  return sourceTexts(seedDir).map((file) => ingestFile(file, registries));
}

export async function seedDatabase(db: Database, options: SeedOptions = {}): Promise<SeedSummary> {
  const log = options.log ?? (() => {});
  const seedDir = options.seedDir ?? SEED_DIR;
  const began = Date.now();
  const version = graphVersion(seedDir);
  const graphs = ingestSeed(seedDir);
  log(`ingested ${graphs.length} text(s) from ${seedDir}`);
  await ensureSchema(db);
  const summary: SeedSummary = {
    version,
    skipped: false,
    resolutions: [],
    nodes: 0,
    relationships: 0,
    deletedNodes: 0,
    ms: 0,
  };
  for (const [index, graph] of graphs.entries()) {
    const last = index === graphs.length - 1;
    let written = 0;
    let current = '';
    const onProgress = ({ step, rows }: WriteProgress) => {
      written += rows;
      if (step !== current) log(`  ${graph.resolutions.join(', ')}: ${step} (${written} rows written so far)`);
      current = step;
    };
    const result = await writeGraph(db, graph, { version: last ? version : undefined, onProgress });
    summary.resolutions.push(...graph.resolutions);
    summary.nodes += result.nodes;
    summary.relationships += result.relationships;
    summary.deletedNodes += result.deletedNodes;
    log(
      `loaded ${graph.resolutions.join(', ')} (${index + 1}/${graphs.length}): ${result.nodes} nodes, ${result.relationships} relationships in ${result.queries} queries`,
    );
  }
  summary.ms = Date.now() - began;
  return summary;
}

/** Seeds when the database is empty or holds another version of the graph. */
export async function seedIfNeeded(db: Database, options: SeedOptions = {}): Promise<SeedSummary> {
  const version = graphVersion(options.seedDir ?? SEED_DIR);
  const current = await readGraphVersion(db);
  if (current === version) {
    return { version, skipped: true, resolutions: [], nodes: 0, relationships: 0, deletedNodes: 0, ms: 0 };
  }
  return seedDatabase(db, options);
}
