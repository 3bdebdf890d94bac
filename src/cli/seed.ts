/**
 * `npm run seed`: ingests every text in seed/, validates the graphs, and writes them to the
 * configured Neo4j (or the local embedded one, started for the run and stopped after it).
 * Pass --if-needed to skip when Neo4j already holds this version of the graph.
 */
import { readConfig, redactUri } from '../config';
import { connect } from '../graph/connect';
import { seedDatabase, seedIfNeeded } from '../graph/seed';

async function main(args: string[]): Promise<void> {
  const log = (message: string) => console.log(message);
  const connection = await connect(readConfig().neo4j, { log });
  try {
    const summary = args.includes('--if-needed')
      ? await seedIfNeeded(connection.db, { log })
      : await seedDatabase(connection.db, { log });
    if (summary.skipped) {
      console.log(`graph version ${summary.version} is already loaded at ${redactUri(connection.uri)}; nothing to do`);
    } else {
      console.log(
        `seeded ${summary.resolutions.join(', ')} at ${redactUri(connection.uri)}: ${summary.nodes} nodes, ` +
          `${summary.relationships} relationships, ${summary.deletedNodes} stale nodes removed, ` +
          `graph version ${summary.version}, ${summary.ms} ms`,
      );
    }
  } finally {
    await connection.close();
  }
}

main(process.argv.slice(2)).catch((error: Error) => {
  console.error(`seed: ${error.name}: ${error.message}`);
  process.exit(1);
});
