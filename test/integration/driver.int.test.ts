import { readConfig } from '../../src/config';
import { Database } from '../../src/graph/database';
import { createDriver } from '../../src/graph/driver';
import { testDatabase } from './neo4j-env';
import { startServerProcess } from './server-process';

describe('the real Neo4j', () => {
  const db = testDatabase();
  afterAll(() => db.close());

  it('writes a node and reads it back through the driver', async () => {
    const id = `probe-${process.pid}-${Date.now()}`;
    await db.write((tx) => tx.run('CREATE (:Probe {id: $id, text: $text})', { id, text: '缩小标准化工作差距' }));
    const rows = await db.read({ cypher: 'MATCH (p:Probe {id: $id}) RETURN p.text AS text', params: { id } });
    expect(rows).toEqual([{ text: '缩小标准化工作差距' }]);
    await db.write((tx) => tx.run('MATCH (p:Probe {id: $id}) DELETE p', { id }));
  });

  it('has the CJK full-text analyzer that search relies on', async () => {
    const rows = await db.read({
      cypher: "CALL db.index.fulltext.listAvailableAnalyzers() YIELD analyzer WHERE analyzer = 'cjk' RETURN analyzer",
      params: {},
    });
    expect(rows).toEqual([{ analyzer: 'cjk' }]);
  });
});

describe('a neo4j:// (routing) URI to the local Neo4j', () => {
  const routingUri = (process.env.NEO4J_URI as string).replace(/^bolt:/, 'neo4j:');

  it('reads and writes through the routing driver, as a cluster URI would', async () => {
    const config = readConfig();
    const routed = new Database(createDriver({ ...config.neo4j, uri: routingUri }), config.neo4j.database);
    try {
      const id = `routing-probe-${process.pid}-${Date.now()}`;
      await routed.write((tx) => tx.run('CREATE (:Probe {id: $id})', { id }));
      expect(await routed.read({ cypher: 'MATCH (p:Probe {id: $id}) RETURN p.id AS id', params: { id } })).toEqual([
        { id },
      ]);
      await routed.write((tx) => tx.run('MATCH (p:Probe {id: $id}) DELETE p', { id }));
    } finally {
      await routed.close();
    }
  });

  it('serves the API over it', async () => {
    const server = await startServerProcess(routingUri);
    try {
      const { status, body } = await server.post('{ graph { version } }');
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      expect((await fetch(`${server.baseUrl}/health/ready`)).status).toBe(200);
      expect(server.logs.join('')).toContain('"uri":"neo4j://127.0.0.1');
    } finally {
      server.child.kill('SIGKILL');
    }
  }, 180_000);
});
