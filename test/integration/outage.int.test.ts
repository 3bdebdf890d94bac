/**
 * Neo4j going away and coming back, on a Neo4j of this test's own (so the shared one stays up):
 * queries answer SERVICE_UNAVAILABLE quickly while it is down (those whose answer the response
 * cache holds are still answered from it), the server keeps running, and it recovers without a
 * restart.
 */
import { Database } from '../../src/graph/database';
import { createDriver } from '../../src/graph/driver';
import { startLocalNeo4j, stopLocalNeo4j } from '../../src/graph/local-neo4j';
import { seedCleanGraph } from './neo4j-env';
import { type ServerProcess, startServerProcess } from './server-process';

const DATA_DIR = 'data-test-outage';
const PORT = Number(process.env.NEO4J_OUTAGE_TEST_PORT ?? 7691);
const QUERY = 'query($id: ID!) { resolution(id: $id) { id number } }';

describe('a Neo4j outage', () => {
  let server: ServerProcess;
  let uri: string;

  beforeAll(async () => {
    const local = await startLocalNeo4j({ port: PORT, dataDir: DATA_DIR, heap: '1g', pageCacheMb: 128 });
    uri = local.uri;
    const db = new Database(createDriver({ uri, user: local.user, password: local.password }), 'neo4j');
    await seedCleanGraph(db);
    await db.close();
    server = await startServerProcess(uri, { NEO4J_USER: local.user, NEO4J_PASSWORD: local.password });
  }, 240_000);

  afterAll(async () => {
    server?.child.kill('SIGKILL');
    await stopLocalNeo4j(DATA_DIR);
  });

  it('answers SERVICE_UNAVAILABLE within seconds while Neo4j is down, then recovers without a restart', async () => {
    expect((await server.post(QUERY, { id: 'WTSA-44' })).body.data.resolution).toEqual({ id: 'WTSA-44', number: 44 });

    await stopLocalNeo4j(DATA_DIR);
    const began = Date.now();
    // A request the server has not answered before must reach Neo4j.
    const down = await server.post(QUERY, { id: 'PP-123' });
    const elapsed = Date.now() - began;
    expect(down.status).toBeLessThan(500);
    expect(down.body.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(JSON.stringify(down.body)).not.toMatch(/stack|neo4j-driver|at .*\.js/);
    expect(elapsed).toBeLessThan(10_000);
    expect((await fetch(`${server.baseUrl}/health/live`)).status).toBe(200);
    const notReady = await fetch(`${server.baseUrl}/health/ready`);
    expect(notReady.status).toBe(503);
    // In words, without the address or the driver's text (those go to the log).
    expect(await notReady.json()).toEqual({ status: 'not-ready', reason: 'the graph database is unreachable' });
    // The answer kept before the outage, under the last graph version read, is still served.
    expect((await server.post(QUERY, { id: 'WTSA-44' })).body.data.resolution).toEqual({ id: 'WTSA-44', number: 44 });

    await startLocalNeo4j({ port: PORT, dataDir: DATA_DIR, heap: '1g', pageCacheMb: 128 });
    let recovered = await server.post(QUERY, { id: 'PP-123' });
    for (let i = 0; i < 20 && !recovered.body.data?.resolution; i++) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      recovered = await server.post(QUERY, { id: 'PP-123' });
    }
    expect(recovered.body.data.resolution).toEqual({ id: 'PP-123', number: 123 });
    expect((await fetch(`${server.baseUrl}/health/ready`)).status).toBe(200);
  }, 240_000);
});
