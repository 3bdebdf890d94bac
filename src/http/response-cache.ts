/**
 * A server-side cache of complete GraphQL answers. The graph changes only when a text is loaded,
 * so an answer stays true for as long as the graph version it was computed under: entries are
 * keyed on that version and on everything that decides the answer (the same digest as the ETag,
 * ./http-cache.ts: the document or its persisted-query hash, the operation name, the variables —
 * languages are arguments, so they are in there —, the extensions and the Accept header), and the
 * whole cache is dropped the first time a request sees another graph version.
 *
 * Contract:
 * - only a complete, successful answer is kept (status 200, no `errors`: never an error, never a
 *   partial answer), and only when the graph version did not change while it was computed;
 * - the cache never holds more than `maxBytes`: each entry counts the UTF-8 bytes of its body, its
 *   key and headers, and a fixed overhead; least recently used entries go first, and an answer
 *   larger than an eighth of the budget is not kept, so that one large answer cannot flush the rest;
 * - a hit is only ever the answer to a request identical (in what decides the answer) to one that
 *   was parsed, validated, checked against every limit and answered before, under the same graph
 *   version: the route serves it without an admission turn and without Apollo.
 *
 * Bodies are stored as Buffers of their own (not slices of Node's shared pool, whose 8 kB slabs a
 * small slice would keep alive), so that the byte count is what the cache really holds.
 */
import { LRUCache } from 'lru-cache';

/** A complete answer, as sent: status 200, Apollo's headers (content type), the body's bytes. */
export interface CachedAnswer {
  headers: [string, string][];
  body: Buffer;
}

export interface ResponseCacheOptions {
  /** Most bytes the cache holds, all entries counted (RESPONSE_CACHE_MAX_BYTES). */
  maxBytes: number;
}

/** What an entry costs beyond its body, key and headers: the Buffer, the entry and the LRU's slots. */
export const ENTRY_OVERHEAD_BYTES = 256;

export interface ResponseCacheStats {
  /** Bytes held, as counted against `maxBytes`. */
  bytes: number;
  maxBytes: number;
  entries: number;
  hits: number;
  misses: number;
  stored: number;
  /** Times the whole cache was dropped because the graph version changed. */
  invalidations: number;
}

export class ResponseCache {
  private readonly lru: LRUCache<string, CachedAnswer>;
  private graphKey: string | null = null;
  private counts = { hits: 0, misses: 0, stored: 0, invalidations: 0 };

  constructor(readonly options: ResponseCacheOptions) {
    this.lru = new LRUCache<string, CachedAnswer>({
      maxSize: options.maxBytes,
      maxEntrySize: Math.max(1, Math.floor(options.maxBytes / 8)),
      sizeCalculation: (answer, key) => entrySize(key, answer),
    });
  }

  /** The answer kept for `key` under `graphKey`, if any. A new graph version empties the cache first. */
  get(graphKey: string, key: string): CachedAnswer | undefined {
    this.follow(graphKey);
    const answer = this.lru.get(key);
    if (answer) this.counts.hits += 1;
    else this.counts.misses += 1;
    return answer;
  }

  /**
   * Keeps a successful answer computed under `graphKey`; returns whether it was kept. Refused: an
   * answer from a graph version other than the one the cache last saw (a request that began before
   * a load and ended after it), or too large for the budget.
   */
  set(graphKey: string, key: string, headers: [string, string][], body: string): boolean {
    if (graphKey !== this.graphKey) return false;
    const bytes = Buffer.allocUnsafeSlow(Buffer.byteLength(body));
    bytes.write(body);
    const answer: CachedAnswer = { headers, body: bytes };
    if (entrySize(key, answer) > this.lru.maxEntrySize) return false;
    this.lru.set(key, answer);
    const kept = this.lru.has(key);
    if (kept) this.counts.stored += 1;
    return kept;
  }

  get stats(): ResponseCacheStats {
    return {
      bytes: this.lru.calculatedSize,
      maxBytes: this.options.maxBytes,
      entries: this.lru.size,
      ...this.counts,
    };
  }

  /** Drops everything kept under another graph version. */
  private follow(graphKey: string): void {
    if (graphKey === this.graphKey) return;
    if (this.lru.size > 0) this.counts.invalidations += 1;
    this.lru.clear();
    this.graphKey = graphKey;
  }
}

function entrySize(key: string, answer: CachedAnswer): number {
  let headerBytes = 0;
  for (const [name, value] of answer.headers) headerBytes += name.length + value.length;
  return answer.body.length + key.length + headerBytes + ENTRY_OVERHEAD_BYTES;
}
