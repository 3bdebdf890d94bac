/**
 * `npm run bench:abuse [-- --short] [-- --only 'name|name']`: fairness under abuse. Four clients
 * loop an abusive request while one client loops a normal query (the contract's 04-actor); the
 * normal query's p95 must stay within 3x of its p95 alone, and no request of either kind may fail.
 * Prints both figures and their ratio for every phase; exits 1 when a check fails.
 *
 * Every heavy request the limits accept is a phase of its own, checked: the candidates below are
 * sent alone, those the limits refuse are dropped (and listed), and each of the rest that takes
 * the heavy lane is looped by the abusers in turn. No candidate is picked by its time alone (a
 * median of a few single requests, which the machine's load moves: it once hid a failing one).
 * The slowest request below the heavy lane's threshold, which runs beside others rather than one
 * at a time, is a last phase whose ratio is reported, not checked: four clients looping light
 * requests share two cores with the normal one as any five clients would. Each phase alternates
 * segments of the normal query alone and beside the abuse (the machine's other load drifts;
 * alternating weighs it on both sides of the ratio alike) and compares the pooled p95s.
 *
 * With no NEO4J_URI it uses the benches' own local Neo4j (bench/local-neo4j.ts) and CLEARS it.
 * The API runs in a child process of its own (`src/main.ts`, as `npm start` runs it).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import {
  buildSchema,
  getIntrospectionQuery,
  Kind,
  parse,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { loadTypeDefs } from '../src/api';
import { countNodes, WALK_FANOUT } from '../src/api/node-budget';
import { readContract } from '../test/contract/read-contract';
import { readConfig } from '../src/config';
import { clearDatabase } from '../src/graph/clear';
import { connect } from '../src/graph/connect';
import { seedDatabase } from '../src/graph/seed';
import { BENCH_DATA_DIR, BENCH_LOCAL_PORT } from './local-neo4j';

const ROOT = path.resolve(__dirname, '..');
const ABUSERS = 4;
const MAX_RATIO = 3;

interface Request {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

const neighborhood = (alias: string, limit = 500, depth = 3) =>
  `${alias}: neighborhood(id: "WTSA-44", depth: ${depth}, limit: ${limit}) { nodes { id type label(lang: EN) } edges { source target type } truncated }`;

/** The largest limit a neighbourhood of this depth may have and still count as light. */
function largestLightLimit(depth: number): number {
  return largestLimitWithin(readConfig().limits.heavyNodes, depth);
}

/** An operation the explorer sends (explorer/operations/<name>.graphql). */
function explorerOperation(name: string): string {
  return fs.readFileSync(path.join(ROOT, 'explorer', 'operations', `${name}.graphql`), 'utf8');
}

/** What the node budget counts for one neighbourhood asking for its nodes and edges: itself, limit nodes, limit edges and its walk. */
function walkNodes({ depth, limit }: { depth: number; limit: number }): number {
  return 1 + 2 * limit + WALK_FANOUT ** depth;
}

/** The largest limit of a neighbourhood of this depth that walkNodes counts at most `nodes` for. */
function largestLimitWithin(nodes: number, depth: number): number {
  return Math.floor((nodes - 1 - WALK_FANOUT ** depth) / 2);
}

/** How many aliased neighbourhoods of this depth and limit fit in the node budget beside an operation of `used` nodes. */
function mostBeside(used: number, walk: { depth: number; limit: number }): number {
  return Math.max(0, Math.floor((readConfig().limits.maxNodes - used) / walkNodes(walk)));
}

/** The largest limit a neighbourhood of this depth may have and still run beside DB_MAX_HEAVY - 1 others like it. */
function largestSharingLimit(depth: number): number {
  const { maxHeavy, maxHeavyNodes } = readConfig().admission;
  return largestLimitWithin(Math.floor(maxHeavyNodes / maxHeavy), depth);
}

/** What an abuser might send: the largest of each kind the limits could let through. */
function candidates(): Request[] {
  const contract = Object.fromEntries(readContract().map((op) => [op.name, op]));
  const overview = contract['01-resolution'];
  const obligations = contract['03-obligations'];
  const shared = readConfig().admission.maxHeavy > 1;
  const light = [1, 2, 3]
    .map((depth) => ({ depth, limit: largestLightLimit(depth) }))
    .filter(({ limit }) => limit >= 1);
  const sharing = [1, 2, 3]
    .map((depth) => ({ depth, limit: largestSharingLimit(depth) }))
    .filter(({ depth, limit }) => shared && limit >= 1 && limit > largestLightLimit(depth));
  const deepestLight = light.at(-1);
  const besideDeepWalk = deepestLight ? mostBeside(walkNodes({ depth: 3, limit: 500 }), deepestLight) : 0;
  return [
    { name: 'introspection (one __schema, the full GraphiQL query)', query: getIntrospectionQuery() },
    {
      name: '20 aliased __schema introspections',
      query: `{ ${Array.from({ length: 20 }, (_, i) => `s${i}: __schema { types { name fields { name } } }`).join(' ')} }`,
    },
    ...light.flatMap(({ depth, limit }) => [
      {
        name: `neighborhood(depth: ${depth}, limit: ${limit}), the largest of its depth below the heavy lane`,
        query: `{ ${neighborhood('n', limit, depth)} }`,
      },
      {
        name: `${mostBeside(0, { depth, limit })} aliased neighborhood(depth: ${depth}, limit: ${limit}), as many as the node budget takes`,
        query: `{ ${Array.from({ length: mostBeside(0, { depth, limit }) }, (_, i) => neighborhood(`n${i}`, limit, depth)).join(' ')} }`,
      },
    ]),
    // With DB_MAX_HEAVY > 1: the largest requests that run beside another of their kind in the heavy lane.
    ...sharing.map(({ depth, limit }) => ({
      name: `neighborhood(depth: ${depth}, limit: ${limit}), the largest of its depth that shares the heavy lane`,
      query: `{ ${neighborhood('n', limit, depth)} }`,
    })),
    ...(shared
      ? light.map(({ depth, limit }) => ({
          name: `2 aliased neighborhood(depth: ${depth}, limit: ${limit})`,
          query: `{ ${[0, 1].map((i) => neighborhood(`n${i}`, limit, depth)).join(' ')} }`,
        }))
      : []),
    {
      name: 'neighborhood(depth: 3, limit: 1), a walk of the whole graph around its centre',
      query: `{ ${neighborhood('n', 1)} }`,
    },
    {
      name: '4 aliased neighborhood(depth: 3, limit: 124)',
      query: `{ ${[0, 1, 2, 3].map((i) => neighborhood(`n${i}`, 124)).join(' ')} }`,
    },
    ...(deepestLight && besideDeepWalk > 0
      ? [
          {
            name: `neighborhood(depth: 3, limit: 500) and ${besideDeepWalk} aliased neighborhood(depth: ${deepestLight.depth}, limit: ${deepestLight.limit}), as many as the node budget takes beside it`,
            query: `{ ${[
              neighborhood('d3'),
              ...Array.from({ length: besideDeepWalk }, (_, i) =>
                neighborhood(`n${i}`, deepestLight.limit, deepestLight.depth),
              ),
            ].join(' ')} }`,
          },
        ]
      : []),
    ...[1, 2, 4, 5, 20].map((n) => ({
      name: `${n} aliased neighborhood(depth: 3, limit: 500)`,
      query: `{ ${Array.from({ length: n }, (_, i) => neighborhood(`n${i}`)).join(' ')} }`,
    })),
    {
      name: "the explorer's annex reader (WTSA-44)",
      query: explorerOperation('ReaderAnnex'),
      variables: { id: 'WTSA-44', lang: 'ZH' },
    },
    {
      name: "the explorer's actor page (ITU-T with its subordinates, first: 100)",
      query: explorerOperation('Actor'),
      variables: { id: 'ITU-T', lang: 'EN', includeSubordinates: true, first: 100 },
    },
    { name: '01-resolution (whole structure)', query: overview.query, variables: overview.variableSets[0] },
    { name: '03-obligations, first: 50', query: obligations.query, variables: obligations.variableSets[0] },
    {
      name: '03-obligations, first: 100 with subordinates',
      query: obligations.query,
      variables: { actor: 'ITU-T', includeSubordinates: true, first: 100 },
    },
    {
      name: '3 aliased obligations(first: 100) with every field',
      query: `{ ${[0, 1, 2].map((i) => `o${i}: obligations(first: 100, after: null) { totalCount edges { node { id modality text(lang: ZH) addressees { id name } collaborators { id name } conditions citation } } }`).join(' ')} }`,
    },
  ];
}

/**
 * What the request weighs in the heavy lane, as nodeBudgetPlugin decides with the limits of the
 * environment: 0 for a light request, its node count for a heavy one, Infinity for a full introspection.
 */
function heavyNodes(schema: GraphQLSchema, request: Request): number {
  const document = parse(request.query);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  if (!operation) return 0;
  const fragments = Object.fromEntries(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const schemaAsked = operation.selectionSet.selections.some(
    (s) => s.kind === Kind.FIELD && s.name.value === '__schema',
  );
  if (schemaAsked) return Infinity;
  const count = countNodes(schema, operation, fragments, request.variables ?? {});
  return count > readConfig().limits.heavyNodes ? count : 0;
}

/** Whether DB_MAX_HEAVY requests of this weight fit in the heavy lane together. */
function sharesHeavyLane(weight: number): boolean {
  const { maxHeavy, maxHeavyNodes } = readConfig().admission;
  return maxHeavy > 1 && weight > 0 && weight * maxHeavy <= maxHeavyNodes;
}

interface Outcome {
  ok: boolean;
  ms: number;
  status: number;
  detail: string;
}

/**
 * A clean refusal: 503 SERVICE_UNAVAILABLE with Retry-After, what the admission queue answers a
 * request it has no turn for. An abuser may get it (that is the queue doing its work); the
 * normal query may not, and any other failure of anyone's is an error.
 */
const refusedCleanly = (o: Outcome) => o.status === 503 && o.detail.includes('SERVICE_UNAVAILABLE');

async function send(url: string, request: Request): Promise<Outcome> {
  const began = performance.now();
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: request.query, variables: request.variables ?? {} }),
    });
    const text = await response.text();
    const ms = performance.now() - began;
    const failed = response.status !== 200 || text.startsWith('{"errors"') || text.includes('"errors":[');
    return { ok: !failed, ms, status: response.status, detail: failed ? text.slice(0, 300) : `${text.length} bytes` };
  } catch (error) {
    return { ok: false, ms: performance.now() - began, status: 0, detail: String(error) };
  }
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** Sends `request` in a loop until `until`, one at a time; returns every outcome. */
async function loop(url: string, request: Request, until: number): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  while (performance.now() < until) outcomes.push(await send(url, request));
  return outcomes;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function startApi(neo4jUri: string, env: Record<string, string>) {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src', 'main.ts')], {
    cwd: ROOT,
    env: { ...process.env, ...env, NEO4J_URI: neo4jUri, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode} before it served`);
    const ready = await fetch(`${base}/health/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    if (i > 600) throw new Error('the API did not become ready within 120 s');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { url: `${base}/graphql`, child };
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

async function main(argv: string[]): Promise<void> {
  // The machine is shared: other processes' load drifts over a run. Each phase alternates
  // segments alone and beside the abuse, so that drift weighs on both sides of the ratio alike.
  const rounds = argv.includes('--short') ? 2 : 4;
  const segment = argv.includes('--short') ? 4 : 5;
  const seconds = rounds * segment;
  const log = (message: string) => process.stderr.write(`${message}\n`);
  const config = readConfig();
  const connection = await connect(config.neo4j, { log, localDataDir: BENCH_DATA_DIR, localPort: BENCH_LOCAL_PORT });
  let api: Awaited<ReturnType<typeof startApi>> | null = null;
  try {
    log(`loading the seed into ${BENCH_DATA_DIR} ...`);
    await clearDatabase(connection.db);
    await seedDatabase(connection.db);
    api = await startApi(connection.uri, {
      NEO4J_USER: connection.credentials.user,
      NEO4J_PASSWORD: connection.credentials.password,
      // Uncached: an abuser varies its requests past any response cache, and with the cache on
      // the normal query alone would be a cache hit, which measures the cache, not the sharing.
      RESPONSE_CACHE: 'off',
    });
    const actor = readContract().find((op) => op.name === '04-actor');
    if (!actor) throw new Error('expected the contract operation 04-actor, found none');
    const normal: Request = { name: '04-actor', query: actor.query, variables: actor.variableSets[0] };

    // Warm-up: plans cached and code optimized for every request before anything is timed.
    for (let i = 0; i < 20; i++) await send(api.url, normal);
    log('\ncandidates, each sent alone (median of 5 after one warm-up); every one accepted that is heavy is a phase:');
    const schema = buildSchema(loadTypeDefs());
    const accepted: {
      request: Request;
      ms: number;
      bytes: string;
      weight: number;
      heavy: boolean;
      shares: boolean;
    }[] = [];
    for (const request of candidates()) {
      const first = await send(api.url, request);
      if (!first.ok) {
        log(`  refused   ${request.name}: ${first.status} ${first.detail.slice(0, 160)}`);
        continue;
      }
      const times: number[] = [];
      for (let i = 0; i < 5; i++) times.push((await send(api.url, request)).ms);
      const weight = heavyNodes(schema, request);
      const heavy = weight > 0;
      const shares = sharesHeavyLane(weight);
      accepted.push({ request, ms: percentile(times, 50), bytes: first.detail, weight, heavy, shares });
      log(
        `  accepted  ${request.name}: ${ms(percentile(times, 50))}, ${first.detail}${heavy ? `, heavy lane (${weight} nodes${shares ? ', shares it' : ''})` : ''}`,
      );
    }
    const heavyOnes = accepted.filter((c) => c.heavy);
    const lightOnes = accepted.filter((c) => !c.heavy);
    const heaviestLight = lightOnes.reduce<(typeof accepted)[number] | null>(
      (max, c) => (!max || c.ms > max.ms ? c : max),
      null,
    );
    if (accepted.length === 0) throw new Error('every candidate was refused');
    // --only a|b: the phases whose request's name contains a or b.
    const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1]?.split('|') : undefined;
    // Every heavy request the limits accept is a phase of its own, checked: a single request's
    // time alone is a noisy measure of what it does to others, so none is picked by it.
    const phases = [...heavyOnes, ...(heaviestLight ? [heaviestLight] : [])].filter(
      (abuse) => only === undefined || only.some((part) => abuse.request.name.includes(part)),
    );
    const label = (abuse: (typeof accepted)[number]) =>
      !abuse.heavy
        ? 'heaviest below the heavy lane'
        : abuse.shares
          ? 'heavy, shares the heavy lane'
          : 'heavy, runs alone in the heavy lane';

    const row = (label: string, outcomes: Outcome[]) => {
      const times = outcomes.map((o) => o.ms);
      return `${label.padEnd(34)} ${String(outcomes.length).padStart(8)} ${ms(percentile(times, 50)).padStart(9)} ${ms(
        percentile(times, 95),
      ).padStart(9)} ${String(outcomes.filter((o) => !o.ok).length).padStart(7)}`;
    };
    const lines = [
      `fairness: one client loops 04-actor alone, then beside ${ABUSERS} clients looping an abusive request;`,
      `${rounds} alternating segments of ${segment} s each way per phase, pooled`,
      `${''.padEnd(34)} requests       p50       p95  errors`,
    ];
    const summary: string[] = [];
    let failed = false;
    for (const abuse of phases) {
      log(`normal query alone and beside ${ABUSERS} clients looping "${abuse.request.name}", ${seconds} s each ...`);
      const alone: Outcome[] = [];
      const beside: Outcome[] = [];
      const abusers: Outcome[] = [];
      for (let round = 0; round < rounds; round++) {
        alone.push(...(await loop(api.url, normal, performance.now() + segment * 1_000)));
        const until = performance.now() + segment * 1_000;
        const [normalOutcomes, ...abuseOutcomes] = await Promise.all([
          loop(api.url, normal, until),
          ...Array.from({ length: ABUSERS }, () => loop(api!.url, abuse.request, until)),
        ]);
        beside.push(...normalOutcomes);
        abusers.push(...abuseOutcomes.flat());
      }
      const p95 = (outcomes: Outcome[]) =>
        percentile(
          outcomes.map((o) => o.ms),
          95,
        );
      const ratio = p95(beside) / p95(alone);
      const refusals = abusers.filter(refusedCleanly);
      const errors = [...alone, ...beside, ...abusers.filter((o) => !refusedCleanly(o))].filter((o) => !o.ok);
      lines.push(
        `${label(abuse)}: "${abuse.request.name}" (${ms(abuse.ms)} alone, ${abuse.bytes}${abuse.heavy ? ', heavy lane' : ''})`,
        row('  04-actor alone', alone),
        row('  04-actor beside it', beside),
        row(`  the abuse (${ABUSERS} clients)`, abusers),
        ...(refusals.length > 0 ? [`  of which refused cleanly (503 SERVICE_UNAVAILABLE): ${refusals.length}`] : []),
        abuse.heavy
          ? `  p95 beside / alone: ${ratio.toFixed(2)}x (must be <= ${MAX_RATIO}x), errors: ${errors.length} (must be 0)`
          : `  p95 beside / alone: ${ratio.toFixed(2)}x (reported: light requests share the cores with the normal one), errors: ${errors.length} (must be 0)`,
      );
      for (const error of errors.slice(0, 3)) log(`  error: ${error.status} ${error.detail}`);
      const verdict =
        errors.length > 0 || (abuse.heavy && ratio > MAX_RATIO) ? 'FAIL' : abuse.heavy ? 'pass' : 'reported';
      if (verdict === 'FAIL') failed = true;
      summary.push(
        `${`${ratio.toFixed(2)}x`.padStart(7)}  ${verdict.padEnd(8)}  ${abuse.request.name}${abuse.heavy ? ` (${abuse.weight === Infinity ? 'the whole lane' : `${abuse.weight} nodes`})` : ''}`,
      );
      log(`  ${summary[summary.length - 1]}`);
    }
    lines.push('', `every phase (p95 beside / alone, checked <= ${MAX_RATIO}x for a heavy request):`, ...summary);
    console.log(lines.join('\n'));
    if (failed) process.exitCode = 1;
  } finally {
    if (api && api.child.exitCode === null) {
      const exited = new Promise((resolve) => api!.child.once('exit', resolve));
      api.child.kill('SIGTERM');
      await exited;
    }
    await connection.close();
  }
}

main(process.argv.slice(2)).catch((error: Error) => {
  console.error(`bench:abuse: ${error.stack ?? error.message}`);
  process.exit(1);
});
