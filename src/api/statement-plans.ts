/**
 * Which look-ahead statements Neo4j has planned, each known by its `planKey`. A root field's look-ahead (./prefetch.ts) turns
 * its whole selection into one statement whose text depends on the selection's shape; a shape
 * Neo4j has not seen costs 0.35–1.2 s of planning, while the batched loaders' statements are few
 * and planned once. So a root field sends its look-ahead statement only once that text has been
 * planned; until then it answers through the loaders, and the statement is run once off the
 * request path, one at a time, which plans it (and its answer is dropped). The frontends' repeated
 * shapes are thus one statement each from their second request on, while a stream of one-off
 * shapes — a researcher's own queries, or an attacker's thousands — never waits for planning and
 * never makes Neo4j plan more than one statement at a time.
 *
 * Contract: `isPlanned` is true only for a text whose warm-up ran to completion without error;
 * at most `maxQueued` warm-ups asked by requests wait (more are dropped, to be asked again by a
 * later request; those asked by the server itself, `warm`, are never dropped), at
 * most one runs at a time, and a text is queued at most once at a time. At most `maxPlanned`
 * texts are remembered (least recently used first out), about what Neo4j's own query cache holds
 * (`server.db.query_cache_size`, 1,000 by default), so that a text Neo4j evicted is warmed again;
 * sightings of at most ten times as many texts are counted, the least recently seen forgotten.
 */
import { LRUCache } from 'lru-cache';
import neo4j from 'neo4j-driver';
import type { Query } from '../graph/database';

/**
 * What Neo4j keeps a plan under: the statement's text and the types of its parameters (a
 * statement planned with a null where a later request sends a text is planned again). A list's
 * type names its elements' types; a map's does not.
 */
export function planKey(query: Query): string {
  let key = planKeys.get(query);
  if (key === undefined) {
    const types = Object.keys(query.params)
      .sort()
      .map((name) => `${name}: ${typeOf(query.params[name])}`);
    key = `${query.cypher}\n// ${types.join(', ')}`;
    planKeys.set(query, key);
  }
  return key;
}

/** Keys already made, per statement object: a statement the StatementCache hands out again is not keyed again. */
const planKeys = new WeakMap<Query, string>();

function typeOf(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (Array.isArray(value)) return `LIST<${[...new Set(value.map(typeOf))].sort().join(' | ')}>`;
  if (neo4j.isInt(value)) return 'INTEGER';
  if (typeof value === 'object') return 'MAP';
  return typeof value === 'number' ? 'FLOAT' : typeof value === 'string' ? 'STRING' : 'BOOLEAN';
}

export interface StatementPlansOptions {
  /** Texts remembered as planned. */
  maxPlanned?: number;
  /** Warm-ups waiting at most; more are dropped. */
  maxQueued?: number;
  /** Requests of a text before it is warmed up (`seen`); 1: at the first. */
  minSightings?: number;
  /** Told of a warm-up that failed (it is not retried until a request asks again). */
  onError?: (error: unknown) => void;
}

export interface StatementPlansState {
  planned: number;
  queued: number;
  warming: boolean;
  warmed: number;
  dropped: number;
  failed: number;
}

export class StatementPlans {
  private readonly planned: LRUCache<string, true>;
  private readonly sightings: LRUCache<string, number>;
  private readonly minSightings: number;
  private readonly queue = new Map<string, () => Promise<unknown>>();
  /** The texts of `queue` that requests asked for (`seen`): those count against `maxQueued`. */
  private readonly asked = new Set<string>();
  private readonly maxQueued: number;
  private readonly onError: (error: unknown) => void;
  private running: Promise<void> | null = null;
  private counts = { warmed: 0, dropped: 0, failed: 0 };

  constructor(options: StatementPlansOptions = {}) {
    const maxPlanned = options.maxPlanned ?? 1_000;
    this.planned = new LRUCache<string, true>({ max: maxPlanned });
    this.sightings = new LRUCache<string, number>({ max: maxPlanned * 10 });
    this.minSightings = Math.max(1, options.minSightings ?? 1);
    this.maxQueued = options.maxQueued ?? 32;
    this.onError = options.onError ?? (() => {});
  }

  isPlanned(text: string): boolean {
    return this.planned.get(text) === true;
  }

  /**
   * A request asks for `text`: true when it is planned (send it); otherwise its sighting is
   * counted and, from the `minSightings`-th on, `run` is queued to warm it up — unless
   * `maxQueued` warm-ups already wait: then it is dropped, for a later request to ask again.
   */
  seen(text: string, run: () => Promise<unknown>): boolean {
    if (this.isPlanned(text)) return true;
    const sightings = (this.sightings.get(text) ?? 0) + 1;
    this.sightings.set(text, sightings);
    if (sightings < this.minSightings || this.queue.has(text)) return false;
    if (this.asked.size >= this.maxQueued) {
      this.counts.dropped += 1;
      return false;
    }
    this.asked.add(text);
    this.warm(text, run);
    return false;
  }

  /** Forgets every planned text, e.g. once Neo4j's plan cache has been emptied. Sightings are kept. */
  forget(): void {
    this.planned.clear();
  }

  /** Runs `run` (the statement of `text`) off the request path, unless it is planned or queued. */
  warm(text: string, run: () => Promise<unknown>): void {
    if (this.planned.has(text) || this.queue.has(text)) return;
    this.queue.set(text, run);
    this.running ??= this.drain();
  }

  /** Resolves when no warm-up is queued or running (for tests and an orderly stop). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  get state(): StatementPlansState {
    return { planned: this.planned.size, queued: this.queue.size, warming: this.running !== null, ...this.counts };
  }

  private async drain(): Promise<void> {
    // Let the request that queued the first warm-up answer before the warm-up takes a connection.
    await new Promise((resolve) => setImmediate(resolve));
    for (let next = this.queue.entries().next(); !next.done; next = this.queue.entries().next()) {
      const [text, run] = next.value;
      try {
        await run();
        this.planned.set(text, true);
        this.counts.warmed += 1;
      } catch (error) {
        this.counts.failed += 1;
        this.onError(error);
      } finally {
        this.queue.delete(text);
        this.asked.delete(text);
      }
    }
    this.running = null;
  }
}
