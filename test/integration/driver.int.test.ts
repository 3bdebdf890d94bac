import { testDatabase } from './neo4j-env';

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
