/**
 * Chains of citations between resolutions. A resolution cites another when one of its
 * Citation nodes CITES it; the query returns those (citing, cited) pairs within reach of the
 * start, each with its citations, and `findChains` enumerates the simple paths in memory (the
 * pairs are few: one per two resolutions of which one cites the other).
 *
 * A chain goes from `from` to `to`; with direction OUT each step follows a citation (the step's
 * start cites its end), with IN each step goes against one (its end cites its start), with BOTH
 * each step goes either way.
 */
import type { Query } from '../database';
import { documentPosition } from './document-order';
import { nodeRow } from './node-row';

export type ChainDirection = 'OUT' | 'IN' | 'BOTH';

/**
 * Rows `from`, `to`, `citations`: every distinct pair (citing resolution, cited resolution) with
 * one end within `maxDepth` steps of `from` in `direction`, and the citing text's citations of
 * the cited one in document order (projected by `project`, default `nodeRow`).
 */
export function citationPairsQuery(
  from: string,
  maxDepth: number,
  direction: ChainDirection = 'OUT',
  project: (v: string) => string = nodeRow,
): Query {
  if (!Number.isInteger(maxDepth) || maxDepth < 1) throw new Error(`expected a maxDepth >= 1, got ${maxDepth}`);
  const steps = Array.from(
    { length: maxDepth - 1 },
    () => `CALL (reached) {
  UNWIND reached AS r
  CALL (r) {
    MATCH (c:Citation {resolutionId: r}) WHERE $out RETURN c.targetId AS other
    UNION
    MATCH (c:Citation {targetId: r}) WHERE $in RETURN c.resolutionId AS other
  }
  RETURN collect(DISTINCT other) AS next
}
WITH reached + [x IN next WHERE NOT x IN reached] AS reached`,
  );
  return {
    cypher: `WITH [$from] AS reached
${steps.join('\n')}
UNWIND reached AS r
CALL (r) {
  MATCH (c:Citation {resolutionId: r}) WHERE $out RETURN c
  UNION
  MATCH (c:Citation {targetId: r}) WHERE $in RETURN c
}
WITH DISTINCT c
MATCH (source:Entity {id: c.sourceId})
WITH c ORDER BY ${documentPosition('source').replace(/\n/g, '\n  ')}, c.spanStart, c.id
WITH c.resolutionId AS from, c.targetId AS to, collect(c) AS citations
RETURN from, to, [c IN citations | ${project('c')}] AS citations
ORDER BY from, to`,
    params: { from, out: direction !== 'IN', in: direction !== 'OUT' },
  };
}

export interface CitationPair {
  from: string;
  to: string;
}

/** One step of a chain: from `from` to `to`, OUT when `from` cites `to`, IN when `to` cites `from`. */
export interface ChainStep {
  from: string;
  to: string;
  direction: 'OUT' | 'IN';
}

/**
 * Every simple path (no resolution twice) from `from` to `to` of 1 to `maxDepth` steps in
 * `direction`, shortest first, then by ids; at most `max` of them.
 */
export function findChains(
  pairs: readonly CitationPair[],
  from: string,
  to: string,
  maxDepth: number,
  max = 100,
  direction: ChainDirection = 'OUT',
): string[][] {
  const next = new Map<string, Set<string>>();
  const link = (a: string, b: string): void => {
    if (!next.has(a)) next.set(a, new Set());
    next.get(a)!.add(b);
  };
  for (const { from: citing, to: cited } of pairs) {
    if (direction !== 'IN') link(citing, cited);
    if (direction !== 'OUT') link(cited, citing);
  }
  const chains: string[][] = [];
  const walk = (path: string[]): void => {
    const last = path[path.length - 1];
    if (path.length > 1 && last === to) {
      chains.push([...path]);
      return;
    }
    if (path.length > maxDepth) return;
    for (const target of [...(next.get(last) ?? [])].sort()) {
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

/** The steps of a chain: OUT where the step's start cites its end (preferred when both cite each other). */
export function chainSteps(ids: readonly string[], pairs: readonly CitationPair[]): ChainStep[] {
  const cites = new Set(pairs.map((p) => `${p.from}\u0000${p.to}`));
  return ids.slice(1).map((to, k) => {
    const from = ids[k];
    return { from, to, direction: cites.has(`${from}\u0000${to}`) ? 'OUT' : 'IN' };
  });
}
