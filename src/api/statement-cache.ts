/**
 * Built look-ahead statements, kept per root field, selection and argument values. A root field's
 * look-ahead (./resolvers/look-up.ts) is a pure function of the tree of what its selection loads
 * (../graph/queries/prefetch.ts) and of its arguments: building it as a `@neo4j/cypher-builder`
 * tree and rendering it took 10–15 % of the server's CPU per request under load (a CPU profile
 * at c=10 on the contract operations), more than graphql-js's whole execution of the answer. A
 * repeated request — a frontend's page asked again with the same variables — now takes its
 * `{ cypher, params }` from here and builds nothing; a new one builds as before. Nothing of the
 * graph is kept: the statement still runs on every request.
 *
 * Contract: `get(key, build)` returns what `build()` returns for that key, built at most once
 * while the entry is kept; entries are evicted least recently used first, so that the texts and
 * parameters held stay under `maxBytes` (one statement larger than an eighth of it is not kept).
 * The returned query is shared: callers must not change it.
 */
import { LRUCache } from 'lru-cache';
import type { Query } from '../graph/database';
import type { PrefetchTree } from '../graph/queries/prefetch';
import { stableJson } from './stable-json';

/** The bytes kept by default: about 400 statements of the size of the largest contract operation's. */
export const DEFAULT_STATEMENT_CACHE_BYTES = 8 * 1024 * 1024;

export interface StatementCacheStats {
  entries: number;
  bytes: number;
  maxBytes: number;
  hits: number;
  misses: number;
}

/** What one entry costs, roughly: its key, its text and its parameters as JSON, in UTF-16 code units × 2. */
function entryBytes(key: string, query: Query): number {
  return 2 * (key.length + query.cypher.length + JSON.stringify(query.params).length);
}

export class StatementCache {
  private readonly entries: LRUCache<string, Query>;
  private counts = { hits: 0, misses: 0 };

  constructor(readonly maxBytes = DEFAULT_STATEMENT_CACHE_BYTES) {
    this.entries = new LRUCache<string, Query>({ maxSize: maxBytes, maxEntrySize: maxBytes / 8 });
  }

  get(key: string, build: () => Query): Query {
    const kept = this.entries.get(key);
    if (kept) {
      this.counts.hits += 1;
      return kept;
    }
    this.counts.misses += 1;
    const query = build();
    this.entries.set(key, query, { size: entryBytes(key, query) });
    return query;
  }

  get stats(): StatementCacheStats {
    return {
      entries: this.entries.size,
      bytes: this.entries.calculatedSize,
      maxBytes: this.maxBytes,
      ...this.counts,
    };
  }
}

/**
 * The shape of a prefetch tree as text: its properties (sorted, as the projection writes them),
 * then each load by name in the tree's order (the order the statement nests them in) with its
 * own tree. Load names carry the load's values (a page's window, its modalities), so two trees
 * with the same key build the same statement.
 */
export function treeKey(tree: PrefetchTree): string {
  const props = tree.all ? '*' : [...tree.props].sort().join(',');
  const loads = [...tree.loads].map(([name, entry]) => `${JSON.stringify(name)}:${treeKey(entry.tree)}`);
  return `${props}{${loads.join(',')}}`;
}

/** The key of a root field's look-ahead: the field, its arguments as the statement takes them, and its tree's `treeKey`. */
export function statementKey(field: string, values: unknown, tree: string): string {
  return `${field}\u0000${stableJson(values)}\u0000${tree}`;
}
