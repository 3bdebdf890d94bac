/**
 * Connects to the configured Neo4j, or — with no NEO4J_URI — starts the local embedded one
 * (neo4j-local/, data in neo4j-local/data) and connects to that. `close()` stops the local
 * server again only if this process started it.
 */
import { type Neo4jConfig, redactUri } from '../config';
import { Database } from './database';
import { createDriver } from './driver';
import { type LocalNeo4j, startLocalNeo4j, stopLocalNeo4j } from './local-neo4j';

export const LOCAL_DATA_DIR = 'data';

export class Neo4jUnreachableError extends Error {
  override name = 'Neo4jUnreachableError';
}

export interface Connection {
  db: Database;
  uri: string;
  /** The user and password the driver uses, for child processes that connect too (benches). */
  credentials: { user: string; password: string };
  local: LocalNeo4j | null;
  close(): Promise<void>;
}

export interface ConnectOptions {
  log?: (message: string) => void;
  /** Where the local Neo4j keeps its data when NEO4J_URI is unset (default neo4j-local/data). */
  localDataDir?: string;
  /** Bolt port of the local Neo4j when NEO4J_URI is unset (default NEO4J_LOCAL_PORT). */
  localPort?: number;
}

export async function connect(config: Neo4jConfig, options: ConnectOptions = {}): Promise<Connection> {
  const log = options.log ?? (() => {});
  const dataDir = options.localDataDir ?? LOCAL_DATA_DIR;
  let local: LocalNeo4j | null = null;
  let uri = config.uri;
  if (uri === null) {
    local = await startLocalNeo4j({ port: options.localPort ?? config.localPort, dataDir, log });
    uri = local.uri;
  }
  // The local Neo4j has its own generated password (local-neo4j.ts); an external one, the configured.
  const credentials = local
    ? { user: local.user, password: local.password }
    : { user: config.user, password: config.password };
  const db = new Database(createDriver({ ...credentials, uri }), config.database);
  try {
    await db.driver.verifyConnectivity({ database: config.database });
  } catch (error) {
    await db.close();
    if (local?.startedHere) await stopLocalNeo4j(dataDir);
    throw new Neo4jUnreachableError(
      `cannot reach Neo4j at ${redactUri(uri)} (database "${config.database}"): ${(error as Error).message}`,
    );
  }
  const startedHere = local?.startedHere ?? false;
  return {
    db,
    uri,
    credentials,
    local,
    async close() {
      await db.close();
      if (startedHere) await stopLocalNeo4j(dataDir);
    },
  };
}
