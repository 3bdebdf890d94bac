/**
 * The one way the code talks to Neo4j: reads as single auto-commit statements, writes through
 * `executeWrite`, always naming the database (it saves the home-database round trip and routes
 * reads to readers in a cluster) and always with a transaction timeout.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { isRetryableError, type Driver, type ManagedTransaction } from 'neo4j-driver';

/** How long a read is retried on retryable errors (the driver's maxTransactionRetryTime for writes). */
export const READ_RETRY_MS = 3_000;

/** A Cypher statement and its parameters, as the pure query builders return it. */
export interface Query {
  cypher: string;
  params: Record<string, unknown>;
  /** The graph's rows a write statement writes, for progress (default: the length of `params.rows`). */
  rows?: number;
}

export type Row = Record<string, unknown>;

/** Counts the queries sent, e.g. per GraphQL request, to show what batching saves. */
export interface RoundTripCounter {
  count: number;
}

export interface ReadOptions {
  counter?: RoundTripCounter;
  /**
   * Cancels the read: a statement still running is stopped (its session is closed, which resets
   * the Bolt connection and rolls the statement back in Neo4j), and the read rejects with the
   * signal's reason.
   */
  signal?: AbortSignal;
}

/**
 * `run()` without the stack the driver captures for every statement (a `new Error().stack`, to
 * put the caller's frames on an error Neo4j returns later): formatting it, through the source
 * maps that tsx turns on, took 4–7 % of the server's CPU under load (CPU profile at c=10). A
 * read's error never shows the driver's stack to a client (./errors.ts in src/api makes it a
 * typed error), so a read keeps only the message. The driver builds the stack synchronously
 * inside `session.run`, so the limit is back before anything else runs.
 */
function runWithoutCallerStack<T>(run: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return run();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

export class Database {
  constructor(
    readonly driver: Driver,
    readonly name: string,
    private readonly timeoutMs = 10_000,
  ) {}

  /**
   * Runs one read query and returns its records as plain objects. A single read statement
   * needs no explicit transaction: it runs in an auto-commit one (RUN and PULL, no BEGIN and
   * COMMIT: one network round trip instead of two), and is retried, as the driver's managed
   * transactions would be, on errors Neo4j calls retryable (unreachable, leader lost,
   * transient) until READ_RETRY_MS has passed.
   */
  async read(query: Query, options: ReadOptions = {}): Promise<Row[]> {
    const deadline = Date.now() + READ_RETRY_MS;
    for (let attempt = 0; ; attempt += 1) {
      options.signal?.throwIfAborted();
      try {
        return await this.readOnce(query, options);
      } catch (error) {
        options.signal?.throwIfAborted();
        if (!isRetryableError(error) || Date.now() >= deadline) throw error;
        await sleep(Math.min(100 * 2 ** attempt, 1_000, Math.max(0, deadline - Date.now())));
      }
    }
  }

  private async readOnce(query: Query, { counter, signal }: ReadOptions): Promise<Row[]> {
    if (counter) counter.count += 1;
    const session = this.driver.session({ database: this.name, defaultAccessMode: 'READ' });
    const cancel = () => void session.close().catch(() => {});
    signal?.addEventListener('abort', cancel, { once: true });
    try {
      const result = await runWithoutCallerStack(() =>
        session.run(query.cypher, query.params, { timeout: this.timeoutMs }),
      );
      return result.records.map((record) => record.toObject());
    } finally {
      signal?.removeEventListener('abort', cancel);
      await session.close();
    }
  }

  /** Runs `work` in one write transaction: all of it is committed, or none of it. */
  async write<T>(work: (tx: ManagedTransaction) => Promise<T>, timeoutMs = 300_000): Promise<T> {
    const session = this.driver.session({ database: this.name });
    try {
      return await session.executeWrite(work, { timeout: timeoutMs });
    } finally {
      await session.close();
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
