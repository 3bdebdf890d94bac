/**
 * Chains of citations between resolutions. A resolution cites another when one of its
 * Citation nodes CITES it; the query returns those (citing, cited) pairs within reach of the
 * start, and `findChains` enumerates the simple paths in memory (the pairs are few: one per
 * distinct reference between two resolutions).
 */
import type { Query } from '../database';

/** Rows `from`, `to`: every distinct pair (citing resolution, cited resolution) within `maxDepth` steps of `from`. */
export function citationPairsQuery(from: string, maxDepth: number): Query {
  if (!Number.isInteger(maxDepth) || maxDepth < 1) throw new Error(`expected a maxDepth >= 1, got ${maxDepth}`);
  const steps = Array.from(
    { length: maxDepth - 1 },
    () => `CALL (reached) {
  UNWIND reached AS r
  MATCH (c:Citation {resolutionId: r})
  RETURN collect(DISTINCT c.targetId) AS next
}
WITH reached + [x IN next WHERE NOT x IN reached] AS reached`,
  );
  return {
    cypher: `WITH [$from] AS reached
${steps.join('\n')}
UNWIND reached AS r
MATCH (c:Citation {resolutionId: r})
RETURN DISTINCT c.resolutionId AS from, c.targetId AS to
ORDER BY from, to`,
    params: { from },
  };
}

export interface CitationPair {
  from: string;
  to: string;
}

/**
 * Every simple path (no resolution twice) from `from` to `to` of 1 to `maxDepth` steps,
 * shortest first, then by ids; at most `max` of them.
 */
export function findChains(pairs: readonly CitationPair[], from: string, to: string, maxDepth: number, max = 100): string[][] {
  const next = new Map<string, string[]>();
  for (const { from: a, to: b } of pairs) {
    if (!next.has(a)) next.set(a, []);
    next.get(a)!.push(b);
  }
  for (const targets of next.values()) targets.sort();
  const chains: string[][] = [];
  const walk = (path: string[]): void => {
    const last = path[path.length - 1];
    if (path.length > 1 && last === to) {
      chains.push([...path]);
      return;
    }
    if (path.length > maxDepth) return;
    for (const target of next.get(last) ?? []) {
      if (path.includes(target)) continue;
      path.push(target);
      walk(path);
      path.pop();
    }
  };
  if (from !== to) walk([from]);
  chains.sort((a, b) => a.length - b.length || a.join('\u0000').localeCompare(b.join('\u0000')));
  return chains.slice(0, max);
}
