/**
 * The one helper through which tests reach Neo4j. With NEO4J_URI set, the suite uses that
 * database; otherwise global-setup starts the local embedded Neo4j once for the whole run,
 * on its own port and a fresh data directory, and global-teardown stops it.
 */
import { readConfig } from '../../src/config';
import { Database } from '../../src/graph/database';
import { createDriver } from '../../src/graph/driver';
import { clearDatabase } from '../../src/graph/clear';
import { seedDatabase } from '../../src/graph/seed';

export const TEST_DATA_DIR = process.env.NEO4J_TEST_DATA_DIR ?? 'data-test';
export const TEST_PORT = Number(process.env.NEO4J_TEST_PORT ?? 7688);

/** @param readTimeoutMs the transaction timeout of reads; the application's default when omitted. */
export function testDatabase(readTimeoutMs?: number): Database {
  const config = readConfig();
  if (!config.neo4j.uri) throw new Error('NEO4J_URI is not set: the integration global-setup did not run');
  return new Database(createDriver({ ...config.neo4j, uri: config.neo4j.uri }), config.neo4j.database, readTimeoutMs);
}

/**
 * An empty database with only the seed in it: what a test that asserts on answers needs, even
 * after an earlier run (or an interrupted load test) left other resolutions behind.
 */
export async function seedCleanGraph(db: Database): Promise<void> {
  await clearDatabase(db);
  await seedDatabase(db);
}

/**
 * For a suite that asks `server` about the seed: registers a `beforeAll` that seeds a clean graph
 * and starts the server, and an `afterAll` that stops both. Returns the database, for the
 * suite's tests (it exists once the `beforeAll` has run). `readTimeoutMs`: as for `testDatabase`.
 */
export function useSeededServer(
  server: { start(): Promise<unknown>; stop(): Promise<unknown> },
  readTimeoutMs?: number,
): () => Database {
  let db: Database | undefined;
  beforeAll(async () => {
    db = testDatabase(readTimeoutMs);
    await seedCleanGraph(db);
    await server.start();
  }, 180_000);
  afterAll(async () => {
    await server.stop();
    await db?.close();
  });
  return () => {
    if (!db) throw new Error('expected the seeded database of useSeededServer, found none: used outside the suite');
    return db;
  };
}
