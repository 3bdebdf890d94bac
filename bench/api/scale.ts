/**
 * The corpus-size part of `npm run bench`: which operations are measured against N, and the rows
 * of targets 2 (flat at scale) and 5 (load against the bare UNWIND floor) made from them.
 *
 * Target 2 compares the p50 at the largest N with the p50 at N = 1, at c=10. An answer that grows
 * with the corpus (PP-123's `citedBy` holds one citation per synthetic resolution) is compared per
 * returned item instead: p50 divided by the items the answer holds, at each N.
 *
 * Target 5 compares the loader's throughput on the synthetic corpus of the largest N (the load
 * the scale part does anyway: `writeGraphs`, 50 resolutions per transaction) with the floor's on
 * the same corpus in the same run (bench/load-floor.ts), both into an empty database. Each side
 * runs twice, alternating (loader, floor, loader, floor), and its faster run counts: one run
 * each would give the first the JIT's warm-up and either a young-generation collection that
 * the other escapes, which on this corpus moves a run's time by up to 2x.
 */
import type { Database } from '../../src/graph/database';
import { clearDatabase } from '../../src/graph/clear';
import { ensureSchema } from '../../src/graph/schema';
import { paragraphCount, syntheticCorpus } from '../../src/synthetic/corpus';
import { clearFloor, ensureFloorSchema, floorWrite } from '../load-floor';
import type { Summary } from './operations';
import { ratio, type TargetTable } from './target-rows';

export interface ScaleOperation {
  operation: string;
  variables: Record<string, unknown>;
  /** For an answer that grows with N: the items it returns, from the operation's summary. */
  items?: (summary: Summary) => number;
}

export const SCALE_OPERATIONS: ScaleOperation[] = [
  { operation: '03-obligations', variables: { actor: 'TSB-DIRECTOR', first: 50 } },
  { operation: '05-search', variables: { text: '口译', lang: 'ZH', first: 20 } },
  { operation: '01-resolution', variables: { id: 'WTSA-44' } },
  {
    operation: '02-citations',
    variables: { id: 'PP-123' },
    items: (summary) => Number(summary.cites ?? 0) + Number(summary.citedBy ?? 0),
  },
];

/** What a scale row needs from a measurement. */
export interface ScalePoint {
  n: number;
  target: string;
  operation: string;
  answer: Summary;
  p50: number;
}

/** Rows of target 2: each scale operation, our API (and @neo4j/graphql's figure for reference). */
export function pushScaleTargets(table: TargetTable, scale: ScalePoint[], targets: string[]): void {
  const sizes = [...new Set(scale.map((s) => s.n))].sort((a, b) => a - b);
  if (sizes.length < 2) return;
  const smallest = sizes[0] as number;
  const largest = sizes[sizes.length - 1] as number;
  for (const { operation, items } of SCALE_OPERATIONS) {
    for (const target of targets) {
      const at = (n: number) => scale.find((s) => s.n === n && s.operation === operation && s.target === target);
      const small = at(smallest);
      const large = at(largest);
      if (!small || !large) continue;
      const reference = target === 'api' ? '' : ' [@neo4j/graphql, for reference]';
      if (items) {
        const [k, K] = [items(small.answer), items(large.answer)];
        table.push({
          target: 2,
          check: `p50 per returned item at N=${largest} ≤ 1.5× at N=${smallest} (c=10)${reference}`,
          subject: operation,
          value: ratio(large.p50 / K, small.p50 / k),
          bound: 1.5,
          direction: 'at-most',
          figures: `${large.p50} ms / ${K} items vs ${small.p50} ms / ${k} items`,
          note: largest < 1000 ? 'short mode: N=1000 not measured' : undefined,
        });
      } else {
        table.push({
          target: 2,
          check: `p50 at N=${largest} ≤ 1.5× p50 at N=${smallest} (c=10)${reference}`,
          subject: operation,
          value: ratio(large.p50, small.p50),
          bound: 1.5,
          direction: 'at-most',
          figures: `${large.p50} vs ${small.p50} ms`,
          note: largest < 1000 ? 'short mode: N=1000 not measured' : undefined,
        });
      }
    }
  }
}

export interface LoadAgainstFloor {
  n: number;
  paragraphs: number;
  /** The faster of the loader's runs, and every run in the order made. */
  loaderMs: number;
  loaderRuns: number[];
  /** The faster of the floor's runs, and every run in the order made. */
  floorMs: number;
  floorRuns: number[];
}

/**
 * Before the first load that target 5 times: the floor's constraint (kept until the end, so that no
 * schema change empties the plan cache between the loader's runs, see ensureFloorSchema) and its
 * warm-up, a floor of 10 resolutions, as the loader's is the smaller corpora loaded before.
 */
export async function prepareFloor(db: Database): Promise<void> {
  await ensureFloorSchema(db);
  await floorWrite(db, [...syntheticCorpus(10)]);
  await clearFloor(db);
}

/**
 * Target 5's measurement, after the corpus of `n` was loaded once (`firstLoaderMs`): the floor,
 * the loader again into an emptied database, the floor again. Each run gives its time in ms;
 * `writeFloor` (by default measureFloor) leaves the database empty, and so this does too.
 * `npm run bench:load` passes its own timers, which also record CPU time.
 */
export async function measureLoadAgainstFloor(
  db: Database,
  n: number,
  firstLoaderMs: number,
  writeLoader: (db: Database, n: number) => Promise<number>,
  writeFloor: (db: Database, n: number) => Promise<number> = measureFloor,
): Promise<LoadAgainstFloor> {
  const floorRuns = [await writeFloor(db, n)];
  await clearDatabase(db);
  await ensureSchema(db);
  const loaderRuns = [firstLoaderMs, await writeLoader(db, n)];
  floorRuns.push(await writeFloor(db, n));
  return {
    n,
    paragraphs: corpusParagraphs(n),
    loaderMs: Math.min(...loaderRuns),
    loaderRuns,
    floorMs: Math.min(...floorRuns),
    floorRuns,
  };
}

/**
 * The floor's time for the synthetic corpus of N, into a database emptied first; leaves the
 * database empty.
 */
async function measureFloor(db: Database, n: number): Promise<number> {
  await clearDatabase(db);
  const graphs = [...syntheticCorpus(n)];
  const began = process.hrtime.bigint();
  await floorWrite(db, graphs);
  const ms = Number(process.hrtime.bigint() - began) / 1e6;
  await clearFloor(db);
  await clearDatabase(db);
  return Math.round(ms);
}

function corpusParagraphs(n: number): number {
  let paragraphs = 0;
  for (const graph of syntheticCorpus(n)) paragraphs += paragraphCount(graph);
  return paragraphs;
}

/** The row of target 5: the loader's paragraphs per second over the floor's, same corpus, same run. */
export function pushLoadTarget(table: TargetTable, load: LoadAgainstFloor | null): void {
  if (!load) return;
  const perSecond = (ms: number) => Math.round((load.paragraphs / ms) * 1000);
  table.push({
    target: 5,
    check: `loader paragraphs/s at N=${load.n} ≥ 0.6× the bare UNWIND floor's`,
    subject: `synthetic N=${load.n}`,
    value: ratio(perSecond(load.loaderMs), perSecond(load.floorMs)),
    bound: 0.6,
    direction: 'at-least',
    figures: `${perSecond(load.loaderMs)} vs ${perSecond(load.floorMs)} paragraphs/s (${load.loaderMs} vs ${load.floorMs} ms, the faster of ${load.loaderRuns.join(' / ')} and ${load.floorRuns.join(' / ')} ms)`,
    note: load.n < 1000 ? 'short mode: N=1000 not measured' : undefined,
  });
}
