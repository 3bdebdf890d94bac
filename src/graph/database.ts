/**
 * The one way the code talks to Neo4j: reads through `executeRead`, writes through
 * `executeWrite`, always naming the database (it saves the home-database round trip and routes
 * reads to readers in a cluster) and always with a transaction timeout.
 */
import type { Driver, ManagedTransaction } from 'neo4j-driver';

/** A Cypher statement and its parameters, as the pure query builders return it. */
export interface Query {
  cypher: string;
  params: Record<string, unknown>;
}

export type Row = Record<string, unknown>;

/** Counts the queries sent, e.g. per GraphQL request, to show what batching saves. */
export interface RoundTripCounter {
  count: number;
}

export class Database {
  constructor(
    readonly driver: Driver,
    readonly name: string,
    private readonly timeoutMs = 10_000,
  ) {}

  /** Runs one read query and returns its records as plain objects. */
  async read(query: Query, counter?: RoundTripCounter): Promise<Row[]> {
    if (counter) counter.count += 1;
    const session = this.driver.session({ database: this.name, defaultAccessMode: 'READ' });
    try {
      return await session.executeRead(
        async (tx) => {
          const result = await tx.run(query.cypher, query.params);
          return result.records.map((record) => record.toObject() as Row);
        },
        { timeout: this.timeoutMs },
      );
    } finally {
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
