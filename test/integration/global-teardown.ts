import { stopLocalNeo4j } from '../../src/graph/local-neo4j';
import { TEST_DATA_DIR } from './neo4j-env';

export default async function globalTeardown(): Promise<void> {
  if (process.env.NEO4J_TEST_STARTED_HERE === '1') await stopLocalNeo4j(TEST_DATA_DIR);
}
