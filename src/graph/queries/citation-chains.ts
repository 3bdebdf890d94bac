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
import { Cypher, param, holds, nodeRowOf } from './cypher';
import { documentPosition } from './document-order';

export type ChainDirection = 'OUT' | 'IN' | 'BOTH';

/**
 * The citations from or to the resolution `r`: those its text makes when `out` holds, those of it
 * when `in` does (both parameters), each branch returning `column` of the citation `c`.
 */
function citationsAround(
  r: Cypher.Variable,
  out: Cypher.Param,
  into: Cypher.Param,
  column: (c: Cypher.Node, end: 'other' | 'self') => Cypher.ProjectionColumn,
): Cypher.Union {
  const citing = new Cypher.Node();
  const cited = new Cypher.Node();
  return new Cypher.Union(
    new Cypher.Match(new Cypher.Pattern(citing, { labels: ['Citation'], properties: { resolutionId: r } }))
      .where(holds(out))
      .return(column(citing, 'other')),
    new Cypher.Match(new Cypher.Pattern(cited, { labels: ['Citation'], properties: { targetId: r } }))
      .where(holds(into))
      .return(column(cited, 'self')),
  );
}

/**
 * Rows `from`, `to`, `citations`: every distinct pair (citing resolution, cited resolution) with
 * one end within `maxDepth` steps of `from` in `direction`, and the citing text's citations of
 * the cited one in document order (projected by `project`, default the whole node).
 */
export function citationPairsQuery(
  from: string,
  maxDepth: number,
  direction: ChainDirection = 'OUT',
  project: (v: Cypher.Variable) => Cypher.Expr = nodeRowOf,
): Query {
  if (!Number.isInteger(maxDepth) || maxDepth < 1) throw new Error(`expected a maxDepth >= 1, got ${maxDepth}`);
  const out = param(direction !== 'IN');
  const into = param(direction !== 'OUT');
  const reached = new Cypher.Variable();
  // One breadth-first step per level: the resolutions one citation away from those reached.
  const steps = Array.from({ length: maxDepth - 1 }, () => {
    const r = new Cypher.Variable();
    const other = new Cypher.Variable();
    const next = new Cypher.Variable();
    const x = new Cypher.Variable();
    const neighbours = citationsAround(r, out, into, (c, end) => [
      c.property(end === 'other' ? 'targetId' : 'resolutionId'),
      other,
    ]);
    const step = Cypher.utils.concat(
      new Cypher.Unwind([reached, r]),
      new Cypher.Call(neighbours, [r]),
      new Cypher.Return([Cypher.collect(other).distinct(), next]),
    );
    const unseen = new Cypher.ListComprehension(x).in(next).where(Cypher.not(Cypher.in(x, reached)));
    return Cypher.utils.concat(
      new Cypher.Call(step, [reached]),
      new Cypher.With([Cypher.plus(reached, unseen), reached]),
    );
  });
  const r = new Cypher.Variable();
  const c = new Cypher.Variable();
  const source = new Cypher.Node();
  const citations = new Cypher.Variable();
  const fromColumn = new Cypher.NamedVariable('from');
  const toColumn = new Cypher.NamedVariable('to');
  const each = new Cypher.Variable();
  return Cypher.utils
    .concat(
      new Cypher.With([new Cypher.List([param(from)]), reached]),
      ...steps,
      new Cypher.Unwind([reached, r]),
      new Cypher.Call(
        citationsAround(r, out, into, (citation) => [citation, c]),
        [r],
      ),
      new Cypher.With(c).distinct(),
      new Cypher.Match(new Cypher.Pattern(source, { labels: ['Entity'], properties: { id: c.property('sourceId') } })),
      new Cypher.With(c).orderBy(documentPosition(source), c.property('spanStart'), c.property('id')),
      new Cypher.With(
        [c.property('resolutionId'), fromColumn],
        [c.property('targetId'), toColumn],
        [Cypher.collect(c), citations],
      ),
      new Cypher.Return(fromColumn, toColumn, [
        new Cypher.ListComprehension(each).in(citations).map(project(each)),
        new Cypher.NamedVariable('citations'),
      ]).orderBy(fromColumn, toColumn),
    )
    .build();
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
