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
import { loadBenchGraph, type LoadedGraph } from './graph';
import { runLoad, type LoadFigures } from './load';
import { loadOperations, type Operation, type Summary } from './operations';
import { profileQueries, type ProfiledQuery } from './profile';
import { post, queryCount, startTarget, stopTarget, trace, type Target } from './targets';
import { ratio, TARGET_KEYS, TARGETS, TargetTable, type TargetKey } from './target-rows';
import type { TargetName } from './target-server';
import { BENCH_DATA_DIR, BENCH_LOCAL_PORT } from '../local-neo4j';
import {
  corpusParagraphs,
  measureFloor,
  pushLoadTarget,
  pushScaleTargets,
  SCALE_OPERATIONS,
  type LoadAgainstFloor,
} from './scale';

const RESULTS_DIR = path.join(__dirname, '..', 'results');
const COMPARED: TargetName[] = ['api', 'api-naive', 'neo4j-graphql'];
const CONCURRENCY = [1, 10, 50];

type Op = Operation & { variables: Record<string, unknown> };

interface Settings {
  short: boolean;
  seconds: number;
  warmUpSeconds: number;
  scaleSeconds: number;
  scaleSizes: number[];
  logLevel: string;
  /** Only these operations (`--only 01-resolution,05-search`); all when empty. */
  only: string[];
}

function settings(argv: string[]): Settings {
  const short = argv.includes('--short');
  return {
    short,
    seconds: short ? 2 : 5,
    warmUpSeconds: short ? 1 : 2,
    scaleSeconds: short ? 2 : 3,
    scaleSizes: argv.includes('--no-scale') ? [] : short ? [1, 10, 100] : [1, 10, 100, 1000],
    logLevel: process.env.LOG_LEVEL ?? 'info',
    only: argv.includes('--only') ? (argv[argv.indexOf('--only') + 1] ?? '').split(',').filter(Boolean) : [],
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

interface Verified {
  summary: Summary;
  roundTrips: number;
  bytes: number;
}

/**
 * Sends the operation twice (the first warms plans and caches) and checks the second answer:
 * HTTP 200, no GraphQL errors, and the operation's own check (non-empty, right shape). Returns
 * the statements the second request sent, counted in the target process.
 */
async function verify(target: Target, op: Op, variables = op.variables): Promise<Verified> {
  const body = bodyFor(target.name, op, variables);
  await post(target, body);
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
}

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

async function measure(
  target: Target,
  operation: string,
  body: unknown,
  connections: number,
  seconds: number,
): Promise<LoadCell> {
  await settle(target);
  const before = await queryCount(target);
  const figures = await runLoad(target.url, body, connections, seconds);
  const sent = (await queryCount(target)) - before;
  await settle(target);
  if (figures.requests === 0) figures.errors += 1;
  const cell = {
    target: target.name,
    operation,
    ...figures,
    roundTripsPerRequestUnderLoad: figures.requests ? Math.round((sent / figures.requests) * 10) / 10 : NaN,
  };
  log(
    `  ${target.name.padEnd(13)} ${operation.padEnd(18)} c=${String(connections).padEnd(2)} ${String(figures.reqPerSec).padStart(7)} req/s  p50 ${figures.p50} ms  p95 ${figures.p95} ms  errors ${figures.errors}`,
  );
  return cell;
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
    table.push({
      target: 3,
      check: 'uncached req/s at c=10 ≥ 2× @neo4j/graphql',
      subject: op.name,
      value: ratio(ours?.reqPerSec, theirs?.reqPerSec),
      bound: 2,
      direction: 'at-least',
      figures: `${ours?.reqPerSec ?? '-'} vs ${theirs?.reqPerSec ?? '-'} req/s`,
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
  const targets: Partial<Record<TargetName, Target>> = {};
  const startedAt = new Date().toISOString();
  try {
    log(`loading the seed (Resolution 44) into ${connection.uri} ...`);
    const graph = await loadBenchGraph(db, 0);
    log(`  ${graph.nodes} nodes, ${graph.relationships} relationships in ${graph.ms} ms`);

    for (const name of [...COMPARED, 'floor'] as TargetName[]) {
      targets[name] = await startTarget(name, connection.uri, options.logLevel);
      log(`target ${name} listening on ${(targets[name] as Target).url}`);
    }
    const target = (name: TargetName) => targets[name] as Target;
    const ops = loadOperations().filter((op) => options.only.length === 0 || options.only.includes(op.name));
    if (ops.length === 0)
      throw new Error(`expected --only to name contract operations, got ${options.only.join(', ')}`);

    log('\nchecking one answer per target and operation ...');
    const answers: Record<string, Partial<Record<TargetName, Summary>>> = {};
    const roundTrips: Record<string, Partial<Record<TargetName, number>>> = {};
    for (const op of ops) {
      answers[op.name] = {};
      roundTrips[op.name] = {};
      for (const name of COMPARED) {
        const verified = await verify(target(name), op);
        answers[op.name][name] = verified.summary;
        roundTrips[op.name][name] = verified.roundTrips;
      }
      const same = JSON.stringify(answers[op.name].api) === JSON.stringify(answers[op.name]['neo4j-graphql']);
      log(
        `  ${op.name.padEnd(18)} depth ${op.depth}  round trips: api ${roundTrips[op.name].api}, naive ${roundTrips[op.name]['api-naive']}, @neo4j/graphql ${roundTrips[op.name]['neo4j-graphql']}  ${same ? 'same answer' : `ANSWERS DIFFER: ${JSON.stringify(answers[op.name].api)} vs ${JSON.stringify(answers[op.name]['neo4j-graphql'])}`}`,
      );
    }
    const floorAnswer = await post(target('floor'), {});
    if (floorAnswer.status !== 200 || (floorAnswer.body.data as { one?: number } | undefined)?.one !== 1)
      throw new Error(`floor: expected {data: {one: 1}}, got ${JSON.stringify(floorAnswer.body)}`);

    log(
      `\nload: warm-up ${options.warmUpSeconds} s, then ${options.seconds} s at each of c = ${CONCURRENCY.join(', ')}`,
    );
    // The floor is measured before and after the operations; per concurrency the less disturbed
    // of the two (lower p95) is used, so that one noisy window does not skew every ratio.
    const floorRuns: LoadCell[][] = [[], []];
    await warmUp(target('floor'), {}, options.warmUpSeconds);
    for (const c of CONCURRENCY) floorRuns[0].push(await measure(target('floor'), '(any)', {}, c, options.seconds));
    const cells: LoadCell[] = [];
    for (const op of ops) {
      for (const name of COMPARED) {
        const body = bodyFor(name, op);
        await warmUp(target(name), body, options.warmUpSeconds);
        for (const c of CONCURRENCY) cells.push(await measure(target(name), op.name, body, c, options.seconds));
      }
    }

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
      .sort((a, b) => b.p50 - a.p50)[0].operation;
    const throughputRatio = (name: string) =>
      ratio(
        cells.find((c) => c.target === 'api' && c.operation === name && c.connections === 10)?.reqPerSec ?? NaN,
        cells.find((c) => c.target === 'neo4j-graphql' && c.operation === name && c.connections === 10)?.reqPerSec ??
          NaN,
      );
    const furthestBehind = [...ops].sort((a, b) => throughputRatio(a.name) - throughputRatio(b.name))[0].name;
    const profiles = [];
    for (const name of [...new Set([slowest, furthestBehind])]) {
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

    const scale: ScaleCell[] = [];
    let loadAgainstFloor: LoadAgainstFloor | null = null;
    const allOps = loadOperations();
    for (const n of options.scaleSizes) {
      log(`\nscale: loading ${n} synthetic resolution(s) and the seed ...`);
      const loaded = await loadBenchGraph(db, n);
      log(
        `  ${loaded.nodes} nodes, ${loaded.relationships} relationships in ${loaded.ms} ms (the synthetic corpus ${loaded.syntheticMs} ms)`,
      );
      for (const { operation, variables } of SCALE_OPERATIONS) {
        const op = allOps.find((o) => o.name === operation) as Op;
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
        log(`\nload: the bare UNWIND floor on the same ${n} synthetic resolutions (the database is left empty) ...`);
        const floorMs = await measureFloor(db, n);
        loadAgainstFloor = { n, paragraphs: corpusParagraphs(n), loaderMs: loaded.syntheticMs, floorMs };
        log(`  loader ${loaded.syntheticMs} ms, floor ${floorMs} ms`);
      }
    }

    const targetTable = new TargetTable();
    pushLoadTargets(targetTable, ops, cells, roundTrips, scale);
    pushLoadTarget(targetTable, loadAgainstFloor);
    markUnmeasured(targetTable, {
      2: options.scaleSizes.length > 1 ? undefined : 'the scale part was skipped (--no-scale)',
      5:
        options.scaleSizes.length > 0 ? undefined : 'the scale part, which loads the corpora, was skipped (--no-scale)',
    });
    const output: string[] = [];
    output.push(
      `\n# bench:api — ${options.short ? 'short' : 'full'} run, ${startedAt}, ${os.cpus().length} CPUs, Node ${process.version}`,
    );
    output.push(
      `# @neo4j/graphql ${versionOf('@neo4j/graphql')}, @apollo/server ${versionOf('@apollo/server')}, autocannon ${versionOf('autocannon')}; graph: seed only (${graph.nodes} nodes); no response cache (the API ships none)`,
    );
    output.push(
      `# ${options.seconds} s per cell after a ${options.warmUpSeconds} s warm-up; variables: each operation's first set; RT/req = Cypher statements per request`,
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
    output.push('', ...targetTable.print());
    const allErrors =
      [...cells, ...floor].reduce((sum, c) => sum + c.errors, 0) + scale.reduce((sum, s) => sum + s.errors, 0);
    output.push(`\nerrors/non-2xx/GraphQL errors over all measurements: ${allErrors}`);
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
      settings: { ...options, concurrency: CONCURRENCY, responseCache: 'none (the API ships none): uncached only' },
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
      targets: targetTable.toJSON(),
      errors: allErrors,
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
    const series: TargetName[] = ['api', 'api-naive', 'neo4j-graphql'];
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
      `\nwrote ${path.relative(process.cwd(), RESULTS_DIR)}/latest.json, latest-${result.mode}.txt, throughput.svg${scale.length > 0 ? ', scale.svg' : ''}`,
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
