/**
 * `npm start`: with no NEO4J_URI, starts the local embedded Neo4j, loads the seed when the
 * database is empty or out of date, and serves GraphQL on PORT (default 4000). SIGTERM or
 * SIGINT drain in-flight requests, close the driver, stop the Neo4j started here, and exit 0.
 */
import { readConfig, redactUri } from './config';
import { connect } from './graph/connect';
import { seedIfNeeded } from './graph/seed';
import { createLogger } from './logger';
import { startServer } from './server';

async function main(): Promise<void> {
  const began = Date.now();
  const config = readConfig();
  const logger = createLogger(config.logLevel);
  const connection = await connect(config.neo4j, { log: (message) => logger.info(message) });
  logger.info(
    {
      uri: redactUri(connection.uri),
      database: config.neo4j.database,
      neo4jStartMs: connection.local?.startMs ?? null,
    },
    'connected to Neo4j',
  );

  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    const seeded = await seedIfNeeded(connection.db, { log: (message) => logger.info(message) });
    logger.info(
      seeded.skipped
        ? { graphVersion: seeded.version }
        : { graphVersion: seeded.version, nodes: seeded.nodes, relationships: seeded.relationships, ms: seeded.ms },
      seeded.skipped ? 'graph already up to date' : 'graph loaded',
    );
    server = await startServer({
      db: connection.db,
      logger,
      port: config.port,
      host: config.host,
      timeouts: config.timeouts,
      requestBudgetMs: config.requestBudgetMs,
      admission: config.admission,
      limits: config.limits,
      maxBodyBytes: config.maxBodyBytes,
      maxResponseBytes: config.maxResponseBytes,
      production: config.production,
      publicBaseUri: config.publicBaseUri ?? undefined,
      sparql: config.sparql,
      corsOrigins: config.http.corsOrigins,
      cacheMaxAgeSeconds: config.http.cacheMaxAgeSeconds,
      graphVersionRefreshMs: config.http.graphVersionRefreshMs,
      trustedDocumentsOnly: config.http.trustedDocumentsOnly,
      responseCache: config.http.responseCache,
      lookAhead: config.lookAhead,
      lookAheadAfter: config.lookAheadAfter,
    });
  } catch (error) {
    await connection.close();
    throw error;
  }
  logger.info({ url: server.url, startMs: Date.now() - began }, `serving GraphQL at ${server.url}`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: draining requests');
    try {
      await server.stop();
      logger.info('requests drained, HTTP server closed');
      await connection.close();
      logger.info('stopped');
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: Error) => {
  console.error(`start: ${error.name}: ${error.message}`);
  process.exit(1);
});
