/**
 * The floor of a load, shared by `npm run bench:load` and the load target of `npm run bench`:
 * what this Neo4j on this machine can write at all, for the same number of nodes and
 * relationships as a synthetic corpus, in transactions of the same number of resolutions.
 */
import type { Database } from '../src/graph/database';
import { mergeGraphs } from '../src/graph/write-graph';
import type { NormalizedGraph } from '../src/ingest/types';

/** Resolutions per write transaction, for the loader and the floor alike. */
export const RESOLUTIONS_PER_TRANSACTION = 50;

/** A corpus as the graphs of its write transactions: RESOLUTIONS_PER_TRANSACTION resolutions each. */
export function batchesOf(graphs: NormalizedGraph[]): NormalizedGraph[] {
  const batches: NormalizedGraph[] = [];
  for (let i = 0; i < graphs.length; i += RESOLUTIONS_PER_TRANSACTION)
    batches.push(mergeGraphs(graphs.slice(i, i + RESOLUTIONS_PER_TRANSACTION)));
  return batches;
}

/**
 * The floor: the same number of nodes and relationships as the corpus, as bare UNWIND CREATEs
 * of one label with a unique id and a short text, in transactions of the same size — what this
 * Neo4j on this machine can write at all, with none of the graph's labels, indexes or merging.
 * Its uniqueness constraint must exist (ensureFloorSchema).
 */
export async function floorWrite(db: Database, graphs: NormalizedGraph[]): Promise<void> {
  const written = new Set<string>();
  const isNew = (key: string) => !written.has(key) && Boolean(written.add(key));
  for (const batch of batchesOf(graphs)) {
    const nodes = batch.nodes
      .filter((node) => isNew(node.id))
      .map((node) => ({ id: node.id, text: 'textZh' in node.props ? node.props.textZh : null }));
    const rels = batch.relationships
      .filter((rel) => isNew(`${rel.from} ${rel.type} ${rel.to}`))
      .map((rel) => ({ from: rel.from, to: rel.to }));
    await db.write(async (tx) => {
      for (let k = 0; k < nodes.length; k += 5_000) {
        await tx.run('UNWIND $rows AS row CREATE (n:Floor) SET n.id = row.id, n.text = row.text', {
          rows: nodes.slice(k, k + 5_000),
        });
      }
      for (let k = 0; k < rels.length; k += 5_000) {
        await tx.run(
          'UNWIND $rows AS row MATCH (a:Floor {id: row.from}) MATCH (b:Floor {id: row.to}) CREATE (a)-[:R]->(b)',
          { rows: rels.slice(k, k + 5_000) },
        );
      }
    });
  }
}

/**
 * The floor's uniqueness constraint, created once before a bench's first run and dropped after its
 * last (dropFloorSchema), like the loader's schema: any change of the schema empties Neo4j's plan
 * cache, so creating and dropping it around every floor run would make the loader's next run plan
 * all its statements again, which a reload into a running Neo4j does not do.
 */
export async function ensureFloorSchema(db: Database): Promise<void> {
  await db.write((tx) => tx.run('CREATE CONSTRAINT floor_id IF NOT EXISTS FOR (n:Floor) REQUIRE n.id IS UNIQUE'));
}

export async function dropFloorSchema(db: Database): Promise<void> {
  await db.write((tx) => tx.run('DROP CONSTRAINT floor_id IF EXISTS'));
}

/**
 * Empties Neo4j's plan cache, so that the next statements are planned again: for a cold-plan
 * figure, and for the any-shape stream's cold pass.
 */
export async function clearQueryCaches(db: Database): Promise<void> {
  const session = db.driver.session({ database: db.name });
  try {
    await session.run('CALL db.clearQueryCaches()');
  } finally {
    await session.close();
  }
}

/** Removes what floorWrite wrote; its constraint stays (dropFloorSchema removes it). */
export async function clearFloor(db: Database): Promise<void> {
  for (;;) {
    const deleted = await db.write(async (tx) => {
      const result = await tx.run('MATCH (n:Floor) WITH n LIMIT 20000 DETACH DELETE n RETURN count(*) AS n');
      return Number(result.records[0].get('n'));
    });
    if (deleted === 0) break;
  }
}
