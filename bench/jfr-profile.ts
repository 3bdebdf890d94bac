/**
 * Where a local Neo4j spends its CPU during a piece of work: a Java Flight Recorder recording of
 * the Neo4j JVM (`jcmd <pid> JFR.start`, the JDK's own sampling profiler), read back with `jfr
 * print`, each execution sample put in the first category that one of its frames, from the top of
 * the stack down, belongs to. Needs the JDK's `jcmd` and `jfr` on the PATH (they come with the
 * JDK that runs the local Neo4j); without them, or without a local Neo4j, it returns null.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Categories in the order a stack is matched against them; the first frame that matches decides. */
const CATEGORIES: [string, string[]][] = [
  ['full-text index (Lucene: CJK analysis, index writer)', ['org.apache.lucene', 'fulltext']],
  [
    'range indexes and uniqueness constraints (index updates at commit, constraint checks)',
    [
      'IndexingService',
      'IndexUpdater',
      'gbptree',
      'IndexUpdates',
      'schema.GenericKey',
      'NativeIndex',
      'RangeIndex',
      'ConstraintIndex',
      'Uniqueness',
      'IndexEntryConflict',
    ],
  ],
  ['counts store', ['CountsDelta', 'counts.']],
  ['id allocation', ['internal.id.']],
  [
    'applying the transaction to the stores and its log',
    [
      'CommandApplier',
      'TransactionApplier',
      'LogEntryWriter',
      'TransactionAppender',
      'CommonAbstractStore',
      'io.fs.',
      'PropertyPhysicalToLogicalConverter',
      'LockGroup',
    ],
  ],
  [
    'turning the transaction state into commands at commit',
    [
      'TransactionRecordState',
      'RecordChange',
      'RecordAccess',
      'extractCommands',
      'PropertyCreator',
      'PropertyDeleter',
      'RelationshipCreator',
      'RelationshipGroup',
      'PropertyRecord',
      'createCommands',
    ],
  ],
  [
    'transaction state (the writes held in memory)',
    ['TxState', 'txstate', 'NodeState', 'RelationshipState', 'DiffSets'],
  ],
  ['Cypher planning', ['planner', 'Planner', '.compiler.', 'frontend', 'rewriting', 'semantics', 'logical.plans']],
  [
    'parameter and value conversion (Bolt unpacking, maps)',
    ['values.virtual', 'values.storable', 'ValueUtils', 'packstream', 'PackStream'],
  ],
  ['Cypher runtime operators (UNWIND, MATCH, CREATE, SET)', ['runtime.', 'Operations', 'KernelTransaction', 'newapi.']],
  ['Bolt and network', ['bolt', 'netty']],
];

export interface CpuShare {
  category: string;
  samples: number;
  share: number;
}

/** The execution samples of a `jfr print` output, each as its frames, top first. */
export function samplesOf(printed: string): string[][] {
  return printed
    .split('jdk.ExecutionSample')
    .slice(1)
    .map((sample) => [...sample.matchAll(/^\s+([\w$.<>]+)\(/gm)].map((m) => m[1] as string))
    .filter((frames) => frames.length > 0);
}

/** The share of samples per category, largest first. */
export function categorize(samples: string[][]): CpuShare[] {
  const counts = new Map<string, number>();
  for (const frames of samples) {
    let category = 'other';
    for (const frame of frames) {
      const found = CATEGORIES.find(([, keys]) => keys.some((key) => frame.includes(key)));
      if (found) {
        category = found[0];
        break;
      }
    }
    counts.set(category, (counts.get(category) ?? 0) + 1);
  }
  return [...counts]
    .map(([category, n]) => ({ category, samples: n, share: n / samples.length }))
    .sort((a, b) => b.samples - a.samples);
}

function hasTool(name: string): boolean {
  try {
    execFileSync('which', [name], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Runs `work` with a recording of the JVM `pid`, and returns its CPU by category (null when it cannot record). */
export async function profileJvm<T>(
  pid: number | null,
  work: () => Promise<T>,
): Promise<{ result: T; profile: CpuShare[] | null }> {
  if (pid === null || !hasTool('jcmd') || !hasTool('jfr')) return { result: await work(), profile: null };
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-jfr-')), 'load.jfr');
  const name = `bench-${process.pid}`;
  execFileSync('jcmd', [String(pid), 'JFR.start', `name=${name}`, 'settings=profile', `filename=${file}`], {
    stdio: 'ignore',
  });
  let result: T;
  try {
    result = await work();
  } finally {
    execFileSync('jcmd', [String(pid), 'JFR.stop', `name=${name}`], { stdio: 'ignore' });
  }
  const printed = execFileSync('jfr', ['print', '--events', 'jdk.ExecutionSample', '--stack-depth', '64', file], {
    maxBuffer: 1 << 30,
  }).toString();
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
  return { result, profile: categorize(samplesOf(printed)) };
}

/** A process's CPU time so far in ms (user + system), from /proc; null where there is none. */
export function processCpuMs(pid: number | null): number | null {
  if (pid === null) return null;
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? ticks * 10 : null;
  } catch {
    return null;
  }
}
