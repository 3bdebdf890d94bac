import { syntheticResolution } from '../../../src/synthetic/corpus';
import { buildNodeQueries, buildRelationshipQueries, buildReplaceQueries } from '../../../src/graph/write-graph';

describe('the write plan of a graph', () => {
  const graph = syntheticResolution(5, 10);

  it('creates the nodes of the replaced text in UNWIND batches of any labels, and merges shared nodes per label', () => {
    const queries = buildNodeQueries(graph);
    const created = queries.filter((q) => q.cypher.includes('CREATE (n:$(row.labels))'));
    const shared = new Set(
      graph.nodes.filter((n) => ['Resolution', 'Actor', 'Meeting'].includes(n.label)).map((n) => n.label),
    );
    expect(created).toHaveLength(1);
    // one MERGE per shared label, plus one for the resolutions known only through citations
    expect(queries).toHaveLength(1 + shared.size + 1);
    const rows = queries.reduce((sum, q) => sum + (q.params.rows as unknown[]).length, 0);
    expect(rows).toBe(graph.nodes.length);
    for (const query of queries) expect(query.cypher).toMatch(/^UNWIND \$rows AS row/);
    const provision = (created[0].params.rows as { labels: string[]; props: Record<string, unknown> }[]).find(
      (row) => row.props.id === 'WTSA-1006/s8/3',
    );
    expect(provision?.labels).toEqual(['Provision', 'Entity']);
  });

  it('splits the created nodes into batches of the given size', () => {
    const owned = graph.nodes.filter((node) => !['Resolution', 'Actor', 'Meeting'].includes(node.label)).length;
    const queries = buildNodeQueries(graph, 10).filter((q) => q.cypher.includes('CREATE (n:$(row.labels))'));
    expect(queries).toHaveLength(Math.ceil(owned / 10));
  });

  it('never lets a citation of a resolution overwrite what its own text set', () => {
    const stub = buildNodeQueries(graph).find((q) => q.cypher.includes('ON MATCH'));
    expect(stub).toBeDefined();
    const rows = stub!.params.rows as { id: string; curated: Record<string, unknown> }[];
    expect(rows.map((row) => row.id)).toContain('PP-123');
    for (const row of rows) {
      expect(row.curated).not.toHaveProperty('titleZh');
      expect(row.curated).not.toHaveProperty('textLoaded');
    }
  });

  it('drops null properties, since Neo4j reads an absent property as null', () => {
    const resolution = buildNodeQueries(graph)
      .flatMap((q) => q.params.rows as { id: string; props: Record<string, unknown> }[])
      .find((row) => row.id === 'WTSA-1006');
    expect(resolution?.props).not.toHaveProperty('titleEn');
    expect(resolution?.props).toHaveProperty('titleZh', '合成决议1006');
  });

  it('creates relationships leaving replaced nodes and merges those leaving shared nodes', () => {
    const queries = buildRelationshipQueries(graph);
    const partOf = queries.find((q) => q.cypher.includes(':PART_OF'));
    const created = queries.filter((q) => q.cypher.includes('CREATE (a)-[r:$(row.type)]->(b)'));
    expect(partOf?.cypher).toContain('MERGE (a)-[r:PART_OF]->(b)');
    expect(created).toHaveLength(1);
    const rows = created[0].params.rows as { from: string; type: string }[];
    expect(rows).toContainEqual(expect.objectContaining({ from: 'WTSA-1006', type: 'HAS_SECTION' }));
    expect(rows.some((row) => row.type === 'PART_OF')).toBe(false);
    const total = queries.reduce((sum, q) => sum + (q.params.rows as unknown[]).length, 0);
    expect(total).toBe(graph.relationships.length);
  });

  it('replaces only the resolutions whose text the graph carries, keeping the nodes it still has', () => {
    const [deleteStale] = buildReplaceQueries(graph);
    expect(deleteStale.params.replaced).toEqual(['WTSA-1006']);
    const keep = deleteStale.params.keep as string[];
    expect(keep).toContain('WTSA-1006/s8/3');
    expect(keep).not.toContain('TSB-DIRECTOR');
    expect(keep).not.toContain('PP-123');
  });
});
