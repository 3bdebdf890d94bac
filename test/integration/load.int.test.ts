import { spawn } from 'node:child_process';
import path from 'node:path';
import type { Database, Row } from '../../src/graph/database';
import { ensureSchema, RETIRED_CONSTRAINTS, RETIRED_INDEXES, TEXT_LABELS, textIdIndex } from '../../src/graph/schema';
import { mergeGraphs, writeGraph, writeGraphs } from '../../src/graph/write-graph';
import type { GraphNode, NormalizedGraph } from '../../src/ingest/types';
import { syntheticCorpus, syntheticResolution } from '../../src/synthetic/corpus';
import { readGraphVersion } from '../../src/graph/seed';
import { testDatabase } from './neo4j-env';
import { clearDatabase } from '../../src/graph/clear';

async function counts(db: Database): Promise<{ nodes: number; relationships: number }> {
  const [nodes] = await db.read({ cypher: 'MATCH (n) RETURN count(n) AS n', params: {} });
  const [rels] = await db.read({ cypher: 'MATCH ()-[r]->() RETURN count(r) AS n', params: {} });
  return { nodes: nodes.n as number, relationships: rels.n as number };
}

/** Every relationship of the normalized graph, as a set of "from TYPE to" strings. */
function relationshipKeys(graph: NormalizedGraph): string[] {
  return [...new Set(graph.relationships.map((rel) => `${rel.from} ${rel.type} ${rel.to}`))].sort();
}

/** The obligation tallies as stored, and as counted from the obligations themselves: the two must agree. */
async function tallies(db: Database): Promise<{ stored: Row[]; counted: Row[] }> {
  const stored = await db.read({
    cypher: 'MATCH (t:ObligationTally) RETURN t.id AS id, t.count AS n ORDER BY id',
    params: {},
  });
  const counted = await db.read({
    cypher: `MATCH (o:Obligation)-[r:ADDRESSED_TO|IN_COLLABORATION_WITH]->(a:Actor)
             WITH o, a, collect(DISTINCT CASE type(r) WHEN 'ADDRESSED_TO' THEN 'ADDRESSEE' ELSE 'COLLABORATOR' END) + ['EITHER'] AS roles
             UNWIND roles AS role
             RETURN a.id + ' ' + role + ' ' + o.modality AS id, count(*) AS n ORDER BY id`,
    params: {},
  });
  return { stored, counted };
}

describe('loading a graph into Neo4j', () => {
  const db = testDatabase();
  beforeAll(async () => {
    await clearDatabase(db);
    await ensureSchema(db);
  });
  afterAll(async () => {
    await clearDatabase(db);
    await db.close();
  }, 120_000);
  /** The names `SHOW INDEXES` or `SHOW CONSTRAINTS` lists. */
  const schemaNames = async (what: 'INDEXES' | 'CONSTRAINTS') =>
    (await db.read({ cypher: `SHOW ${what} YIELD name RETURN name`, params: {} })).map((row) => row.name);
  /** That ensureSchema drops `retired` (of which `stale` is there before it) and keeps `kept`. */
  async function expectRetiredByEnsureSchema(
    what: 'INDEXES' | 'CONSTRAINTS',
    { stale, kept, retired }: { stale: string; kept: string; retired: readonly string[] },
  ): Promise<void> {
    expect(await schemaNames(what)).toContain(stale);
    await ensureSchema(db);
    const left = await schemaNames(what);
    expect(left).toContain(kept);
    for (const name of retired) expect(left).not.toContain(name);
  }

  it('creates one uniqueness constraint per node, an id index per label of a text, and the CJK and English full-text indexes', async () => {
    const constraints = await db.read({
      cypher: 'SHOW CONSTRAINTS YIELD labelsOrTypes, type RETURN labelsOrTypes[0] AS label, type',
      params: {},
    });
    const unique = constraints.filter((c) => c.type === 'UNIQUENESS').map((c) => c.label);
    expect(unique).toEqual(expect.arrayContaining(['Resolution', 'Actor', 'Meeting', 'Entity']));
    for (const label of TEXT_LABELS) expect(unique).not.toContain(label);
    const idIndexes = await db.read({
      cypher: `SHOW RANGE INDEXES YIELD name, labelsOrTypes, properties, owningConstraint, state
               WHERE properties = ['id'] AND owningConstraint IS NULL
               RETURN labelsOrTypes[0] AS label, name, state ORDER BY label`,
      params: {},
    });
    expect(idIndexes).toEqual(
      [...TEXT_LABELS].sort().map((label) => ({ label, name: textIdIndex(label), state: 'ONLINE' })),
    );
    const fulltext = await db.read({
      cypher:
        "SHOW FULLTEXT INDEXES YIELD name, state, options RETURN name, state, options.indexConfig['fulltext.analyzer'] AS analyzer ORDER BY name",
      params: {},
    });
    expect(fulltext).toEqual([
      { name: 'text_en', state: 'ONLINE', analyzer: 'english' },
      { name: 'text_zh', state: 'ONLINE', analyzer: 'cjk' },
    ]);
  });

  it('drops the retired indexes from a database whose schema still has them', async () => {
    await db.write((tx) => tx.run('CREATE INDEX section_resolution IF NOT EXISTS FOR (n:Section) ON (n.resolutionId)'));
    await expectRetiredByEnsureSchema('INDEXES', {
      stale: 'section_resolution',
      kept: 'entity_resolution',
      retired: RETIRED_INDEXES,
    });
  });

  it('replaces the uniqueness constraints of the labels of a text by id indexes in a database whose schema still has them', async () => {
    await db.write((tx) => tx.run(`DROP INDEX ${textIdIndex('Section')} IF EXISTS`));
    await db.write((tx) => tx.run('CREATE CONSTRAINT section_id IF NOT EXISTS FOR (n:Section) REQUIRE n.id IS UNIQUE'));
    await expectRetiredByEnsureSchema('CONSTRAINTS', {
      stale: 'section_id',
      kept: 'entity_id',
      retired: RETIRED_CONSTRAINTS,
    });
    const [index] = await db.read({
      cypher: 'SHOW RANGE INDEXES YIELD name, state WHERE name = $name RETURN state',
      params: { name: textIdIndex('Section') },
    });
    expect(index).toEqual({ state: 'ONLINE' });
  });

  it('still refuses a second node of a text with the id of another, through the Entity constraint', async () => {
    await writeGraph(db, syntheticResolution(0, 3));
    const [section] = await db.read({ cypher: 'MATCH (s:Section) RETURN s.id AS id LIMIT 1', params: {} });
    await expect(db.write((tx) => tx.run('CREATE (:Section:Entity {id: $id})', { id: section.id }))).rejects.toThrow(
      /already exists/,
    );
  });

  it('gives identical node and relationship counts when the same graph is loaded twice', async () => {
    const graphs = [syntheticResolution(0, 3), syntheticResolution(1, 3), syntheticResolution(2, 3)];
    for (const graph of graphs) await writeGraph(db, graph);
    const first = await counts(db);
    for (const graph of graphs) await writeGraph(db, graph);
    expect(await counts(db)).toEqual(first);
    expect(first.nodes).toBeGreaterThan(400);
  });

  it('has every relationship of the normalized graph in Neo4j', async () => {
    const graph = syntheticResolution(2, 3);
    const rows = await db.read({
      cypher: `MATCH (a:Entity)-[r]->(b:Entity) WHERE a.resolutionId = $id OR a.id = $id
               RETURN a.id + ' ' + type(r) + ' ' + b.id AS key`,
      params: { id: graph.resolutions[0] },
    });
    const stored = new Set(rows.map((row) => row.key as string));
    const missing = relationshipKeys(graph).filter((key) => !stored.has(key) && !key.includes(' PART_OF '));
    expect(missing).toEqual([]);
  });

  it('replaces a resolution loaded again with fewer paragraphs and citations, leaving no orphans', async () => {
    const original = syntheticResolution(1, 3);
    const revised: NormalizedGraph = {
      ...original,
      nodes: original.nodes.filter(
        (node) => !node.id.startsWith('WTSA-1002/s1/') && !node.id.startsWith('WTSA-1002/annex/p4'),
      ),
      relationships: original.relationships.filter(
        (rel) =>
          !rel.to.startsWith('WTSA-1002/s1/') &&
          !rel.from.startsWith('WTSA-1002/s1/') &&
          !rel.to.startsWith('WTSA-1002/annex/p4') &&
          !rel.from.startsWith('WTSA-1002/annex/p4'),
      ),
    };
    await writeGraph(db, revised);
    const owned = revised.nodes.filter(
      (node) => 'resolutionId' in node.props && node.props.resolutionId === 'WTSA-1002',
    ).length;
    const [stored] = await db.read({
      cypher: "MATCH (n:Entity {resolutionId: 'WTSA-1002'}) RETURN count(n) AS n",
      params: {},
    });
    expect(stored.n).toBe(owned);
    const [gone] = await db.read({
      cypher: "MATCH (n:Entity) WHERE n.id STARTS WITH 'WTSA-1002/s1/' RETURN count(n) AS n",
      params: {},
    });
    expect(gone.n).toBe(0);
    const [unlinked] = await db.read({
      cypher: 'MATCH (n:Entity) WHERE NOT n:Actor AND NOT n:Resolution AND NOT (n)--() RETURN count(n) AS n',
      params: {},
    });
    expect(unlinked.n).toBe(0);
    const afterRevision = await tallies(db);
    expect(afterRevision.stored.length).toBeGreaterThan(10);
    expect(afterRevision.stored).toEqual(afterRevision.counted);
    await writeGraph(db, original);
  });

  it('keeps the tallies of obligations equal to the obligations themselves when a text loses and regains some', async () => {
    const original = syntheticResolution(1, 3);
    const withoutInstructions: NormalizedGraph = {
      ...original,
      nodes: original.nodes.filter((node) => !node.id.startsWith('WTSA-1002/s8')),
      relationships: original.relationships.filter(
        (rel) => !rel.from.startsWith('WTSA-1002/s8') && !rel.to.startsWith('WTSA-1002/s8'),
      ),
    };
    const director = (rows: Row[]) => rows.find((row) => row.id === 'TSB-DIRECTOR ADDRESSEE INSTRUCTS')?.n;
    const before = await tallies(db);
    expect(before.stored).toEqual(before.counted);
    await writeGraph(db, withoutInstructions);
    const reduced = await tallies(db);
    expect(reduced.stored).toEqual(reduced.counted);
    expect(director(reduced.stored)).toBeLessThan(director(before.stored) as number);
    await writeGraph(db, original);
    const restored = await tallies(db);
    expect(restored.stored).toEqual(before.stored);
  });

  it("stores sort keys that give a page of an actor's obligations from the index, in page order", async () => {
    const session = db.driver.session({ database: db.name });
    const explained = await session
      .run(
        `EXPLAIN MATCH (o:Obligation)-[r:ADDRESSED_TO]->(:Actor)
         WHERE r.pageKey STARTS WITH $prefix
         RETURN o.id AS id ORDER BY r.pageKey LIMIT 5`,
        { prefix: 'TSB-DIRECTOR ' },
      )
      .finally(() => session.close());
    const operators: string[] = [];
    const walk = (plan: { operatorType: string; children: unknown[] }) => {
      operators.push(plan.operatorType.replace(/@.*/, ''));
      for (const child of plan.children) walk(child as typeof plan);
    };
    walk(explained.summary.plan as unknown as { operatorType: string; children: unknown[] });
    // a seek of the actor's prefix, or on a small graph a scan of the whole index: in key order either way
    expect(operators.some((op) => /^DirectedRelationshipIndex(SeekByRange|Scan)$/.test(op))).toBe(true);
    expect(operators).not.toContain('Sort');
    expect(operators).not.toContain('Top');
    const page = await db.read({
      cypher: `MATCH (o:Obligation)-[r:ADDRESSED_TO]->(:Actor)
               WHERE r.pageKey STARTS WITH $prefix
               RETURN o.id AS id ORDER BY r.pageKey LIMIT 5`,
      params: { prefix: 'TSB-DIRECTOR ' },
    });
    const sorted = await db.read({
      cypher: `MATCH (o:Obligation)-[:ADDRESSED_TO]->(:Actor {id: 'TSB-DIRECTOR'})
               RETURN o.id AS id
               ORDER BY CASE o.modality WHEN 'RESOLVES' THEN 0 WHEN 'INSTRUCTS' THEN 1 WHEN 'REQUESTS' THEN 2
                 WHEN 'URGES' THEN 3 WHEN 'INVITES' THEN 4 WHEN 'ENCOURAGES' THEN 5 WHEN 'ACTION_PLAN' THEN 6 ELSE 7 END,
                 o.resolutionId, o.ordinal, o.id
               LIMIT 5`,
      params: {},
    });
    expect(page).toHaveLength(5);
    expect(page).toEqual(sorted);
  });

  it('writes a corpus with writeGraphs as the same graphs written one at a time would be, the version with the last', async () => {
    const corpus = [...syntheticCorpus(6)];
    const batches = [mergeGraphs(corpus.slice(0, 2)), mergeGraphs(corpus.slice(2, 4)), mergeGraphs(corpus.slice(4))];
    await clearDatabase(db);
    for (const [i, batch] of batches.entries())
      await writeGraph(db, batch, { version: i === batches.length - 1 ? 'corpus-of-six' : undefined });
    const oneAtATime = { counts: await counts(db), tallies: await tallies(db) };
    await clearDatabase(db);
    const summaries = await writeGraphs(db, batches, { version: 'corpus-of-six' });
    expect(summaries.map((summary) => summary.nodes)).toEqual(batches.map((batch) => batch.nodes.length));
    expect(await counts(db)).toEqual(oneAtATime.counts);
    expect(await tallies(db)).toEqual(oneAtATime.tallies);
    expect(oneAtATime.tallies.stored).toEqual(oneAtATime.tallies.counted);
    expect(await readGraphVersion(db)).toBe('corpus-of-six');
    await writeGraphs(db, batches);
    expect(await counts(db)).toEqual(oneAtATime.counts);
  });

  it('commits the graphs before an invalid or failing one with writeGraphs, and nothing of it or after it', async () => {
    await clearDatabase(db);
    const [first, second, third] = [...syntheticCorpus(3)];
    const dangling: NormalizedGraph = {
      ...second,
      relationships: [...second.relationships, { ...second.relationships[0], to: 'NOWHERE' }],
    };
    await expect(writeGraphs(db, [first, dangling, third])).rejects.toThrow(/NOWHERE/);
    const written = async () =>
      (
        await db.read({ cypher: 'MATCH (r:Resolution {textLoaded: true}) RETURN r.id AS id ORDER BY id', params: {} })
      ).map((row) => row.id);
    expect(await written()).toEqual(first.resolutions);
    const rejected: NormalizedGraph = {
      ...second,
      nodes: second.nodes.map((node, i) =>
        i === second.nodes.length - 1
          ? ({
              ...node,
              props: { ...node.props, label: { nested: 'Neo4j rejects map properties' } },
            } as unknown as GraphNode)
          : node,
      ),
    };
    await expect(writeGraphs(db, [rejected, third])).rejects.toThrow();
    expect(await written()).toEqual(first.resolutions);
    const tally = await tallies(db);
    expect(tally.stored).toEqual(tally.counted);
  });

  it('leaves the previous graph intact when a load fails half-way', async () => {
    const before = await counts(db);
    const graph = syntheticResolution(0, 3);
    const broken: NormalizedGraph = {
      ...graph,
      nodes: graph.nodes.map((node) =>
        node.id === 'WTSA-1001/s13/2'
          ? ({
              ...node,
              props: { ...node.props, textZh: { nested: 'Neo4j rejects map properties' } },
            } as unknown as GraphNode)
          : node,
      ),
    };
    await expect(writeGraph(db, broken)).rejects.toThrow();
    expect(await counts(db)).toEqual(before);
  });

  it('leaves the previous graph intact when the loading process is killed half-way', async () => {
    const before = await counts(db);
    const script = path.join(__dirname, 'fixtures', 'big-load.ts');
    // node itself with tsx as a loader: the tsx command runs the script in a child process, which a
    // SIGKILL of the command leaves running, and the load it was to interrupt then commits
    const child = spawn(process.execPath, ['--import', 'tsx', script, process.env.NEO4J_URI as string, '300'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const killed = await new Promise<boolean>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('WRITING')) {
          child.kill('SIGKILL');
          resolve(true);
        }
      });
      child.on('exit', () => resolve(false));
    });
    expect(killed).toBe(true);
    expect(output).not.toContain('DONE');
    // the server notices the dropped connection and rolls the transaction back
    let after = await counts(db);
    for (let i = 0; i < 50 && (after.nodes !== before.nodes || after.relationships !== before.relationships); i++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      after = await counts(db);
    }
    expect(after).toEqual(before);
    // The counts are back at once (the load never committed), but Neo4j notices the dropped
    // connection only when the killed load's statement ends, which on a busy machine took over a
    // minute; its locks would hold up the next write (the suite's clean-up): terminate it.
    const others = async () =>
      (await db.read({
        cypher:
          "SHOW TRANSACTIONS YIELD transactionId, currentQuery WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS' RETURN transactionId",
        params: {},
      })) as { transactionId: string }[];
    const deadline = Date.now() + 60_000;
    for (let left = await others(); left.length > 0 && Date.now() < deadline; left = await others()) {
      await db.read({ cypher: 'TERMINATE TRANSACTIONS $ids', params: { ids: left.map((row) => row.transactionId) } });
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(await others()).toEqual([]);
  }, 120_000);
});
