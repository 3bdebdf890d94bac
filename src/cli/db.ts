/**
 * `npm run db:start` / `npm run db:stop`: the local embedded Neo4j in the background, on
 * NEO4J_LOCAL_PORT (default 7687) with its data in neo4j-local/data and its generated password
 * in neo4j-local/data/password. `npm start` and `npm run seed` reuse it while it runs.
 */
import { readConfig } from '../config';
import { passwordFilePath, startLocalNeo4j, stopLocalNeo4j } from '../graph/local-neo4j';

const DATA_DIR = 'data';

async function main(command: string | undefined): Promise<void> {
  const config = readConfig();
  if (command === 'start') {
    // No owner: it keeps running after this command, until `db:stop`.
    const local = await startLocalNeo4j({
      port: config.neo4j.localPort,
      dataDir: DATA_DIR,
      owner: null,
      log: (m) => console.log(m),
    });
    console.log(
      local.startedHere
        ? `Neo4j is running at ${local.uri} (pid ${local.pid}); cold start took ${(local.startMs / 1000).toFixed(1)} s`
        : `Neo4j was already running at ${local.uri} (pid ${local.pid})`,
    );
    console.log(`user ${local.user}, password in ${passwordFilePath(DATA_DIR)} (readable by its owner only)`);
  } else if (command === 'stop') {
    const stopped = await stopLocalNeo4j(DATA_DIR);
    console.log(stopped ? 'Neo4j stopped' : 'no local Neo4j was running');
  } else {
    throw new Error(`expected "start" or "stop", got ${JSON.stringify(command)}`);
  }
}

main(process.argv[2]).catch((error: Error) => {
  console.error(`db: ${error.message}`);
  process.exit(1);
});
