/**
 * `npm run bench:load`: paragraphs per second when loading synthetic corpora shaped like
 * Resolution 44, through the real loader (UNWIND batches, a batch of resolutions per
 * transaction), beside a naive loader that sends one query per node and per relationship —
 * both in the same run against the same Neo4j, so that the ratio is what to read.
 *
 *   npm run bench:load            N = 1, 100, 1000
 *   npm run bench:load -- --short N = 1, 10, 100
 *
 * With no NEO4J_URI it starts its own local Neo4j (neo4j-local/data-bench, port NEO4J_BENCH_PORT, default 7689) and
 * clears it between runs; with NEO4J_URI it clears THAT database.
 */
import { readConfig } from '../src/config';
import { connect } from '../src/graph/connect';
import type { Database } from '../src/graph/database';
import { ensureSchema } from '../src/graph/schema';
import { mergeGraphs, writeGraph } from '../src/graph/write-graph';
import type { NormalizedGraph } from '../src/ingest/types';
import { paragraphCount, syntheticCorpus } from '../src/synthetic/corpus';
import { clearDatabase } from '../src/graph/clear';
import { BENCH_DATA_DIR, BENCH_LOCAL_PORT } from './local-neo4j';

const RESOLUTIONS_PER_TRANSACTION = 50;

/** The loader as a user would write it first: one MERGE per node, one per relationship. */
async function naiveWrite(db: Database, graph: NormalizedGraph): Promise<void> {
  await db.write(async (tx) => {
    for (const node of graph.nodes) {
      const props = Object.fromEntries(Object.entries(node.props).filter(([, v]) => v !== null));
      await tx.run(`MERGE (n:${node.label} {id: $id}) SET n += $props, n:Entity`, { id: node.id, props });
    }
    for (const rel of graph.relationships) {
      await tx.run(
        `MATCH (a:${rel.fromLabel} {id: $from}) MATCH (b:${rel.toLabel} {id: $to}) MERGE (a)-[r:${rel.type}]->(b) SET r += $props`,
        {
          from: rel.from,
          to: rel.to,
          props: Object.fromEntries(Object.entries(rel.props).filter(([, v]) => v !== null)),
        },
      );
    }
  });
}

/**
 * The floor: the same number of nodes and relationships as the corpus, as bare UNWIND CREATEs
 * of one label with a unique id and a short text, in transactions of the same size — what this
 * Neo4j on this machine can write at all, with none of the graph's labels, indexes or merging.
 */
async function floorWrite(db: Database, graphs: NormalizedGraph[]): Promise<void> {
  await db.write((tx) => tx.run('CREATE CONSTRAINT floor_id IF NOT EXISTS FOR (n:Floor) REQUIRE n.id IS UNIQUE'));
  const written = new Set<string>();
  const isNew = (key: string) => !written.has(key) && Boolean(written.add(key));
  for (let i = 0; i < graphs.length; i += RESOLUTIONS_PER_TRANSACTION) {
    const batch = mergeGraphs(graphs.slice(i, i + RESOLUTIONS_PER_TRANSACTION));
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

interface Figure {
  loader: string;
  n: number;
  paragraphs: number;
  ms: number;
  perSecond: number;
}

async function measure(
  db: Database,
  loader: string,
  n: number,
  write: (graphs: NormalizedGraph[]) => Promise<void>,
): Promise<Figure> {
  await clearDatabase(db);
  const graphs = [...syntheticCorpus(n)];
  const paragraphs = graphs.reduce((sum, graph) => sum + paragraphCount(graph), 0);
  const began = process.hrtime.bigint();
  await write(graphs);
  const ms = Number(process.hrtime.bigint() - began) / 1e6;
  const figure = { loader, n, paragraphs, ms: Math.round(ms), perSecond: Math.round((paragraphs / ms) * 1000) };
  process.stderr.write(`  ${loader} N=${n}: ${paragraphs} paragraphs in ${figure.ms} ms\n`);
  return figure;
}

async function batched(db: Database, graphs: NormalizedGraph[]): Promise<void> {
  for (let i = 0; i < graphs.length; i += RESOLUTIONS_PER_TRANSACTION) {
    await writeGraph(db, mergeGraphs(graphs.slice(i, i + RESOLUTIONS_PER_TRANSACTION)));
  }
}

async function main(short: boolean): Promise<void> {
  const sizes = short ? [1, 10, 100] : [1, 100, 1000];
  const naiveSize = short ? 10 : 20;
  const connection = await connect(readConfig().neo4j, {
    log: (message) => process.stderr.write(`${message}\n`),
    localDataDir: BENCH_DATA_DIR,
    localPort: BENCH_LOCAL_PORT,
  });
  const { db } = connection;
  try {
    await ensureSchema(db);
    // warm-up: plans cached and JIT warm for both loaders before anything is timed
    await measure(db, 'warm-up', 10, (graphs) => batched(db, graphs));
    await measure(db, 'warm-up', 2, async (graphs) => {
      for (const g of graphs) await naiveWrite(db, g);
    });
    const figures: Figure[] = [];
    for (const n of sizes) figures.push(await measure(db, 'unwind-batched', n, (graphs) => batched(db, graphs)));
    for (const n of sizes) figures.push(await measure(db, 'floor-bare-unwind', n, (graphs) => floorWrite(db, graphs)));
    for (const n of sizes)
      figures.push(
        await measure(db, 'per-resolution-tx', n, async (graphs) => {
          for (const g of graphs) await writeGraph(db, g);
        }),
      );
    figures.push(
      await measure(db, 'naive-per-node', naiveSize, async (graphs) => {
        for (const g of graphs) await naiveWrite(db, g);
      }),
    );
    await clearDatabase(db);

    const naive = figures.find((f) => f.loader === 'naive-per-node') as Figure;
    await db.write((tx) => tx.run('DROP CONSTRAINT floor_id IF EXISTS'));
    const floorOf = (n: number) => figures.find((f) => f.loader === 'floor-bare-unwind' && f.n === n);
    console.log('\nloader               N      paragraphs   ms        paragraphs/s   x naive   / floor');
    for (const f of figures) {
      const floor = floorOf(f.n);
      console.log(
        `${f.loader.padEnd(20)} ${String(f.n).padStart(5)}  ${String(f.paragraphs).padStart(10)}  ${String(f.ms).padStart(8)}  ${String(f.perSecond).padStart(13)}  ${(f.perSecond / naive.perSecond).toFixed(1).padStart(7)}  ${floor ? (f.perSecond / floor.perSecond).toFixed(2).padStart(7) : '      -'}`,
      );
    }
    console.log(JSON.stringify({ bench: 'load', figures }));
  } finally {
    await connection.close();
  }
}

main(process.argv.includes('--short')).catch((error: Error) => {
  console.error(`bench:load: ${error.message}`);
  process.exit(1);
});
