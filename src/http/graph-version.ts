/**
 * The version of the graph being served, as the key of everything that may be reused between
 * requests: HTTP validators (./http-cache.ts) and any server-side cache of answers. It is the
 * graph's content hash and the time it was loaded (GraphMeta `version` and `loadedAt`), so
 * every load of the graph, even of the same text, yields a new one.
 *
 * It is read at start, again every `refreshMs` (a load by another process is seen within that
 * time), and whenever the readiness check reads another content hash. While Neo4j cannot be
 * reached the last version read is kept.
 */
import type { Database } from '../graph/database';

export interface GraphStamp {
  /** The content hash of the graph (seed and code). */
  version: string;
  /** When it was loaded, as Neo4j wrote it. */
  loadedAt: string;
}

export class GraphVersion {
  private stamp: GraphStamp | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly db: Database,
    private readonly refreshMs: number,
  ) {}

  /** Reads the version once, then keeps it fresh until `stop`. */
  async start(): Promise<void> {
    await this.refresh();
    if (this.refreshMs > 0) {
      this.timer = setInterval(() => void this.refresh(), this.refreshMs);
      this.timer.unref();
    }
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** The content hash, as GraphInfo reports it; null before a graph is loaded. */
  get version(): string | null {
    return this.stamp?.version ?? null;
  }

  /** One string that changes with every load: what caches key on; null before a graph is loaded. */
  get key(): string | null {
    return this.stamp ? `${this.stamp.version}@${this.stamp.loadedAt}` : null;
  }

  /** Reads GraphMeta again; keeps the last stamp when Neo4j does not answer. */
  async refresh(): Promise<string | null> {
    try {
      this.stamp = await readGraphStamp(this.db);
    } catch {
      // Neo4j unreachable: answers cannot be computed either, so nothing is served stale.
    }
    return this.key;
  }

  /** What the readiness check read: a content hash other than the one held means a reload. */
  noticeVersion(version: string | null): void {
    if (version !== this.version) void this.refresh();
  }
}

async function readGraphStamp(db: Database): Promise<GraphStamp | null> {
  const rows = await db.read({
    cypher: "MATCH (m:GraphMeta {id: 'graph'}) RETURN m.version AS version, toString(m.loadedAt) AS loadedAt",
    params: {},
  });
  const row = rows[0];
  if (!row || typeof row.version !== 'string') return null;
  return { version: row.version, loadedAt: typeof row.loadedAt === 'string' ? row.loadedAt : '' };
}
