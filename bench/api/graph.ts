/**
 * The graph every target serves: the real seed (Resolution 44 and what it cites), with N
 * synthetic resolutions shaped like it written first (writeGraphs, 50 resolutions
 * per transaction) — the seed goes last so that its actors' real names win over the synthetic
 * stubs. Clears the database first: never point NEO4J_URI at data you want to keep.
 */
import type { Database } from '../../src/graph/database';
import { ensureSchema } from '../../src/graph/schema';
import { seedDatabase } from '../../src/graph/seed';
import { writeGraphs } from '../../src/graph/write-graph';
import { syntheticCorpus } from '../../src/synthetic/corpus';
import { clearDatabase } from '../../src/graph/clear';
import { batchesOf } from '../load-floor';

export interface LoadedGraph {
  synthetic: number;
  nodes: number;
  relationships: number;
  ms: number;
  /** Of `ms`, the time of the synthetic corpus alone (0 when there is none). */
  syntheticMs: number;
}

/** Writes the synthetic corpus of `n` as the loader does (writeGraphs, 50 per transaction); its time in ms. */
export async function writeSynthetic(db: Database, n: number): Promise<number> {
  const graphs = [...syntheticCorpus(n)];
  const began = process.hrtime.bigint();
  await writeGraphs(db, batchesOf(graphs));
  return Math.round(Number(process.hrtime.bigint() - began) / 1e6);
}

/** Clears the database, then loads `synthetic` synthetic resolutions (0: none) and the seed. */
export async function loadBenchGraph(db: Database, synthetic: number): Promise<LoadedGraph> {
  const began = Date.now();
  await clearDatabase(db);
  await ensureSchema(db);
  const syntheticMs = synthetic > 0 ? await writeSynthetic(db, synthetic) : 0;
  await seedDatabase(db);
  const [counts] = await db.read({
    cypher: 'MATCH (n) WITH count(n) AS nodes RETURN nodes, COUNT { ()-[]->() } AS relationships',
    params: {},
  });
  return {
    synthetic,
    nodes: Number(counts.nodes),
    relationships: Number(counts.relationships),
    ms: Date.now() - began,
    syntheticMs,
  };
}
