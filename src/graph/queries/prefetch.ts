/**
 * Prefetching: the rows a request will need below a node, fetched with the node in ONE statement.
 * A prefetch tree says, for a node, which loads its fields will make (a relation from the node
 * or from a node whose id it holds, or what the citation of an obligation is made of) and, for
 * each, the tree of the rows it returns. `prefetchProjection` turns the tree into a Cypher map
 * projection in which every load is a nested COLLECT subquery, built from the same relation
 * Cypher and the same row projection as the batched loaders, so that a prefetched load returns
 * exactly what its loader would. The loaders are then primed with the rows (loaders.ts).
 */
import type { Query } from '../database';
import { obligationCitationExpression } from './obligations';
import { nodeRow } from './node-row';
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

export type Load = RelationLoad | ObligationCitationLoad;

export interface PrefetchTree {
  /** By load name (`loadName`): the load, and what to fetch along with each row it returns. */
  loads: Map<string, { load: Load; tree: PrefetchTree }>;
}

/** The key under which a projected row carries its prefetched loads, until they are primed. */
export const PREFETCH_KEY = '__prefetch';

export function emptyTree(): PrefetchTree {
  return { loads: new Map() };
}

export function isEmptyTree(tree: PrefetchTree): boolean {
  return tree.loads.size === 0;
}

/** `sections`, `self@resolutionId`, `obligationCitation`: unique per load, a valid map key once quoted. */
export function loadName(load: Load): string {
  if (load.kind === 'obligationCitation') return load.kind;
  return load.key === 'id' ? load.rel : `${load.rel}@${load.key}`;
}

/** The entry for `load` in `tree`, added if absent: its subtree collects what its rows need. */
export function addLoad(tree: PrefetchTree, load: Load): PrefetchTree {
  const name = loadName(load);
  let entry = tree.loads.get(name);
  if (!entry) {
    entry = { load, tree: emptyTree() };
    tree.loads.set(name, entry);
  }
  return entry.tree;
}

/** The variables the relation Cypher of related.ts uses; each nested use gets its own names. */
const RELATION_VARIABLES = /(?<![\w.:`$])(n|m|r|s|x|p|distance|sort)\b/g;

/** A relation's Cypher with its variables renamed: `n` to `source`, the others suffixed. */
export function relationCypher(rel: Relation, source: string, suffix: number): { cypher: string; m: string; sort: string } {
  const cypher = RELATIONS[rel].cypher.replace(RELATION_VARIABLES, (name) => (name === 'n' ? source : `${name}_${suffix}`));
  return { cypher, m: `m_${suffix}`, sort: `sort_${suffix}` };
}

function loadExpression(v: string, load: Load, tree: PrefetchTree, next: () => number): string {
  const suffix = next();
  if (load.kind === 'obligationCitation') return obligationCitationExpression(v, suffix);
  let head = '';
  let source = v;
  if (load.key !== 'id') {
    source = `src_${suffix}`;
    head = `MATCH (${source}:Entity {id: ${v}.${load.key}}) `;
  }
  const { cypher, m, sort } = relationCypher(load.rel, source, suffix);
  const at = cypher.lastIndexOf('RETURN ');
  const body = cypher.slice(0, at).replace(/\s+/g, ' ');
  const returned = cypher.slice(at + 'RETURN '.length).replace(/\s+/g, ' ');
  return `COLLECT { ${head}${body}WITH ${returned} ORDER BY ${sort} RETURN ${prefetchProjection(m, tree, next)} }`;
}

/**
 * The row projection of `v` (as `nodeRow` makes it) with, under PREFETCH_KEY, every load of
 * `tree`: a list of rows for a relation, a row or null for an obligation's citation.
 */
export function prefetchProjection(v: string, tree: PrefetchTree, next: () => number = counter()): string {
  if (isEmptyTree(tree)) return nodeRow(v);
  const entries = [...tree.loads].map(([name, entry]) => `\`${name}\`: ${loadExpression(v, entry.load, entry.tree, next)}`);
  return `${nodeRow(v).slice(0, -1)}, ${PREFETCH_KEY}: {${entries.join(', ')}}}`;
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
