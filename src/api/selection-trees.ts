/**
 * Prefetch trees kept per selection and variable values. A root field's tree (./prefetch.ts) is a
 * pure function of its field nodes — they fix the field, the literals of its arguments and the
 * fragments of their document — and of the request's variable values. Apollo keeps a parsed
 * document across requests, so a repeated request brings the very same field nodes, and its tree
 * and tree key (./statement-cache.ts) come from here instead of a walk of the selection each time
 * (the walk and the key were about 4 % of the server's CPU on the actor page of the contract, in a
 * CPU profile at c=10).
 *
 * Contract: `selectionTree(info)` returns what `prefetchTree(info)` returns, with its `treeKey`,
 * computed at most once while the entry is kept; entries are evicted least recently used first,
 * within a byte budget (variable values can be large, and each set of them is an entry). A field
 * node is known by identity only (a number given on first sight, in a WeakMap), so a node that
 * is collected takes nothing with it but an entry that will be evicted. The tree is shared:
 * callers must not change it.
 */
import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { PrefetchTree } from '../graph/queries/prefetch';
import { prefetchTree } from './prefetch';
import { stableJson } from './stable-json';
import { treeKey } from './statement-cache';

export interface SelectionTree {
  tree: PrefetchTree;
  /** `treeKey(tree)`. */
  key: string;
}

/** The bytes kept, roughly: a few thousand trees of the contract operations' size. */
const MAX_BYTES = 4 * 1024 * 1024;

/** What an entry costs, roughly: its key and its tree's key in UTF-16 code units × 2, and the objects. */
const OVERHEAD_BYTES = 256;

const TREES = new LRUCache<string, SelectionTree>({
  maxSize: MAX_BYTES,
  maxEntrySize: MAX_BYTES / 8,
  sizeCalculation: (kept, key) => 2 * (key.length + kept.key.length) + OVERHEAD_BYTES,
});

const NODE_IDS = new WeakMap<FieldNode, number>();
let nextNodeId = 0;

function nodeId(node: FieldNode): number {
  let id = NODE_IDS.get(node);
  if (id === undefined) {
    id = nextNodeId++;
    NODE_IDS.set(node, id);
  }
  return id;
}

/** The tree of what the resolvers below the field being resolved will load and read, and its key. */
export function selectionTree(info: GraphQLResolveInfo): SelectionTree {
  const nodes = info.fieldNodes.map(nodeId).join(',');
  const key = `${info.parentType.name}.${info.fieldName}\u0000${nodes}\u0000${stableJson(info.variableValues)}`;
  let kept = TREES.get(key);
  if (kept === undefined) {
    const tree = prefetchTree(info);
    kept = { tree, key: treeKey(tree) };
    TREES.set(key, kept);
  }
  return kept;
}
