import { syntheticResolution } from '../../../src/synthetic/corpus';
import {
  buildNodeQueries,
  buildRelationshipQueries,
  buildReplaceQueries,
  listRows,
} from '../../../src/graph/write-graph';

describe('the write plan of a graph', () => {
  const graph = syntheticResolution(5, 10);

  const ownedLabels = new Set(
    graph.nodes.filter((n) => !['Resolution', 'Actor', 'Meeting'].includes(n.label)).map((n) => n.label),
  );

  /** The statements that create nodes of the replaced text, and the label each creates. */
  const createdLabel = (cypher: string) =>
    /CREATE (?:\(p\)-\[:\w+(?: \{[^}]*\})?\]->)?\(n:(\w+):Entity \{/.exec(cypher)?.[1];

  it('creates the nodes of the replaced text in UNWIND batches per label, and merges shared nodes per label', () => {
    const queries = buildNodeQueries(graph);
    const created = queries.filter((q) => createdLabel(q.cypher) !== undefined);
    const shared = new Set(
      graph.nodes.filter((n) => ['Resolution', 'Actor', 'Meeting'].includes(n.label)).map((n) => n.label),
    );
    expect(new Set(created.map((q) => createdLabel(q.cypher)))).toEqual(ownedLabels);
    // one MERGE per shared label, plus one for the resolutions known only through citations
    expect(queries.length - created.length).toBe(shared.size + 1);
    const rows = queries.reduce((sum, q) => sum + (q.params.rows as unknown[]).length, 0);
    expect(rows).toBe(graph.nodes.length);
    for (const query of queries) expect(query.cypher).toMatch(/^UNWIND \$rows AS row/);
    const provisions = created.filter((q) => createdLabel(q.cypher) === 'Provision');
    const provision = provisions
      .flatMap((q) => q.params.rows as unknown[][])
      .find((row) => row.includes('WTSA-1006/s8/3'));
    expect(provision).toBeDefined();
  });

  it('puts each property of a created node, and of the relationship it is created with, at the position its statement reads it from', () => {
    const node = graph.nodes.find((n) => n.id === 'WTSA-1006/s8/3')!;
    const parent = graph.relationships.find((rel) => rel.to === node.id && rel.type === 'HAS_PROVISION')!;
    const created = buildNodeQueries(graph).find(
      (q) =>
        createdLabel(q.cypher) === 'Provision' &&
        (q.params.rows as unknown[][]).some((row) => row.includes('WTSA-1006/s8/3')),
    )!;
    const [, relPattern, nodePattern] = /-\[:\w+ \{([^}]*)\}\]->\(n:\w+:Entity \{([^}]*)\}/.exec(created.cypher)!;
    const positions = (pattern: string) =>
      new Map([...pattern.matchAll(/`?(\w+)`?: row\[(\d+)\]/g)].map((m) => [m[1] as string, Number(m[2])]));
    const row = (created.params.rows as unknown[][]).find((r) => r.includes('WTSA-1006/s8/3'))!;
    expect(created.cypher).toContain(`MATCH (p:${parent.fromLabel} {id: row[0]})`);
    expect(row[0]).toBe(parent.from);
    const nodeAt = positions(nodePattern!);
    expect(row[nodeAt.get('id')!]).toBe(node.id);
    for (const [key, value] of Object.entries(node.props)) expect(row[nodeAt.get(key)!] ?? null).toEqual(value);
    const relAt = positions(relPattern!);
    for (const [key, value] of Object.entries(parent.props)) expect(row[relAt.get(key)!] ?? null).toEqual(value);
  });

  it('creates a node of the replaced text after the node it is contained in and the node it is stated in', () => {
    const queries = buildNodeQueries(graph);
    const createdIn = new Map<string, number>();
    queries.forEach((q, i) => {
      for (const row of q.params.rows as unknown[])
        if (Array.isArray(row))
          createdIn.set(row[Number(/:Entity \{id: row\[(\d+)\]/.exec(q.cypher)![1])] as string, i);
        else createdIn.set((row as { id: string }).id, i);
    });
    const withParent = queries.filter((q) => q.cypher.includes('MATCH (p:'));
    expect(withParent.length).toBeGreaterThan(0);
    for (const query of withParent)
      for (const row of query.params.rows as unknown[][])
        expect(createdIn.get(row[0] as string)).toBeLessThan(queries.indexOf(query));
    const withLink = queries.filter((q) => q.cypher.includes('MATCH (l:'));
    expect(withLink.map((q) => createdLabel(q.cypher))).toContain('Obligation');
    for (const query of withLink) {
      const linkAt = Number(/MATCH \(l:\w+ \{id: row\[(\d+)\]\}\)/.exec(query.cypher)![1]);
      for (const row of query.params.rows as unknown[][])
        expect(createdIn.get(row[linkAt] as string)).toBeLessThan(queries.indexOf(query));
    }
  });

  it('splits the created nodes and relationships into batches of the given size', () => {
    const queries = buildNodeQueries(graph, 10).filter((q) => createdLabel(q.cypher) !== undefined);
    const rows = queries.reduce((sum, q) => sum + (q.params.rows as unknown[]).length, 0);
    expect(rows).toBe(graph.nodes.filter((node) => !['Resolution', 'Actor', 'Meeting'].includes(node.label)).length);
    for (const query of queries) expect((query.params.rows as unknown[]).length).toBeLessThanOrEqual(10);
    const grouped = buildRelationshipQueries(graph, 10).filter((q) => q.cypher.includes('target[1]'));
    const inner = grouped.map((q) => (q.params.rows as [string, unknown[][]][]).flatMap(([, rows]) => rows).length);
    expect(Math.max(...inner)).toBe(10);
    // progress counts a grouped statement's relationships, not its groups
    expect(grouped.map((q) => q.rows)).toEqual(inner);
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
      .filter((q) => q.cypher.includes('MERGE'))
      .flatMap((q) => q.params.rows as { id: string; props: Record<string, unknown> }[])
      .find((row) => row.id === 'WTSA-1006');
    expect(resolution?.props).not.toHaveProperty('titleEn');
    expect(resolution?.props).toHaveProperty('titleZh', '合成决议1006');
  });

  it('creates relationships leaving replaced nodes per type and merges those leaving shared nodes', () => {
    const queries = buildRelationshipQueries(graph);
    const partOf = queries.find((q) => q.cypher.includes(':PART_OF'));
    const created = queries.filter((q) => q.cypher.includes('CREATE (a)-[r:'));
    expect(partOf?.cypher).toContain('MERGE (a)-[r:PART_OF]->(b)');
    // created relationships come grouped by the node they point at: [its id, [row, …]]
    const mentions = created.find((q) => q.cypher.includes('CREATE (a)-[r:MENTIONS'));
    const mentioned = (mentions?.params.rows as [string, unknown[][]][]).find(([, rows]) =>
      rows.some((row) => row[0] === 'WTSA-1006/s8/3'),
    );
    expect(graph.relationships).toContainEqual(
      expect.objectContaining({ type: 'MENTIONS', from: 'WTSA-1006/s8/3', to: mentioned?.[0] }),
    );
    expect(created.some((q) => q.cypher.includes(':PART_OF'))).toBe(false);
    // the containment relationship leading into each node of the text, and an obligation's
    // STATED_IN, are created with the node
    expect(created.some((q) => q.cypher.includes(':HAS_SECTION'))).toBe(false);
    expect(created.some((q) => q.cypher.includes(':STATED_IN'))).toBe(false);
    const withNodes = buildNodeQueries(graph).filter((q) => q.cypher.includes('MATCH (p:'));
    const obligations = withNodes.find((q) => createdLabel(q.cypher) === 'Obligation');
    expect(obligations?.cypher).toMatch(/\(n:Obligation:Entity \{[^}]*\}\)-\[:STATED_IN\]->\(l\)/);
    const rowsOf = (q: { cypher: string; params: Record<string, unknown> }) =>
      q.cypher.includes('target[1]')
        ? (q.params.rows as [string, unknown[][]][]).reduce((sum, [, rows]) => sum + rows.length, 0)
        : (q.params.rows as unknown[]).length;
    const edgesPerRow = (cypher: string) => cypher.split(']->').length - 1;
    const total =
      queries.reduce((sum, q) => sum + rowsOf(q), 0) +
      withNodes.reduce((sum, q) => sum + rowsOf(q) * edgesPerRow(q.cypher), 0);
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

  it('writes rows as lists: the keys any item has a value for, sorted, after the lead values, null where an item has none', () => {
    const items = [
      { id: 'a', props: { b: 1, a: null, 'odd`key': 'x' } },
      { id: 'b', props: { a: [], b: 2 } },
    ];
    const { rows, pattern } = listRows(
      items,
      (item) => [item.id],
      (item) => item.props,
    );
    expect(pattern).toBe('`a`: row[1], `b`: row[2], `odd``key`: row[3]');
    expect(rows).toEqual([
      ['a', null, 1, 'x'],
      ['b', [], 2, null],
    ]);
    expect(
      listRows(
        [],
        () => [],
        () => ({}),
      ),
    ).toEqual({ rows: [], pattern: '' });
  });
});
