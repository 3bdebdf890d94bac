import fs from 'node:fs';
import path from 'node:path';
import { LOCAL_DIR, startLocalNeo4j } from '../../src/graph/local-neo4j';
import { TEST_DATA_DIR, TEST_PORT } from './neo4j-env';

export default async function globalSetup(): Promise<void> {
  if (process.env.NEO4J_URI) return;
  const dataDir = path.join(LOCAL_DIR, TEST_DATA_DIR);
  if (!fs.existsSync(`${dataDir}.pid`)) fs.rmSync(dataDir, { recursive: true, force: true });
  const local = await startLocalNeo4j({
    port: TEST_PORT,
    dataDir: TEST_DATA_DIR,
    heap: '1g',
    pageCacheMb: 256,
    log: (message) => process.stdout.write(`\n[neo4j] ${message}\n`),
  });
  process.env.NEO4J_URI = local.uri;
  process.env.NEO4J_USER = local.user;
  process.env.NEO4J_PASSWORD = local.password;
  process.env.NEO4J_TEST_STARTED_HERE = local.startedHere ? '1' : '';
}
