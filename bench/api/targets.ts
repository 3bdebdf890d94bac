/**
 * Starting and stopping the target processes (target-server.ts), and talking to them: one
 * GraphQL POST, and the counts and traces of the Cypher statements they sent.
 *
 * A target runs compiled: tsc builds target-server.ts and the code it runs (src/, the same
 * compiler options as `npm run build`) into bench/.targets-build/, and plain `node` runs that,
 * as the Docker image runs the server (`node dist/main.js`). tsx, which `npm start` uses, turns
 * source maps on for the whole process, and the driver captures a stack trace on every `run`
 * (for its errors): under tsx, @neo4j/graphql's target spent 12 % of its busy CPU samples there,
 * two thirds of it source-mapping the stacks, and used 16-22 % more CPU per request on 06 at
 * c=10 than compiled (three interleaved runs). Our reads turn that capture off
 * (src/graph/database.ts): our target's difference was 2-4 % in two runs, none in one, 18 % in
 * one, and one run had outliers (tsx's `require` hook, which Apollo's query hash calls on every
 * request, and esbuild's `keepNames` were about 3 % of its busy samples).
 */
import { execFile, fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { QueryCounter } from './count-queries';
import type { ChildMessage, MemorySample, ParentMessage, TargetName } from './target-server';

export interface Target {
  name: TargetName;
  port: number;
  url: string;
  child: ChildProcess;
}

export interface GraphQLResponse {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: unknown }[] };
}

const BUILD_CONFIG = path.join(__dirname, '..', 'tsconfig.targets.json');
const BUILT_TARGET_SERVER = path.join(__dirname, '..', '.targets-build', 'bench', 'api', 'target-server.js');

let built: Promise<void> | null = null;

/** Compiles the target server (once per process; tsc's incremental build makes a second run quick). */
export function buildTargets(): Promise<void> {
  built ??= promisify(execFile)(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', BUILD_CONFIG]).then(
    () => undefined,
    (error: { stdout?: string; message: string }) => {
      throw new Error(
        `expected the target server to compile (tsc -p ${BUILD_CONFIG}), got: ${error.stdout || error.message}`,
      );
    },
  );
  return built;
}

export async function startTarget(
  name: TargetName,
  neo4jUri: string,
  logLevel: string,
  env: Record<string, string> = {},
): Promise<Target> {
  await buildTargets();
  const child = fork(BUILT_TARGET_SERVER, [name], {
    execArgv: [],
    env: { ...process.env, NEO4J_URI: neo4jUri, LOG_LEVEL: logLevel, BENCH_API_DIR: __dirname, ...env },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`target ${name} did not start within 120 s`)), 120_000);
    child.once('exit', (code) => reject(new Error(`target ${name} exited with code ${code} before listening`)));
    child.on('message', (message: ChildMessage) => {
      if (message.type === 'listening') {
        clearTimeout(timer);
        resolve(message.port);
      }
    });
  });
  child.removeAllListeners('exit');
  return { name, port, url: `http://127.0.0.1:${port}/graphql`, child };
}

export async function stopTarget(target: Target): Promise<void> {
  if (target.child.exitCode !== null) return;
  const exited = new Promise((resolve) => target.child.once('exit', resolve));
  target.child.kill('SIGTERM');
  await exited;
}

function ask<T extends ChildMessage['type']>(
  target: Target,
  message: ParentMessage,
  answer: T,
): Promise<Extract<ChildMessage, { type: T }>> {
  return new Promise((resolve) => {
    const listener = (reply: ChildMessage) => {
      if (reply.type !== answer) return;
      target.child.off('message', listener);
      resolve(reply as Extract<ChildMessage, { type: T }>);
    };
    target.child.on('message', listener);
    target.child.send(message);
  });
}

/** How many Cypher statements the target has sent so far. */
export async function queryCount(target: Target): Promise<number> {
  return (await ask(target, { type: 'counts' }, 'counts')).count;
}

/** Starts (on) or stops (off, returning what was recorded) keeping every statement sent. */
export async function trace(target: Target, on: boolean): Promise<QueryCounter['trace']> {
  return (await ask(target, { type: 'trace', on }, 'trace')).queries;
}

/** Waits until our API has no look-ahead warm-up queued or running (at once for the others). */
export async function plansIdle(target: Target): Promise<void> {
  await ask(target, { type: 'plans-idle' }, 'plans');
}

/** Our API forgets what Neo4j had planned and plans the statements of its loaders and root fields again, as at start (src/api/fixed-statements.ts). */
export async function planFixedStatements(target: Target): Promise<void> {
  await ask(target, { type: 'plan-fixed-statements' }, 'plans');
}

/** The target's memory now (RSS, heap) and its response cache's size. */
export async function memory(target: Target): Promise<MemorySample> {
  return (await ask(target, { type: 'memory' }, 'memory')).sample;
}

export async function post(target: Target, body: unknown): Promise<GraphQLResponse> {
  const response = await fetch(target.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as GraphQLResponse['body'] };
}
