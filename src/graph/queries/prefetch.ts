/**
 * Prefetching: the rows a request will need below a node, fetched with the node in ONE statement.
 * A prefetch tree says, for a node, which loads its fields will make (a relation from the node
 * or from a node whose id it holds, a page of its obligations or of the texts that mention it, or
 * what the citation of an
 * obligation is made of) and, for each, the tree of the rows it returns. `prefetchProjection`
 * turns the tree into a map projection in which every load is a nested COLLECT subquery, built
 * from the same relation trees as the batched loaders, so that a prefetched load returns the same
 * rows in the same order; each row holds only the properties its resolvers read, and carries its
 * own loads, so that rows fetched for one selection are never mistaken for rows fetched for another.
 *
 * The statement's text depends only on the tree's shape: the values of a load (a page's offset,
 * limit, modalities) are parameters, and the pages of one node travel as one list, each page
 * tagged with its key (a parameter), so that no value names a map key either.
 */
import type { Query } from '../database';
import { Cypher, param, nodeLabelOf } from './cypher';
import { mentionPageExpression, type MentionPageOf } from './mentions';
import {
  obligationCitationTextExpression,
  obligationPageExpression,
  type CitationLang,
  type ObligationPageOf,
} from './obligations';
import { SELF, type Relation } from './related';

/** A relation from the node itself (`key` 'id') or from the node whose id it holds in `key`. */
export interface RelationLoad {
  kind: 'relation';
  relation: Relation;
  key: string;
  /**
   * For the node whose id the row holds (`SELF` by a key other than 'id'): the label it must
   * have, matched by the statement (`nodeAtLoad`), so that its row need not carry its label for
   * the resolver to check; a node of another label is not fetched.
   */
  label?: string;
}

/** The citation of an obligation in one language: a string, or null. */
export interface ObligationCitationLoad {
  kind: 'obligationCitation';
  lang: CitationLang;
}

/** A page of the obligations of the node (an actor, a resolution): the rows are obligations. */
export interface ObligationPageLoad extends ObligationPageOf {
  kind: 'obligationPage';
}

/** A page of the texts that mention the node (an actor): the rows are {count, node}. */
export interface MentionPageLoad extends MentionPageOf {
  kind: 'mentionPage';
}

/** The loads whose value is a page: prefetched as one list of pages per row. */
export type PageLoad = ObligationPageLoad | MentionPageLoad;

export type Load = RelationLoad | ObligationCitationLoad | PageLoad;

export interface PrefetchTree {
  /** By load name (`loadName`): the load, and what to fetch along with each row it returns. */
  loads: Map<string, { load: Load; tree: PrefetchTree }>;
  /**
   * The properties the rows' resolvers read (besides `id`), the keys of the loads `limitTree`
   * dropped, and NODE_LABEL when something reads the row's label: `__resolveType` of an abstract
   * type, a resolver that checks it.
   */
  props: Set<string>;
  /** Every property: for rows read by code that does not say which (a field computed from them). */
  all: boolean;
}

/**
 * The row's label beside `Entity` (`nodeLabelOf`), projected only when the tree's props name it:
 * on a page of 21 obligations with their actors, resolutions and provisions, it was 11 % of the
 * bytes and of Neo4j's db hits, mostly on rows whose GraphQL type already says what they are.
 */
export const NODE_LABEL = 'nodeLabel';

/**
 * A projected row carries each prefetched load beside its properties, under the load's name
 * after this prefix, which no stored property starts with: one map per row, not a map of loads
 * in each (on 01's statement, the nested maps were 9 % of the bytes).
 */
export const PREFETCH_PREFIX = '@';

/** The load name, after PREFETCH_PREFIX, of the list of prefetched pages (each with its `key`, its load's name). */
export const PAGES = 'pages';

export function emptyTree(): PrefetchTree {
  return { loads: new Map(), props: new Set(), all: false };
}

export function isEmptyTree(tree: PrefetchTree): boolean {
  return tree.loads.size === 0;
}

/** The node of `label` whose id a row holds in `key` (a provision's section): matched with its label. */
export function nodeAtLoad(label: string, key: string): RelationLoad {
  return { kind: 'relation', relation: SELF, key, label };
}

/**
 * `sections`, `self@sourceId`, `Resolution@resolutionId`, `obligationCitation:EN`,
 * `obligations:actor:…`: unique per load.
 */
export function loadName(load: Load): string {
  if (load.kind === 'obligationCitation') return `${load.kind}:${load.lang}`;
  if (load.kind === 'mentionPage') return `mentions:${load.offset}:${load.limit}`;
  if (load.kind === 'obligationPage') {
    const { by, role, includeSubordinates, modalities, offset, limit } = load;
    return `obligations:${by}:${role}:${includeSubordinates}:${modalities?.join('+') ?? '*'}:${offset}:${limit}`;
  }
  if (load.key === 'id') return load.relation.name;
  // a label names a node by key (`nodeAtLoad`); relations are named in lower case
  return `${load.label ?? load.relation.name}@${load.key}`;
}

/**
 * The entry for `load` in `tree`, added if absent: its subtree collects what its rows need. The
 * id the load goes through is not a property of the tree's rows while the load is prefetched:
 * `limitTree` adds it when it drops the load, which the loaders then make from it.
 */
export function addLoad(tree: PrefetchTree, load: Load): PrefetchTree {
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
 * than the loaders take to answer them. Dropped loads are made by the loaders, level by level,
 * from the id each goes through, which becomes a property of the rows that held the load.
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
          if (entry.load.kind === 'relation') node.props.add(entry.load.key);
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

/** The rows of a relation from `v` (or from the node whose id `v` holds in `load.key`), in order. */
function relationExpression(v: Cypher.Variable, load: RelationLoad, tree: PrefetchTree): Cypher.Expr {
  const byKey = load.key !== 'id';
  if (load.relation.name === 'self') {
    // At most one row: no ordering, which costs a sort per row.
    if (!byKey) return new Cypher.List([prefetchProjection(v, tree)]);
    const m = new Cypher.Node();
    const match = new Cypher.Match(
      new Cypher.Pattern(m, { labels: [load.label ?? 'Entity'], properties: { id: v.property(load.key) } }),
    );
    return new Cypher.Collect(Cypher.utils.concat(match, new Cypher.Return(prefetchProjection(m, tree))));
  }
  const source = byKey ? new Cypher.Node() : v;
  const head = byKey
    ? new Cypher.Match(new Cypher.Pattern(source, { labels: ['Entity'], properties: { id: v.property(load.key) } }))
    : undefined;
  const { clauses, target, sort } = load.relation.match(source);
  const order = new Cypher.Variable();
  return new Cypher.Collect(
    Cypher.utils.concat(
      head,
      ...clauses,
      new Cypher.With(target, [sort, order]).orderBy(order),
      new Cypher.Return(prefetchProjection(target, tree)),
    ),
  );
}

/** Each load of the tree under PREFETCH_PREFIX and its name, the pages as one list. */
function loadEntries(v: Cypher.Variable, tree: PrefetchTree, entries: Record<string, Cypher.Expr>): void {
  const pages: Cypher.Expr[] = [];
  for (const [name, { load, tree: subtree }] of tree.loads) {
    if (load.kind === 'obligationPage') {
      pages.push(obligationPageExpression(v, load, name, (o) => prefetchProjection(o, subtree)));
    } else if (load.kind === 'mentionPage') {
      pages.push(mentionPageExpression(v, load, name, (n) => prefetchProjection(n, subtree)));
    } else if (load.kind === 'obligationCitation') {
      entries[PREFETCH_PREFIX + name] = obligationCitationTextExpression(v, load.lang);
    } else {
      entries[PREFETCH_PREFIX + name] = relationExpression(v, load, subtree);
    }
  }
  if (pages.length > 0) entries[PREFETCH_PREFIX + PAGES] = new Cypher.List(pages);
}

/**
 * The row of `v`: `id` and the properties the tree names (all of them when it says so;
 * `limitTree` has added the keys of the loads it dropped), NODE_LABEL when the tree names it or
 * reads everything, and every load of the tree under PREFETCH_PREFIX and its name: a list of
 * rows for a relation, a string or null for an obligation's citation, and for PAGES a list of
 * pages (`key`, `totalCount`, `rows`).
 * A property the node does not have comes back null.
 */
export function prefetchProjection(v: Cypher.Variable, tree: PrefetchTree): Cypher.MapProjection {
  const props = tree.all ? '*' : [...new Set(['id', ...[...tree.props].filter((p) => p !== NODE_LABEL).sort()])];
  const extra: Record<string, Cypher.Expr> = {};
  if (tree.all || tree.props.has(NODE_LABEL)) extra[NODE_LABEL] = nodeLabelOf(v);
  loadEntries(v, tree, extra);
  return new Cypher.MapProjection(v, props, extra);
}

/**
 * One node by id with its prefetched loads: one row `row`, or none when the id is unknown. The
 * row carries NODE_LABEL whatever the tree reads: a lookup by id checks what it found.
 */
export function nodeWithPrefetchQuery(id: string, tree: PrefetchTree): Query {
  const v = new Cypher.Node();
  const labelled = { ...tree, props: new Set([...tree.props, NODE_LABEL]) };
  return new Cypher.Match(new Cypher.Pattern(v, { labels: ['Entity'], properties: { id: param(id) } }))
    .return([prefetchProjection(v, labelled), new Cypher.NamedVariable('row')])
    .build();
}
