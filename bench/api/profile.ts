/**
 * Where one request's time goes: the Cypher statements a target sent for it (traced by
 * count-queries.ts in the target process, each with its time as the target saw it) and, for
 * each, Neo4j's PROFILE of the same statement with the same parameters (database hits, rows).
 * The gap between the request's time and the statements' time is the Node side: GraphQL
 * execution, resolvers, DataLoader scheduling, serialization, HTTP.
 */
import { Integer } from 'neo4j-driver';
import type { Database } from '../../src/graph/database';
import type { TracedQuery } from './count-queries';

export interface ProfiledQuery {
  /** What the statement is for: the loader relations it serves, or its first line. */
  what: string;
  keys: number;
  ms: number;
  rows: number;
  /** null when PROFILE failed (see `error`). */
  dbHits: number | null;
  profileMs: number | null;
  error?: string;
}

interface PlanNode {
  dbHits?: number;
  children?: PlanNode[];
}

function totalDbHits(plan: PlanNode | null | undefined): number {
  if (!plan) return 0;
  return (plan.dbHits ?? 0) + (plan.children ?? []).reduce((sum, child) => sum + totalDbHits(child), 0);
}

/**
 * Names a statement: for our `related` loader, the relations in the batch (`rel×keys`); for a
 * prefetching root field, its first line and the loads it nests.
 */
export function describe(query: TracedQuery): { what: string; keys: number } {
  const lists = Object.values(query.params).filter((value): value is unknown[] => Array.isArray(value));
  const keys = lists.find((list) => typeof (list[0] as { relation?: unknown } | undefined)?.relation === 'string') as
    { relation: string }[] | undefined;
  if (keys) {
    const counts = new Map<string, number>();
    for (const key of keys) counts.set(key.relation, (counts.get(key.relation) ?? 0) + 1);
    return { what: `related: ${[...counts].map(([rel, n]) => `${rel}×${n}`).join(' ')}`, keys: keys.length };
  }
  const list = lists[0];
  // The built statements name each prefetched load as a key of its row, `@` and its name (`@pages` for the list of pages).
  const prefetched = [...query.cypher.matchAll(/(`[^`]+`|\b\w+): (?:COLLECT \{|head\(COLLECT \{|\[head\(\[)/g)].map(
    (match) => match[1].replace(/`/g, ''),
  );
  if (prefetched.length > 0) {
    const first = query.cypher.split('\n')[0].trim();
    return {
      what: `${first.slice(0, 40)} + prefetch of ${prefetched.length}: ${prefetched.join(' ')}`.slice(0, 200),
      keys: Array.isArray(list) ? list.length : 1,
    };
  }
  const line =
    query.cypher
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l !== '' && !/^CYPHER\b/.test(l)) ?? '';
  return { what: line.slice(0, 90), keys: Array.isArray(list) ? list.length : 1 };
}

/**
 * Parameters as they crossed the IPC channel (JSON): the driver's Integers (@neo4j/graphql
 * sends `LIMIT $param1` as one) arrive as `{low, high}` and become Integers again.
 */
function revive(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(revive);
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value);
    if (keys.length === 2 && keys.includes('low') && keys.includes('high')) {
      const { low, high } = value as { low: number; high: number };
      return new Integer(low, high);
    }
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, revive(v)]));
  }
  return value;
}

export async function profileQueries(db: Database, queries: TracedQuery[]): Promise<ProfiledQuery[]> {
  const profiled: ProfiledQuery[] = [];
  for (const query of queries) {
    const cypher = query.cypher.replace(/^(CYPHER [^\n]*\n)*/, '');
    const session = db.driver.session({ database: db.name, defaultAccessMode: 'READ' });
    const base = { ...describe(query), ms: Math.round(query.ms * 100) / 100, rows: query.rows };
    try {
      const began = process.hrtime.bigint();
      const result = await session.executeRead((tx) =>
        tx.run(`PROFILE ${cypher}`, revive(query.params) as Record<string, unknown>),
      );
      const profileMs = Number(process.hrtime.bigint() - began) / 1e6;
      profiled.push({
        ...base,
        dbHits: totalDbHits(result.summary.profile as unknown as PlanNode),
        profileMs: Math.round(profileMs * 100) / 100,
      });
    } catch (error) {
      profiled.push({ ...base, dbHits: null, profileMs: null, error: (error as Error).message.split('\n')[0] });
    } finally {
      await session.close();
    }
  }
  return profiled;
}
