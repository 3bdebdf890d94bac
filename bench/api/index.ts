/**
 * `npm run bench`: our GraphQL API beside @neo4j/graphql, beside our API with DataLoader
 * batching off, beside a floor (node:http + one `RETURN 1` over Bolt), on the seven contract
 * operations, all in one run against one local Neo4j — so that the ratios are what to read on
 * a shared, noisy machine. Then latency against corpus size for two operations.
 *
 *   npm run bench                  5 s per measurement, scale N = 1, 10, 100, 1000
 *   npm run bench -- --short       2 s per measurement, scale N = 1, 10, 100
 *   npm run bench -- --no-scale    skip the scale part
 *   npm run bench -- --only 01-resolution,05-search   only these operations
 *   npm run bench -- --no-shapes   skip the any-shape stream (target 1)
 *
 * With no NEO4J_URI it uses its own local Neo4j (neo4j-local/data-bench, port NEO4J_BENCH_PORT, default 7689) and CLEARS
 * it; with NEO4J_URI it clears THAT database. Results: bench/results/latest.json, throughput.svg,
 * scale.svg. See bench/README.md.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readConfig } from '../../src/config';
import { connect } from '../../src/graph/connect';
import type { Database } from '../../src/graph/database';
import { groupedBars, logLines } from './charts';
import { loadBenchGraph, writeSynthetic, type LoadedGraph } from './graph';
import { figuresOf, runLoad, sampleLoad, type LoadFigures, type LoadSample } from './load';
import { loadApiOnlyOperations, loadOperations, type Operation, type Summary } from './operations';
import { profileQueries, type ProfiledQuery } from './profile';
import { buildSchema } from 'graphql';
import { loadTypeDefs } from '../../src/api';
import { MemorySampler, type MemoryPeak } from './memory';
import { generateShapes, type Shape } from './shapes';
import { runStream, type StreamFigures } from './stream';
import {
  planFixedStatements,
  plansIdle,
  post,
  queryCount,
  startTarget,
  stopTarget,
  trace,
  type Target,
} from './targets';
import { cpuMs, perRequest } from './cpu';
import { ratio, TARGET_KEYS, TARGETS, TargetTable, type TargetKey } from './target-rows';
import type { TargetName } from './target-server';
import { BENCH_DATA_DIR, BENCH_LOCAL_PORT } from '../local-neo4j';
import { clearQueryCaches, dropFloorSchema } from '../load-floor';
import {
  measureLoadAgainstFloor,
  prepareFloor,
  pushLoadTarget,
  pushScaleTargets,
  SCALE_OPERATIONS,
  type LoadAgainstFloor,
} from './scale';

const RESULTS_DIR = path.join(__dirname, '..', 'results');
const COMPARED: TargetName[] = ['api', 'api-naive', 'neo4j-graphql'];
/** The concurrency at which the targets are stated (3, 4). */
const STATED_CONCURRENCY = 10;
/**
 * Target 6's bound on the API's RSS (either process, cached or not) during the whole bench, and
 * why (bench/README.md, "Memory"): the server's footprint once started and checked (Node, the
 * schema, Apollo, the driver: 91 MiB at the first sample of a short run, 110–130 MiB under tsx),
 * plus what requests in flight hold (16 admitted at once, each answer at most 1 MB and held three
 * or four times while it is built, serialised and compressed: up to 64 MiB), plus the response
 * cache's default budget (32 MiB), plus V8 letting its heap grow well past what is live before a full collection (it
 * peaked at 236 MiB in a short run): 384 MiB.
 */
const RSS_BOUND_BYTES = 384 * 1024 * 1024;
/**
 * The cached API's budget in the bench (RESPONSE_CACHE_MAX_BYTES, else 200 kB): room for every
 * contract answer (about 60 kB together, the largest 22.6 kB, under the eighth of the budget one
 * answer may take), too little for those and the any-shape stream's (about 270 kB), so that the
 * cache is seen to evict within its budget rather than grow.
 */
const BENCH_CACHE_BYTES = Number(process.env.RESPONSE_CACHE_MAX_BYTES ?? 200 * 1024);
const MiB = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
const CONCURRENCY = [1, 10, 50];

type Op = Operation & { variables: Record<string, unknown> };

interface Settings {
  short: boolean;
  seconds: number;
  /** Windows of `seconds` each target gets in turns at c=10 on a compared operation (target 3). */
  turns: number;
  warmUpSeconds: number;
  scaleSeconds: number;
  scaleSizes: number[];
  logLevel: string;
  /** Only these operations (`--only 01-resolution,05-search`); all when empty. */
  only: string[];
  /** Shapes in the any-shape stream (target 1); 0: skipped (`--no-shapes`). */
  shapeCount: number;
}

function settings(argv: string[]): Settings {
  const short = argv.includes('--short');
  return {
    short,
    seconds: short ? 2 : 5,
    turns: argv.includes('--turns') ? Math.max(1, Number(argv[argv.indexOf('--turns') + 1]) || 1) : short ? 1 : 3,
    warmUpSeconds: short ? 1 : 2,
    scaleSeconds: short ? 2 : 3,
    scaleSizes: argv.includes('--no-scale') ? [] : short ? [1, 10, 100] : [1, 10, 100, 1000],
    logLevel: process.env.LOG_LEVEL ?? 'info',
    only: argv.includes('--only') ? (argv[argv.indexOf('--only') + 1] ?? '').split(',').filter(Boolean) : [],
    shapeCount: argv.includes('--no-shapes') ? 0 : short ? 200 : 300,
  };
}

const log = (message: string) => process.stderr.write(`${message}\n`);

function versionOf(pkg: string): string {
  const file = path.join(__dirname, '..', '..', 'node_modules', ...pkg.split('/'), 'package.json');
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version;
}

function bodyFor(target: TargetName, op: Op, variables = op.variables): unknown {
  return target === 'neo4j-graphql' ? op.neo4jGraphQL(variables) : op.api(variables);
}

/** How many requests of a shape our API waits for before planning its look-ahead (the targets share this environment). */
const LOOKAHEAD_AFTER = readConfig().lookAheadAfter;

interface Verified {
  summary: Summary;
  roundTrips: number;
  bytes: number;
}

/**
 * Sends the operation as often as our API waits before planning a shape's look-ahead
 * (LOOKAHEAD_AFTER, at least once: the first warms plans and caches), waits for that warm-up, then
 * checks the next answer: HTTP 200, no GraphQL errors, and the operation's own check (non-empty,
 * right shape). Returns the statements that request sent, counted in the target process.
 */
async function verify(target: Target, op: Op, variables = op.variables): Promise<Verified> {
  const body = bodyFor(target.name, op, variables);
  for (let sent = 0; sent < Math.max(1, LOOKAHEAD_AFTER); sent += 1) await post(target, body);
  await plansIdle(target);
  const before = await queryCount(target);
  const response = await post(target, body);
  const roundTrips = (await queryCount(target)) - before;
  const where = `${target.name} ${op.name} ${JSON.stringify(variables)}`;
  if (response.status !== 200 || response.body.errors?.length) {
    throw new Error(
      `${where}: expected 200 without errors, got ${response.status} ${JSON.stringify(response.body.errors ?? null).slice(0, 500)}`,
    );
  }
  const data = response.body.data ?? {};
  let summary: Summary;
  try {
    summary = target.name === 'neo4j-graphql' ? op.checkNeo4jGraphQL(data) : op.checkApi(data);
  } catch (error) {
    throw new Error(`${where}: ${(error as Error).message}`, { cause: error });
  }
  return { summary, roundTrips, bytes: JSON.stringify(response.body).length };
}

interface LoadCell extends LoadFigures {
  target: TargetName;
  operation: string;
  /** Statements sent during the measurement divided by the requests answered. */
  roundTripsPerRequestUnderLoad: number;
  /** CPU milliseconds per answered request of the target's process and of Neo4j (./cpu.ts); null when unknown. */
  cpuPerRequest: { target: number | null; neo4j: number | null };
}

/** The local Neo4j's process, whose CPU time the cells read (null when the bench uses NEO4J_URI). */
let neo4jPid: number | undefined;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until the target has stopped sending statements for 300 ms: when autocannon's window
 * closes, the requests in flight are still being answered (with 50 connections on a slow
 * operation, seconds of work), and must not be counted against the next measurement.
 */
async function settle(target: Target, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = await queryCount(target);
  for (;;) {
    await sleep(300);
    const now = await queryCount(target);
    if (now === last || Date.now() > deadline) return;
    last = now;
  }
}

/** A warm-up run (plans cached, JIT warm, pools filled), then quiet again. */
async function warmUp(target: Target, body: unknown, seconds: number): Promise<void> {
  await runLoad(target.url, body, 10, seconds);
  await settle(target);
}

/** One window of load on one target, with the statements it sent and the CPU both processes spent. */
interface Window {
  sample: LoadSample;
  sent: number;
  cpu: { target: number | null; neo4j: number | null };
}

async function loadWindow(target: Target, body: unknown, connections: number, seconds: number): Promise<Window> {
  await settle(target);
  const before = await queryCount(target);
  const cpuBefore = { target: cpuMs(target.child.pid), neo4j: cpuMs(neo4jPid) };
  const sample = await sampleLoad(target.url, body, connections, seconds);
  const sent = (await queryCount(target)) - before;
  // After the requests still in flight are answered: at most `connections` more than counted.
  await settle(target);
  const cpuAfter = { target: cpuMs(target.child.pid), neo4j: cpuMs(neo4jPid) };
  const spent = (b: number | null, a: number | null) => (b === null || a === null ? null : a - b);
  return {
    sample,
    sent,
    cpu: { target: spent(cpuBefore.target, cpuAfter.target), neo4j: spent(cpuBefore.neo4j, cpuAfter.neo4j) },
  };
}

/** The cell of one target's windows of one operation, pooled. */
function cellOf(target: Target, operation: string, windows: Window[]): LoadCell {
  const figures = figuresOf(windows.map((w) => w.sample));
  if (figures.requests === 0) figures.errors += 1;
  const sent = windows.reduce((sum, w) => sum + w.sent, 0);
  const cpu = (pick: (w: Window) => number | null) =>
    windows.some((w) => pick(w) === null)
      ? null
      : perRequest(
          0,
          windows.reduce((sum, w) => sum + (pick(w) as number), 0),
          figures.requests,
        );
  const cell = {
    target: target.name,
    operation,
    ...figures,
    roundTripsPerRequestUnderLoad: figures.requests ? Math.round((sent / figures.requests) * 10) / 10 : NaN,
    cpuPerRequest: { target: cpu((w) => w.cpu.target), neo4j: cpu((w) => w.cpu.neo4j) },
  };
  log(
    `  ${target.name.padEnd(13)} ${operation.padEnd(18)} c=${String(figures.connections).padEnd(2)} ${String(figures.reqPerSec).padStart(7)} req/s  p50 ${figures.p50} ms  p95 ${figures.p95} ms  errors ${figures.errors}  CPU/req ${cell.cpuPerRequest.target ?? '-'} + ${cell.cpuPerRequest.neo4j ?? '-'} ms${windows.length > 1 ? `  (${windows.length} windows)` : ''}`,
  );
  return cell;
}

async function measure(
  target: Target,
  operation: string,
  body: unknown,
  connections: number,
  seconds: number,
): Promise<LoadCell> {
  return cellOf(target, operation, [await loadWindow(target, body, connections, seconds)]);
}

/**
 * The targets compared on one operation at one concurrency, measured in turns: `rounds` windows
 * each, the order rotating every round, pooled per target. The machine's other load drifts over
 * seconds; taking the targets in turns spreads that drift over all of them instead of letting one
 * window decide a ratio.
 */
async function measureInTurns(
  compared: Array<{ target: Target; body: unknown }>,
  operation: string,
  connections: number,
  seconds: number,
  rounds: number,
): Promise<LoadCell[]> {
  const windows = compared.map(() => [] as Window[]);
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < compared.length; k++) {
      const i = (k + round) % compared.length;
      windows[i].push(await loadWindow(compared[i].target, compared[i].body, connections, seconds));
    }
  }
  return compared.map(({ target }, i) => cellOf(target, operation, windows[i]));
}

interface Breakdown {
  operation: string;
  target: TargetName;
  statements: number;
  statementMs: number;
  requestMs: number;
}

/** One request with tracing on: how many statements, and how much of the time they took. */
async function breakdown(
  target: Target,
  op: Op,
): Promise<{ figures: Breakdown; queries: NonNullable<Awaited<ReturnType<typeof trace>>> }> {
  await trace(target, true);
  const began = process.hrtime.bigint();
  await post(target, bodyFor(target.name, op));
  const requestMs = Number(process.hrtime.bigint() - began) / 1e6;
  const queries = (await trace(target, false)) ?? [];
  const statementMs = queries.reduce((sum, q) => sum + q.ms, 0);
  return {
    figures: {
      operation: op.name,
      target: target.name,
      statements: queries.length,
      statementMs: Math.round(statementMs * 10) / 10,
      requestMs: Math.round(requestMs * 10) / 10,
    },
    queries,
  };
}

interface ScaleCell {
  n: number;
  target: TargetName;
  operation: string;
  variables: Record<string, unknown>;
  graph: LoadedGraph;
  answer: Summary;
  roundTrips: number;
  responseBytes: number;
  reqPerSec: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
}

const fmt = (x: number, width: number, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : '-').padStart(width);

function printLoadTable(
  cells: LoadCell[],
  floor: LoadCell[],
  roundTrips: Record<string, Partial<Record<TargetName, number>>>,
): string[] {
  const lines = [
    'operation          target         c   req/s     p50 ms   p95 ms   p99 ms  errors  RT/req  req/s ×ngql  p95 ×ngql  req/s /floor  p95 ×floor',
  ];
  const floorAt = (c: number) => floor.find((f) => f.connections === c);
  for (const f of floor) {
    lines.push(
      `${'(any)'.padEnd(18)} ${'floor'.padEnd(13)} ${String(f.connections).padStart(2)} ${fmt(f.reqPerSec, 7)} ${fmt(f.p50, 9, 2)} ${fmt(f.p95, 8, 2)} ${fmt(f.p99, 8, 2)} ${String(f.errors).padStart(7)} ${'1'.padStart(7)}`,
    );
  }
  for (const cell of cells) {
    const ngql = cells.find(
      (c) => c.target === 'neo4j-graphql' && c.operation === cell.operation && c.connections === cell.connections,
    );
    const fl = floorAt(cell.connections);
    lines.push(
      `${cell.operation.padEnd(18)} ${cell.target.padEnd(13)} ${String(cell.connections).padStart(2)} ${fmt(cell.reqPerSec, 7)} ${fmt(cell.p50, 9, 2)} ${fmt(cell.p95, 8, 2)} ${fmt(cell.p99, 8, 2)} ${String(cell.errors).padStart(7)} ${String(roundTrips[cell.operation]?.[cell.target] ?? '-').padStart(7)} ${fmt(ratio(cell.reqPerSec, ngql?.reqPerSec ?? NaN), 12, 2)} ${fmt(ratio(cell.p95, ngql?.p95 ?? NaN), 10, 2)} ${fmt(ratio(cell.reqPerSec, fl?.reqPerSec ?? NaN), 13, 3)} ${fmt(ratio(cell.p95, fl?.p95 ?? NaN), 11, 1)}`,
    );
  }
  return lines;
}

/** `ours vs theirs ms (×ratio)`: CPU milliseconds per request, target process + Neo4j, and @neo4j/graphql's over ours. */
function cpuFigures(ours: LoadCell | undefined, theirs: LoadCell | undefined): string {
  const total = (cell: LoadCell | undefined) =>
    cell?.cpuPerRequest.target == null || cell.cpuPerRequest.neo4j == null
      ? NaN
      : cell.cpuPerRequest.target + cell.cpuPerRequest.neo4j;
  const [a, b] = [total(ours), total(theirs)];
  if (Number.isNaN(a) || Number.isNaN(b)) return 'not measured';
  return `${a.toFixed(2)} vs ${b.toFixed(2)} ms server + Neo4j (@neo4j/graphql's ${ratio(b, a).toFixed(2)}× ours)`;
}

/**
 * The rows of targets 2 and 3 (and the earlier round-trip bound) from the load and scale cells:
 *   3  uncached req/s of every operation at c=10 ≥ 2× @neo4j/graphql's;
 *   2  latency at the largest N ≤ 1.5× latency at N = 1 (c=10), per scale operation;
 *   earlier: round trips per request ≤ the selection's nesting depth.
 */
function pushLoadTargets(
  table: TargetTable,
  ops: Op[],
  cells: LoadCell[],
  roundTrips: Record<string, Partial<Record<TargetName, number>>>,
  scale: ScaleCell[],
): void {
  const at = (target: TargetName, operation: string, c: number) =>
    cells.find((x) => x.target === target && x.operation === operation && x.connections === c);
  for (const op of ops) {
    const ours = at('api', op.name, 10);
    const theirs = at('neo4j-graphql', op.name, 10);
    if (!op.hasEquivalent) {
      table.push({
        target: 3,
        check: 'uncached req/s at c=10 ≥ 2× @neo4j/graphql',
        subject: op.name,
        value: NaN,
        bound: 2,
        direction: 'at-least',
        figures: `${ours?.reqPerSec ?? '-'} req/s; no @neo4j/graphql equivalent written (neo4j-graphql/operations/)`,
      });
      continue;
    }
    table.push({
      target: 3,
      check: 'uncached req/s at c=10 ≥ 2× @neo4j/graphql',
      subject: op.name,
      value: ratio(ours?.reqPerSec, theirs?.reqPerSec),
      bound: 2,
      direction: 'at-least',
      figures: `${ours?.reqPerSec ?? '-'} vs ${theirs?.reqPerSec ?? '-'} req/s; CPU per request ${cpuFigures(ours, theirs)}`,
    });
  }
  for (const op of ops) {
    const value = roundTrips[op.name]?.api;
    table.push({
      target: 'earlier',
      check: 'round trips per request ≤ nesting depth',
      subject: op.name,
      value: value ?? NaN,
      bound: op.depth,
      direction: 'at-most',
      figures: `${value ?? '-'} statements, depth ${op.depth}`,
    });
  }
  pushScaleTargets(table, scale, ['api', 'neo4j-graphql']);
}

/**
 * Target 4: with the response cache on, every operation's p95 at c=10 ≤ 1.5× the floor's p95 and
 * its req/s ≥ 0.8× the floor's (the floor stays the uncached `RETURN 1`).
 */
function pushCachedTargets(table: TargetTable, ops: Op[], cells: LoadCell[], floor: LoadCell[]): void {
  const floorAt = floor.find((f) => f.connections === STATED_CONCURRENCY);
  for (const op of ops) {
    const cached = cells.find(
      (c) => c.target === 'api-cached' && c.operation === op.name && c.connections === STATED_CONCURRENCY,
    );
    table.push({
      target: 4,
      check: 'cached p95 at c=10 ≤ 1.5× the floor p95',
      subject: op.name,
      value: ratio(cached?.p95, floorAt?.p95),
      bound: 1.5,
      direction: 'at-most',
      figures: `${cached?.p95 ?? '-'} vs ${floorAt?.p95 ?? '-'} ms`,
    });
    table.push({
      target: 4,
      check: 'cached req/s at c=10 ≥ 0.8× the floor',
      subject: op.name,
      value: ratio(cached?.reqPerSec, floorAt?.reqPerSec),
      bound: 0.8,
      direction: 'at-least',
      figures: `${cached?.reqPerSec ?? '-'} vs ${floorAt?.reqPerSec ?? '-'} req/s`,
    });
  }
}

/** Target 6: each API process's peak RSS over the whole bench under the bound; the cache under its budget. */
function pushMemoryTargets(table: TargetTable, peaks: MemoryPeak[]): void {
  for (const peak of peaks) {
    table.push({
      target: 6,
      check: `peak RSS during the whole bench ≤ ${MiB(RSS_BOUND_BYTES)} MiB`,
      subject: peak.target,
      value: MiB(peak.rssMax),
      bound: MiB(RSS_BOUND_BYTES),
      direction: 'at-most',
      figures: `peak ${MiB(peak.rssMax)} MiB (during ${peak.rssMaxPhase}), ${MiB(peak.rssFirst)} MiB at the first sample, ${peak.samples} samples`,
    });
    if (peak.cacheMaxBytes !== null && peak.cacheBytesMax !== null) {
      table.push({
        target: 6,
        check: 'response cache bytes ≤ its budget, at every sample',
        subject: peak.target,
        value: peak.cacheBytesMax,
        bound: peak.cacheMaxBytes,
        direction: 'at-most',
        figures: `peak ${peak.cacheBytesMax} of ${peak.cacheMaxBytes} bytes; at the end ${peak.cacheLast?.entries ?? '-'} answers held of ${peak.cacheLast?.stored ?? '-'} kept, ${peak.cacheLast?.hits ?? '-'} hits`,
      });
    }
  }
}

/** The seed of the any-shape stream: the same seed, the same shapes, run after run. */
const SHAPE_SEED = 17;

interface ShapeStream {
  seed: number;
  stream: Shape[];
  portable: number;
  /** Each pass over the stream (or its portable subset), at c=10. */
  runs: Record<
    | 'apiColdPortable'
    | 'apiColdRest'
    | 'apiCold'
    | 'apiWarm'
    | 'apiWarmPortable'
    | 'ngqlCold'
    | 'ngqlWarm'
    | 'cachedFill'
    | 'cachedAgain',
    StreamFigures
  >;
}

/** Two passes as one: latencies together, time added. */
function combine(a: StreamFigures, b: StreamFigures): StreamFigures {
  const latencies = [...a.latencies, ...b.latencies];
  const sorted = [...latencies].sort((x, y) => x - y);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
  const seconds = a.seconds + b.seconds;
  return {
    requests: a.requests + b.requests,
    seconds,
    reqPerSec: Math.round(((a.requests + b.requests - a.errors - b.errors) / seconds) * 10) / 10,
    p50: at(50),
    p95: at(95),
    max: sorted[sorted.length - 1] ?? NaN,
    errors: a.errors + b.errors,
    errorSamples: [...a.errorSamples, ...b.errorSamples].slice(0, 3),
    latencies,
  };
}

/**
 * Target 1: the stream of first-seen shapes, at c=10, on the uncached API. Neo4j's plan cache is
 * emptied first, and the API plans its fixed statements (loaders', root fields') again as when it starts; the portable shapes go first (so that their pass is cold on its own and can be
 * set beside @neo4j/graphql's), then the rest; then the whole stream again, warm. Then, the plan
 * cache emptied again, @neo4j/graphql gets the portable shapes cold, then warm.
 */
async function anyShapeStream(db: Database, target: (name: TargetName) => Target, count: number): Promise<ShapeStream> {
  const stream = generateShapes(buildSchema(loadTypeDefs()), count, SHAPE_SEED);
  const portable = stream.filter((shape) => shape.neo4jGraphQL !== null);
  const rest = stream.filter((shape) => shape.neo4jGraphQL === null);
  const ours = (list: Shape[]) => list.map((shape) => ({ query: shape.query }));
  const theirs = (list: Shape[]) => list.map((shape) => ({ query: shape.neo4jGraphQL }));
  log(
    `\nany-shape stream: ${stream.length} shapes (seed ${SHAPE_SEED}), ${portable.length} portable to @neo4j/graphql`,
  );
  const pass = async (name: TargetName, what: string, bodies: unknown[]) => {
    await settle(target(name));
    const figures = await runStream(target(name).url, bodies, STATED_CONCURRENCY);
    log(
      `  ${name.padEnd(13)} ${what.padEnd(22)} ${String(figures.requests).padStart(4)} shapes ${String(figures.reqPerSec).padStart(7)} req/s  p50 ${figures.p50} ms  p95 ${figures.p95} ms  errors ${figures.errors}${figures.errorSamples.length ? `: ${figures.errorSamples[0]}` : ''}`,
    );
    return figures;
  };
  await settle(target('api'));
  await clearQueryCaches(db);
  // As after a restart: the API plans its loaders' and root fields' statements again, as it does when it starts.
  await planFixedStatements(target('api'));
  const apiColdPortable = await pass('api', 'cold, portable', ours(portable));
  const apiColdRest = await pass('api', 'cold, the rest', ours(rest));
  const apiWarm = await pass('api', 'warm, all', ours([...portable, ...rest]));
  const apiWarmPortable = await pass('api', 'warm, portable', ours(portable));
  // The whole stream through the cached API (its statements planned by now), twice: more distinct
  // answers than its bench budget holds, so that the memory rows see the cache evict, not grow.
  const cachedFill = await pass('api-cached', 'cache fill, all', ours(stream));
  const cachedAgain = await pass('api-cached', 'cache again, all', ours(stream));
  await settle(target('neo4j-graphql'));
  await clearQueryCaches(db);
  const ngqlCold = await pass('neo4j-graphql', 'cold, portable', theirs(portable));
  const ngqlWarm = await pass('neo4j-graphql', 'warm, portable', theirs(portable));
  return {
    seed: SHAPE_SEED,
    stream,
    portable: portable.length,
    runs: {
      apiColdPortable,
      apiColdRest,
      apiCold: combine(apiColdPortable, apiColdRest),
      apiWarm,
      apiWarmPortable,
      ngqlCold,
      ngqlWarm,
      cachedFill,
      cachedAgain,
    },
  };
}

function printShapes(shapes: ShapeStream): string[] {
  const lines = [
    `any-shape stream: ${shapes.stream.length} distinct shapes over ${new Set(shapes.stream.map((s) => s.root)).size} root fields (seed ${shapes.seed}), each sent once cold then again warm, c=${STATED_CONCURRENCY}; ${shapes.portable} portable to @neo4j/graphql`,
    'pass                          shapes    ok/s    p50 ms   p95 ms   max ms  errors',
  ];
  const names: [keyof ShapeStream['runs'], string][] = [
    ['apiCold', 'api cold (all)'],
    ['apiWarm', 'api warm (all)'],
    ['apiColdPortable', 'api cold (portable)'],
    ['apiWarmPortable', 'api warm (portable)'],
    ['ngqlCold', '@neo4j/graphql cold (portable)'],
    ['ngqlWarm', '@neo4j/graphql warm (portable)'],
    ['cachedFill', 'api-cached, first (all)'],
    ['cachedAgain', 'api-cached, again (all)'],
  ];
  for (const [key, label] of names) {
    const r = shapes.runs[key];
    lines.push(
      `${label.padEnd(30)} ${String(r.requests).padStart(5)} ${fmt(r.reqPerSec, 8)} ${fmt(r.p50, 8, 1)} ${fmt(r.p95, 8, 1)} ${fmt(r.max, 8, 1)} ${String(r.errors).padStart(7)}`,
    );
  }
  return lines;
}

/**
 * Target 1: p95 of the first-seen shapes ≤ 3× p95 of the same sent again; req/s on the portable
 * shapes, first seen, ≥ 1.5× @neo4j/graphql's on the same shapes first seen.
 */
function pushShapeTargets(table: TargetTable, shapes: ShapeStream): void {
  const { apiCold, apiWarm, apiColdPortable, ngqlCold } = shapes.runs;
  table.push({
    target: 1,
    check: 'p95 of first-seen shapes ≤ 3× p95 of the same sent again (c=10)',
    subject: `any-shape stream (${shapes.stream.length})`,
    value: ratio(apiCold.p95, apiWarm.p95),
    bound: 3,
    direction: 'at-most',
    figures: `cold p95 ${apiCold.p95} ms vs warm ${apiWarm.p95} ms; errors cold ${apiCold.errors}, warm ${apiWarm.errors}`,
  });
  table.push({
    target: 1,
    check: 'req/s on first-seen shapes ≥ 1.5× @neo4j/graphql on the same (c=10)',
    subject: `portable subset (${shapes.portable})`,
    value: ratio(apiColdPortable.reqPerSec, ngqlCold.reqPerSec),
    bound: 1.5,
    direction: 'at-least',
    figures: `${apiColdPortable.reqPerSec} vs ${ngqlCold.reqPerSec} answers/s; errors ${apiColdPortable.errors} vs ${ngqlCold.errors}`,
    note: 'the shapes @neo4j/graphql can express: resolution/actor roots, fields its type definitions have',
  });
}

/** A row "not measured" for every target no part of this run reported on, so that the table names all six. */
function markUnmeasured(table: TargetTable, why: Partial<Record<TargetKey, string>>): void {
  for (const key of TARGET_KEYS.filter((k) => k !== 'earlier')) {
    if (table.of(key).length > 0) continue;
    table.push({
      target: key,
      check: TARGETS[key],
      subject: '-',
      value: NaN,
      bound: NaN,
      direction: 'at-most',
      figures: why[key] ?? 'not part of this run',
    });
  }
}

async function main(argv: string[]): Promise<void> {
  const options = settings(argv);
  const config = readConfig();
  const connection = await connect(config.neo4j, { log, localDataDir: BENCH_DATA_DIR, localPort: BENCH_LOCAL_PORT });
  // The target processes connect with the same credentials (the local Neo4j's are generated).
  process.env.NEO4J_USER = connection.credentials.user;
  process.env.NEO4J_PASSWORD = connection.credentials.password;
  const db: Database = connection.db;
  neo4jPid = connection.local?.pid;
  const targets: Partial<Record<TargetName, Target>> = {};
  const startedAt = new Date().toISOString();
  try {
    log(`loading the seed (Resolution 44) into ${connection.uri} ...`);
    const graph = await loadBenchGraph(db, 0);
    log(`  ${graph.nodes} nodes, ${graph.relationships} relationships in ${graph.ms} ms`);

    for (const name of [...COMPARED, 'api-cached', 'floor'] as TargetName[]) {
      targets[name] = await startTarget(
        name,
        connection.uri,
        options.logLevel,
        name === 'api-cached' ? { RESPONSE_CACHE_MAX_BYTES: String(BENCH_CACHE_BYTES) } : {},
      );
      log(`target ${name} listening on ${(targets[name] as Target).url}`);
    }
    const target = (name: TargetName) => targets[name] as Target;
    const sampler = new MemorySampler([target('api'), target('api-cached')]);
    sampler.start();
    // Every contract operation; those with an @neo4j/graphql equivalent (`ops`) are compared with it.
    const allOps = [...loadOperations(), ...loadApiOnlyOperations()].filter(
      (op) => options.only.length === 0 || options.only.includes(op.name),
    );
    const ops = allOps.filter((op) => op.hasEquivalent);
    if (allOps.length === 0)
      throw new Error(`expected --only to name contract operations, got ${options.only.join(', ')}`);
    const targetsOf = (op: Op): TargetName[] => (op.hasEquivalent ? COMPARED : ['api']);

    log('\nchecking one answer per target and operation ...');
    const answers: Record<string, Partial<Record<TargetName, Summary>>> = {};
    const roundTrips: Record<string, Partial<Record<TargetName, number>>> = {};
    for (const op of allOps) {
      answers[op.name] = {};
      roundTrips[op.name] = {};
      for (const name of [...targetsOf(op), 'api-cached'] as TargetName[]) {
        sampler.phase = `check ${op.name}`;
        const verified = await verify(target(name), op);
        answers[op.name][name] = verified.summary;
        roundTrips[op.name][name] = verified.roundTrips;
      }
      if (JSON.stringify(answers[op.name]['api-cached']) !== JSON.stringify(answers[op.name].api))
        throw new Error(
          `${op.name}: the cached answer differs from the uncached one: ${JSON.stringify(answers[op.name]['api-cached'])} vs ${JSON.stringify(answers[op.name].api)}`,
        );
      const same = JSON.stringify(answers[op.name].api) === JSON.stringify(answers[op.name]['neo4j-graphql']);
      if (!op.hasEquivalent) {
        log(
          `  ${op.name.padEnd(18)} depth ${op.depth}  round trips: api ${roundTrips[op.name].api}  ${JSON.stringify(answers[op.name].api)} (no @neo4j/graphql equivalent)`,
        );
        continue;
      }
      log(
        `  ${op.name.padEnd(18)} depth ${op.depth}  round trips: api ${roundTrips[op.name].api}, naive ${roundTrips[op.name]['api-naive']}, @neo4j/graphql ${roundTrips[op.name]['neo4j-graphql']}  ${same ? 'same answer' : `ANSWERS DIFFER: ${JSON.stringify(answers[op.name].api)} vs ${JSON.stringify(answers[op.name]['neo4j-graphql'])}`}`,
      );
    }
    const floorAnswer = await post(target('floor'), {});
    if (floorAnswer.status !== 200 || (floorAnswer.body.data as { one?: number } | undefined)?.one !== 1)
      throw new Error(`floor: expected {data: {one: 1}}, got ${JSON.stringify(floorAnswer.body)}`);

    log(
      `\nload: warm-up ${options.warmUpSeconds} s, then ${options.seconds} s at each of c = ${CONCURRENCY.join(', ')}; at c=${STATED_CONCURRENCY} the compared targets take ${options.turns} turn(s) of ${options.seconds} s each`,
    );
    // The floor is measured before and after the operations; per concurrency the less disturbed
    // of the two (lower p95) is used, so that one noisy window does not skew every ratio.
    const floorRuns: LoadCell[][] = [[], []];
    await warmUp(target('floor'), {}, options.warmUpSeconds);
    for (const c of CONCURRENCY) floorRuns[0].push(await measure(target('floor'), '(any)', {}, c, options.seconds));
    const cells: LoadCell[] = [];
    for (const op of allOps) {
      for (const name of targetsOf(op)) {
        sampler.phase = `warm-up ${op.name} ${name}`;
        await warmUp(target(name), bodyFor(name, op), options.warmUpSeconds);
      }
      // Without an equivalent, only the concurrency the targets are stated at. At that
      // concurrency the compared targets take turns (target 3 is read there).
      for (const c of op.hasEquivalent ? CONCURRENCY : [STATED_CONCURRENCY]) {
        if (op.hasEquivalent && c === STATED_CONCURRENCY) {
          sampler.phase = `load ${op.name} in turns`;
          const compared = COMPARED.map((name) => ({ target: target(name), body: bodyFor(name, op) }));
          cells.push(...(await measureInTurns(compared, op.name, c, options.seconds, options.turns)));
          continue;
        }
        for (const name of targetsOf(op)) {
          sampler.phase = `load ${op.name} ${name}`;
          cells.push(await measure(target(name), op.name, bodyFor(name, op), c, options.seconds));
        }
      }
      // Cached: the warm-up's first request computes and keeps the answer; the rest are hits.
      sampler.phase = `load ${op.name} api-cached`;
      const body = bodyFor('api-cached', op);
      await warmUp(target('api-cached'), body, options.warmUpSeconds);
      cells.push(await measure(target('api-cached'), op.name, body, STATED_CONCURRENCY, options.seconds));
    }
    sampler.phase = 'floor';

    for (const c of CONCURRENCY) floorRuns[1].push(await measure(target('floor'), '(any)', {}, c, options.seconds));
    const floor = CONCURRENCY.map((_, i) =>
      floorRuns[0][i].p95 <= floorRuns[1][i].p95 ? floorRuns[0][i] : floorRuns[1][i],
    );

    log('\nwhere the time goes (one request each, traced) ...');
    const breakdowns: Breakdown[] = [];
    for (const op of ops) {
      for (const name of ['api', 'neo4j-graphql'] as TargetName[])
        breakdowns.push((await breakdown(target(name), op)).figures);
    }
    // The slowest operation of our API (p50 at c=1), and the one furthest below @neo4j/graphql at c=10.
    const slowest = cells
      .filter((c) => c.target === 'api' && c.connections === 1)
      .sort((a, b) => b.p50 - a.p50)[0]?.operation;
    const throughputRatio = (name: string) =>
      ratio(
        cells.find((c) => c.target === 'api' && c.operation === name && c.connections === 10)?.reqPerSec ?? NaN,
        cells.find((c) => c.target === 'neo4j-graphql' && c.operation === name && c.connections === 10)?.reqPerSec ??
          NaN,
      );
    const furthestBehind = [...ops].sort((a, b) => throughputRatio(a.name) - throughputRatio(b.name))[0]?.name;
    const profiles = [];
    for (const name of [...new Set([slowest, furthestBehind])].filter((n): n is string => n !== undefined)) {
      const op = ops.find((o) => o.name === name) as Op;
      log(
        `profiling ${name} (${name === slowest ? 'slowest for our API at c=1' : ''}${name === slowest && name === furthestBehind ? '; ' : ''}${name === furthestBehind ? 'lowest req/s ratio to @neo4j/graphql at c=10' : ''})`,
      );
      const apiTrace = await breakdown(target('api'), op);
      const ngqlTrace = await breakdown(target('neo4j-graphql'), op);
      profiles.push({
        operation: name,
        why: [
          name === slowest ? 'slowest for our API (p50 at c=1)' : null,
          name === furthestBehind ? 'lowest req/s ratio to @neo4j/graphql at c=10' : null,
        ]
          .filter(Boolean)
          .join('; '),
        api: { ...apiTrace.figures, queries: await profileQueries(db, apiTrace.queries) },
        neo4jGraphQL: {
          ...ngqlTrace.figures,
          queries: await profileQueries(db, ngqlTrace.queries),
          cypher: ngqlTrace.queries.map((q) => q.cypher),
        },
      });
    }

    let shapes: ShapeStream | null = null;
    if (options.shapeCount > 0) {
      sampler.phase = 'any-shape stream';
      shapes = await anyShapeStream(db, target, options.shapeCount);
    }

    const scale: ScaleCell[] = [];
    let loadAgainstFloor: LoadAgainstFloor | null = null;
    const scaleOps = loadOperations();
    if (options.scaleSizes.length > 0) await prepareFloor(db);
    for (const n of options.scaleSizes) {
      sampler.phase = `scale N=${n}`;
      log(`\nscale: loading ${n} synthetic resolution(s) and the seed ...`);
      const loaded = await loadBenchGraph(db, n);
      log(
        `  ${loaded.nodes} nodes, ${loaded.relationships} relationships in ${loaded.ms} ms (the synthetic corpus ${loaded.syntheticMs} ms)`,
      );
      for (const { operation, variables } of SCALE_OPERATIONS) {
        const op = scaleOps.find((o) => o.name === operation) as Op;
        for (const name of ['api', 'neo4j-graphql'] as TargetName[]) {
          const verified = await verify(target(name), op, variables);
          const body = bodyFor(name, op, variables);
          await warmUp(target(name), body, 1);
          let figures = await measure(target(name), `${operation}@N=${n}`, body, 10, options.scaleSeconds);
          if (figures.requests === 0) {
            // A target slower than the window (seconds per request at c=10): measure it over a longer one.
            log(
              `  ${name} answered nothing within ${options.scaleSeconds} s: measuring again over ${options.scaleSeconds * 5} s`,
            );
            figures = await measure(target(name), `${operation}@N=${n}`, body, 10, options.scaleSeconds * 5);
          }
          scale.push({
            n,
            target: name,
            operation,
            variables,
            graph: loaded,
            answer: verified.summary,
            roundTrips: verified.roundTrips,
            responseBytes: verified.bytes,
            reqPerSec: figures.reqPerSec,
            p50: figures.p50,
            p95: figures.p95,
            p99: figures.p99,
            errors: figures.errors,
          });
        }
      }
      if (n === options.scaleSizes[options.scaleSizes.length - 1]) {
        log(
          `\nload: the bare UNWIND floor on the same ${n} synthetic resolutions, the loader again, the floor again (the database is left empty) ...`,
        );
        loadAgainstFloor = await measureLoadAgainstFloor(db, n, loaded.syntheticMs, writeSynthetic);
        log(
          `  loader ${loadAgainstFloor.loaderRuns.join(' / ')} ms, floor ${loadAgainstFloor.floorRuns.join(' / ')} ms`,
        );
        await dropFloorSchema(db);
      }
    }

    await sampler.stop();
    const memoryPeaks = sampler.peaks();
    const targetTable = new TargetTable();
    pushLoadTargets(targetTable, allOps, cells, roundTrips, scale);
    pushCachedTargets(targetTable, allOps, cells, floor);
    pushMemoryTargets(targetTable, memoryPeaks);
    if (shapes) pushShapeTargets(targetTable, shapes);
    pushLoadTarget(targetTable, loadAgainstFloor);
    markUnmeasured(targetTable, {
      1: 'the any-shape stream was skipped (--no-shapes)',
      2: options.scaleSizes.length > 1 ? undefined : 'the scale part was skipped (--no-scale)',
      5:
        options.scaleSizes.length > 0 ? undefined : 'the scale part, which loads the corpora, was skipped (--no-scale)',
    });
    const output: string[] = [];
    output.push(
      `\n# bench:api — ${options.short ? 'short' : 'full'} run, ${startedAt}, ${os.cpus().length} CPUs, Node ${process.version}`,
    );
    output.push(
      `# @neo4j/graphql ${versionOf('@neo4j/graphql')}, @apollo/server ${versionOf('@apollo/server')}, autocannon ${versionOf('autocannon')}; graph: seed only (${graph.nodes} nodes); api and the comparisons uncached, api-cached with its response cache (budget ${BENCH_CACHE_BYTES} bytes)`,
    );
    output.push(
      `# ${options.seconds} s per cell after a ${options.warmUpSeconds} s warm-up (at c=${STATED_CONCURRENCY}, compared targets: ${options.turns} such windows each, in turns); variables: each operation's first set; RT/req = Cypher statements per request`,
    );
    output.push(...printLoadTable(cells, floor, roundTrips));
    output.push('\nround trips per request (Cypher statements, counted in the target process)');
    output.push('operation          depth   api  api-naive  @neo4j/graphql');
    for (const op of ops) {
      const rt = roundTrips[op.name];
      output.push(
        `${op.name.padEnd(18)} ${String(op.depth).padStart(5)} ${String(rt.api).padStart(5)} ${String(rt['api-naive']).padStart(10)} ${String(rt['neo4j-graphql']).padStart(15)}`,
      );
    }
    output.push(
      '\none request, traced: statements and their time in Neo4j (as the target saw it) vs the whole request',
    );
    output.push('operation          target          statements  statement ms  request ms');
    for (const b of breakdowns)
      output.push(
        `${b.operation.padEnd(18)} ${b.target.padEnd(15)} ${String(b.statements).padStart(10)} ${fmt(b.statementMs, 13)} ${fmt(b.requestMs, 11)}`,
      );
    for (const profile of profiles) {
      output.push(
        `\nprofile of ${profile.operation} (${profile.why}): our API ${profile.api.requestMs} ms for the request, ${profile.api.statements} statements, ${profile.api.statementMs} ms in them`,
      );
      output.push('  #  ms      rows  dbHits   statement (our API; ms as the target saw it, dbHits from PROFILE)');
      profile.api.queries.forEach((q: ProfiledQuery, i: number) =>
        output.push(
          `  ${String(i + 1).padStart(2)} ${fmt(q.ms, 7, 2)} ${String(q.rows).padStart(6)} ${String(q.dbHits).padStart(7)}   ${q.what}`,
        ),
      );
      output.push(
        `  @neo4j/graphql: ${profile.neo4jGraphQL.requestMs} ms for the request, ${profile.neo4jGraphQL.statements} statement(s), ${profile.neo4jGraphQL.statementMs} ms in them, dbHits ${profile.neo4jGraphQL.queries.map((q) => q.dbHits).join(' + ')}`,
      );
    }
    if (scale.length > 0) {
      output.push('\nscale: latency at c=10 against N synthetic resolutions (+ the seed)');
      output.push(
        'operation        N      nodes  target          RT  answer                                   bytes   req/s   p50 ms   p95 ms  errors',
      );
      for (const s of scale) {
        output.push(
          `${s.operation.padEnd(15)} ${String(s.n).padStart(5)} ${String(s.graph.nodes).padStart(9)}  ${s.target.padEnd(14)} ${String(s.roundTrips).padStart(3)}  ${JSON.stringify(s.answer).padEnd(40)} ${String(s.responseBytes).padStart(6)} ${fmt(s.reqPerSec, 7)} ${fmt(s.p50, 8, 2)} ${fmt(s.p95, 8, 2)} ${String(s.errors).padStart(7)}`,
        );
      }
    }
    if (shapes) output.push('', ...printShapes(shapes));
    output.push('', ...targetTable.print());
    // The run fails on an error of ours (api, api-cached, api-naive, the floor); @neo4j/graphql's
    // (e.g. its timeouts on a large corpus) are the comparison's figures, reported, not ours to fail on.
    const ours = (target: TargetName) => target !== 'neo4j-graphql';
    const errorsOf = (mine: boolean) =>
      [...cells, ...floor, ...scale].filter((c) => ours(c.target) === mine).reduce((sum, c) => sum + c.errors, 0) +
      // apiCold is apiColdPortable and apiColdRest together: not counted twice.
      (shapes
        ? Object.entries(shapes.runs).reduce(
            (sum, [key, run]) => sum + (key === 'apiCold' || key.startsWith('ngql') === mine ? 0 : run.errors),
            0,
          )
        : 0);
    const allErrors = errorsOf(true);
    const comparisonErrors = errorsOf(false);
    output.push(`\nerrors/non-2xx/GraphQL errors over all measurements of our targets: ${allErrors}`);
    output.push(`the same of @neo4j/graphql (reported, not failing the run): ${comparisonErrors}`);
    console.log(output.join('\n'));

    fs.mkdirSync(RESULTS_DIR, { recursive: true });
    const result = {
      bench: 'api',
      mode: options.short ? 'short' : 'full',
      startedAt,
      machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version, loadavg: os.loadavg() },
      versions: {
        '@neo4j/graphql': versionOf('@neo4j/graphql'),
        '@apollo/server': versionOf('@apollo/server'),
        autocannon: versionOf('autocannon'),
      },
      settings: {
        ...options,
        concurrency: CONCURRENCY,
        responseCache: `api: off; api-cached: on with a budget of ${BENCH_CACHE_BYTES} bytes, measured at c=10`,
      },
      graph,
      operations: ops.map((op) => ({
        name: op.name,
        depth: op.depth,
        singleResolution: op.singleResolution,
        variables: op.variables,
        answers: answers[op.name],
        roundTrips: roundTrips[op.name],
      })),
      floor,
      floorRuns,
      load: cells,
      breakdowns,
      profiles,
      scale,
      loadAgainstFloor,
      shapes: shapes && {
        ...shapes,
        stream: shapes.stream.map(({ name, root, fields, query, neo4jGraphQL }) => ({
          name,
          root,
          fields,
          query,
          neo4jGraphQL,
        })),
      },
      memory: { boundBytes: RSS_BOUND_BYTES, peaks: memoryPeaks, samples: Object.fromEntries(sampler.samples) },
      targets: targetTable.toJSON(),
      errors: allErrors,
      comparisonErrors,
    };
    if (options.only.length > 0) {
      // A partial run must not replace the committed results of a whole one.
      fs.writeFileSync(path.join(RESULTS_DIR, 'partial.json'), `${JSON.stringify(result, null, 2)}\n`);
      log(`\nwrote ${path.relative(process.cwd(), RESULTS_DIR)}/partial.json (a partial run: --only)`);
      if (allErrors > 0) process.exitCode = 1;
      return;
    }
    fs.writeFileSync(path.join(RESULTS_DIR, 'latest.json'), `${JSON.stringify(result, null, 2)}\n`);
    fs.writeFileSync(path.join(RESULTS_DIR, `latest-${result.mode}.txt`), `${output.join('\n').trimStart()}\n`);
    fs.writeFileSync(
      path.join(RESULTS_DIR, `targets-${result.mode}.md`),
      `Targets, ${result.mode} run of ${startedAt} (\`npm run bench${options.short ? ' -- --short' : ''}\`):\n\n${targetTable.markdown().join('\n')}\n`,
    );
    const series: TargetName[] = ['api-cached', 'api', 'api-naive', 'neo4j-graphql'];
    const floor10 = floor.find((f) => f.connections === 10);
    fs.writeFileSync(
      path.join(RESULTS_DIR, 'throughput.svg'),
      groupedBars(
        `Throughput at concurrency 10 (${options.short ? 'short' : 'full'} run, ${startedAt.slice(0, 16)})`,
        'requests per second',
        ops.map((o) => o.name),
        series,
        (operation, name) =>
          cells.find((c) => c.operation === operation && c.target === name && c.connections === 10)?.reqPerSec ?? null,
        floor10 ? { name: 'floor (RETURN 1)', value: floor10.reqPerSec } : undefined,
      ),
    );
    if (scale.length > 0) {
      const lines = SCALE_OPERATIONS.flatMap(({ operation, variables }) =>
        (['api', 'neo4j-graphql'] as TargetName[]).map((name) => ({
          name: `${operation} ${JSON.stringify(Object.values(variables)[0])} — ${name}`,
          points: scale
            .filter((s) => s.operation === operation && s.target === name)
            .map((s) => ({ x: s.n, y: s.p50 })),
        })),
      );
      fs.writeFileSync(
        path.join(RESULTS_DIR, 'scale.svg'),
        logLines(
          'p50 latency at concurrency 10 against corpus size',
          'synthetic resolutions N (log scale; + the seed)',
          'p50 latency (ms)',
          lines,
        ),
      );
    }
    log(
      `\nwrote ${path.relative(process.cwd(), RESULTS_DIR)}/latest.json, latest-${result.mode}.txt, targets-${result.mode}.md, throughput.svg${scale.length > 0 ? ', scale.svg' : ''}`,
    );
    if (allErrors > 0) process.exitCode = 1;
  } finally {
    for (const t of Object.values(targets)) if (t) await stopTarget(t);
    await connection.close();
  }
}

main(process.argv.slice(2)).catch((error: Error) => {
  console.error(`bench: ${error.stack ?? error.message}`);
  process.exit(1);
});
