/**
 * Prefetching: the rows a request will need below a node, fetched with the node in ONE statement.
 * A prefetch tree says, for a node, which loads its fields will make (a relation from the node
 * or from a node whose id it holds, or what the citation of an obligation is made of) and, for
 * each, the tree of the rows it returns. `prefetchProjection` turns the tree into a Cypher map
 * projection in which every load is a nested COLLECT subquery, built from the same relation
 * Cypher as the batched loaders, so that a prefetched load returns the same rows in the same
 * order; each row holds only the properties its resolvers read, and carries its own loads, so
 * that rows fetched for one selection are never mistaken for rows fetched for another.
 */
import type { Query } from '../database';
import { obligationCitationExpression, obligationPageExpression, type ObligationPageOf } from './obligations';
import { mentionPageExpression, type MentionPageOf } from './mentions';
import { nodeLabel } from './node-row';
import { RELATIONS, type Relation } from './related';

/** A relation from the node itself (`key` 'id') or from the node whose id it holds in `key`. */
export interface RelationLoad {
  kind: 'relation';
  rel: Relation;
  key: string;
}

/** What the citation of an obligation is made of (the `obligationCitations` loader's row). */
export interface ObligationCitationLoad {
  kind: 'obligationCitation';
}

/** A page of the obligations of the node (an actor, a resolution): the rows are obligations. */
export interface ObligationPageLoad extends ObligationPageOf {
  kind: 'obligationPage';
}

/** A page of the texts that mention the node (an actor): the rows are {count, node}. */
export interface MentionPageLoad extends MentionPageOf {
  kind: 'mentionPage';
}

export type Load = RelationLoad | ObligationCitationLoad | ObligationPageLoad | MentionPageLoad;

export interface PrefetchTree {
  /** By load name (`loadName`): the load, and what to fetch along with each row it returns. */
  loads: Map<string, { load: Load; tree: PrefetchTree }>;
  /** The properties the rows' resolvers read (besides `id`, `nodeLabel` and the loads' keys). */
  props: Set<string>;
  /** Every property: for rows read by code that does not say which (a field computed from them). */
  all: boolean;
}

/** The key under which a projected row carries its prefetched loads, by load name. */
export const PREFETCH_KEY = '__prefetch';

export function emptyTree(): PrefetchTree {
  return { loads: new Map(), props: new Set(), all: false };
}

export function isEmptyTree(tree: PrefetchTree): boolean {
  return tree.loads.size === 0;
}

/** `sections`, `self@resolutionId`, `obligationCitation`: unique per load, a valid map key once quoted. */
export function loadName(load: Load): string {
  if (load.kind === 'obligationCitation') return load.kind;
  if (load.kind === 'mentionPage') return `mentions:${load.offset}:${load.limit}`;
  if (load.kind === 'obligationPage') {
    const { by, role, includeSubordinates, modalities, offset, limit } = load;
    return `obligations:${by}:${role}:${includeSubordinates}:${modalities?.join('+') ?? '*'}:${offset}:${limit}`;
  }
  return load.key === 'id' ? load.rel : `${load.rel}@${load.key}`;
}

/**
 * The entry for `load` in `tree`, added if absent: its subtree collects what its rows need. The
 * id the load goes through becomes a property of the tree's rows: a load that is not prefetched
 * (see `limitTree`) is still made from it, by the loaders.
 */
export function addLoad(tree: PrefetchTree, load: Load): PrefetchTree {
  if (load.kind === 'relation') tree.props.add(load.key);
  const name = loadName(load);
  let entry = tree.loads.get(name);
  if (!entry) {
    entry = { load, tree: emptyTree() };
    tree.loads.set(name, entry);
  }
  return entry.tree;
}

/**
 * Keeps the first `max` loads of the tree, level by level (the ones nearest the root first), and
 * drops the others: a statement with hundreds of nested subqueries takes Neo4j longer to plan
 * than the loaders take to answer them. Dropped loads are made by the loaders, level by level.
 * Returns how many loads were dropped.
 */
export function limitTree(tree: PrefetchTree, max: number): number {
  let kept = 0;
  let dropped = 0;
  let level = [tree];
  while (level.length > 0) {
    const next: PrefetchTree[] = [];
    for (const node of level) {
      for (const [name, entry] of node.loads) {
        if (kept < max) {
          kept += 1;
          next.push(entry.tree);
        } else {
          node.loads.delete(name);
          dropped += 1 + countLoads(entry.tree);
        }
      }
    }
    level = next;
  }
  return dropped;
}

function countLoads(tree: PrefetchTree): number {
  return [...tree.loads.values()].reduce((sum, entry) => sum + 1 + countLoads(entry.tree), 0);
}

/** The variables the relation Cypher of related.ts uses; each nested use gets its own names. */
const RELATION_VARIABLES = /(?<![\w.:`$])(n|m|r|s|x|p|distance|sort)\b/g;

/** A relation's Cypher with its variables renamed: `n` to `source`, the others suffixed. */
export function relationCypher(
  rel: Relation,
  source: string,
  suffix: number,
): { cypher: string; m: string; sort: string } {
  const cypher = RELATIONS[rel].cypher.replace(RELATION_VARIABLES, (name) =>
    name === 'n' ? source : `${name}_${suffix}`,
  );
  return { cypher, m: `m_${suffix}`, sort: `sort_${suffix}` };
}

function loadExpression(v: string, load: Load, tree: PrefetchTree, next: () => number): string {
  const suffix = next();
  if (load.kind === 'obligationCitation') return obligationCitationExpression(v, suffix);
  if (load.kind === 'obligationPage')
    return obligationPageExpression(v, load, (o) => prefetchProjection(o, tree, next), suffix);
  if (load.kind === 'mentionPage')
    return mentionPageExpression(v, load, (n) => prefetchProjection(n, tree, next), suffix);
  let head = '';
  let source = v;
  if (load.key !== 'id') {
    source = `src_${suffix}`;
    head = `MATCH (${source}:Entity {id: ${v}.${load.key}}) `;
  }
  if (load.rel === 'self') {
    // At most one row: no ordering, which costs a sort per row.
    const m = `m_${suffix}`;
    const match = load.key === 'id' ? `WITH ${v} AS ${m}` : `MATCH (${m}:Entity {id: ${v}.${load.key}})`;
    return `COLLECT { ${match} RETURN ${prefetchProjection(m, tree, next)} }`;
  }
  const { cypher, m, sort } = relationCypher(load.rel, source, suffix);
  const at = cypher.lastIndexOf('RETURN ');
  const body = cypher.slice(0, at).replace(/\s+/g, ' ');
  const returned = cypher.slice(at + 'RETURN '.length).replace(/\s+/g, ' ');
  return `COLLECT { ${head}${body}WITH ${returned} ORDER BY ${sort} RETURN ${prefetchProjection(m, tree, next)} }`;
}

/**
 * The row of `v`: `nodeLabel`, `id` and the properties the tree names (all of them when it
 * says so; `addLoad` has added the keys its loads go through), with, under PREFETCH_KEY, every load of the tree: a
 * list of rows for a relation, a row or null for an obligation's citation, `totalCount` and
 * `rows` for a page of obligations. A property the node
 * does not have comes back null.
 */
export function prefetchProjection(v: string, tree: PrefetchTree, next: () => number = counter()): string {
  const entries: string[] = [];
  if (tree.all) entries.push('.*');
  else entries.push(...[...new Set(['id', ...[...tree.props].sort()])].map((prop) => `.\`${prop}\``));
  entries.push(`nodeLabel: ${nodeLabel(v)}`);
  if (!isEmptyTree(tree)) {
    const loads = [...tree.loads].map(
      ([name, entry]) => `\`${name}\`: ${loadExpression(v, entry.load, entry.tree, next)}`,
    );
    entries.push(`${PREFETCH_KEY}: {${loads.join(', ')}}`);
  }
  return `${v} {${entries.join(', ')}}`;
}

function counter(): () => number {
  let n = 0;
  return () => ++n;
}

/** One node by id with its prefetched loads: one row `row`, or none when the id is unknown. */
export function nodeWithPrefetchQuery(id: string, tree: PrefetchTree): Query {
  return {
    cypher: `MATCH (v:Entity {id: $id})\nRETURN ${prefetchProjection('v', tree)} AS row`,
    params: { id },
  };
}
