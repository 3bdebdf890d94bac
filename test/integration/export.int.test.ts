/**
 * The exports read by the tools researchers use: GraphML by graphology-graphml and by networkx,
 * JSON-LD by jsonld.js (to N-Quads) and Turtle by n3, both loaded into Oxigraph and asked in
 * SPARQL what the GraphQL API answers; CSV by csv-parse. Over HTTP from a server on the seeded
 * graph, and once through the CLI.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import jsonld from 'jsonld';
import { Parser } from 'n3';
import * as oxigraph from 'oxigraph';
import { httpServer } from './http-client';
import { useSeededServer } from './neo4j-env';

const ROOT = path.resolve(__dirname, '..', '..');
const PREFIXES = `PREFIX eli: <http://data.europa.eu/eli/ontology#>
PREFIX dct: <http://purl.org/dc/terms/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>`;

describe('exports', () => {
  const server = httpServer(() => database());
  const database = useSeededServer(server);
  let version: string;
  const counts = { labels: {} as Record<string, number>, types: {} as Record<string, number> };

  beforeAll(async () => {
    const [meta] = await database().read({
      cypher: "MATCH (m:GraphMeta {id: 'graph'}) RETURN m.version AS version",
      params: {},
    });
    version = meta!.version as string;
    for (const row of await database().read({
      cypher: "MATCH (n:Entity) RETURN [l IN labels(n) WHERE l <> 'Entity'][0] AS label, count(*) AS n",
      params: {},
    })) {
      counts.labels[row.label as string] = row.n as number;
    }
    for (const row of await database().read({
      cypher: 'MATCH (:Entity)-[r]->(:Entity) RETURN type(r) AS type, count(*) AS n',
      params: {},
    })) {
      counts.types[row.type as string] = row.n as number;
    }
  });

  async function download(file: string, headers: Record<string, string> = {}) {
    const response = await fetch(`${server.base()}/export/${file}`, { headers });
    return { status: response.status, headers: response.headers, body: await response.text() };
  }

  describe('GraphML', () => {
    let text: string;
    beforeAll(async () => {
      const response = await download('graph.graphml');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/graphml+xml; charset=utf-8');
      expect(response.headers.get('transfer-encoding')).toBe('chunked');
      text = response.body;
    });

    it("is read by graphology-graphml with the graph's nodes per kind, edges per type and typed attributes", () => {
      const graph = parseGraphml(MultiDirectedGraph, text);
      const kinds: Record<string, number> = {};
      graph.forEachNode((_, attributes) => (kinds[attributes.kind] = (kinds[attributes.kind] ?? 0) + 1));
      expect(kinds).toEqual(counts.labels);
      const types: Record<string, number> = {};
      graph.forEachEdge((_, attributes) => (types[attributes.type] = (types[attributes.type] ?? 0) + 1));
      expect(types).toEqual(counts.types);
      expect(graph.getAttribute('graphVersion')).toBe(version);
      const citation = graph.getNodeAttributes('WTSA-44/s1/a#c1');
      expect(citation).toMatchObject({
        kind: 'Citation',
        citedYear: 2018,
        outdated: true,
        target: 'PP-71',
        uri: `${server.base()}/id/WTSA-44/2022/zh/s1/a%23c1`,
      });
      expect(graph.getNodeAttributes('WTSA-44/s8/3')).toMatchObject({
        kind: 'Provision',
        level: 1,
        citationEn:
          'Resolution 44 (Rev. Geneva, 2022), instructs the Director of the Telecommunication Standardization Bureau, 3',
      });
      expect(graph.getNodeAttributes('TSB-DIRECTOR')).toMatchObject({
        kind: 'Actor',
        labelEn: 'Director of the Telecommunication Standardization Bureau',
        labelZh: '电信标准化局主任',
      });
    });

    it('is read by networkx with the same counts and typed attributes', () => {
      const file = path.join(os.tmpdir(), `graph-${process.pid}.graphml`);
      fs.writeFileSync(file, text);
      const python = spawnSync('python3', [path.join(ROOT, 'test', 'consumers', 'read_graphml.py'), file], {
        encoding: 'utf8',
      });
      if (python.error || python.status !== 0) {
        throw new Error(
          `python3 with networkx is needed to read the GraphML (.ci/run installs it: python3 -m pip install networkx); ${python.error?.message ?? python.stderr}`,
        );
      }
      const read = JSON.parse(python.stdout);
      expect(read.directed).toBe(true);
      expect(read.kinds).toEqual(counts.labels);
      expect(read.edgeTypes).toEqual(counts.types);
      expect(read.graph.graphVersion).toBe(version);
      expect(read.attributeTypes.citedYear).toEqual(['int']);
      expect(read.attributeTypes.outdated).toEqual(['bool']);
      expect(read.attributeTypes.labelZh).toEqual(['str']);
      expect(read.sample['WTSA-44/s1/a#c1']).toMatchObject({ citedYear: 2018, outdated: true });
      fs.rmSync(file);
    });
  });

  describe('RDF', () => {
    const stores: Record<'jsonld' | 'turtle', oxigraph.Store> = {
      jsonld: new oxigraph.Store(),
      turtle: new oxigraph.Store(),
    };

    beforeAll(async () => {
      const doc = JSON.parse((await download('graph.jsonld')).body);
      expect(doc['@context']).toBe(`${server.base()}/ns/context.jsonld`);
      // The published context is fetched from the server, as any JSON-LD processor would.
      const documentLoader = async (url: string) => {
        if (!url.startsWith(server.base())) throw new Error(`refusing to load ${url}`);
        const response = await fetch(url);
        return { contextUrl: undefined, documentUrl: url, document: await response.json() };
      };
      const nquads = (await jsonld.toRDF(doc, {
        format: 'application/n-quads',
        documentLoader: documentLoader as never,
      })) as unknown as string;
      stores.jsonld.load(nquads, { format: 'application/n-quads' });
      const turtle = (await download('graph.ttl')).body;
      expect(turtle).toContain(`graph version ${version}`);
      for (const q of new Parser({ format: 'text/turtle' }).parse(turtle)) {
        const term = (t: { termType: string; value: string; language?: string; datatype?: { value: string } }) =>
          t.termType === 'NamedNode'
            ? oxigraph.namedNode(t.value)
            : t.termType === 'BlankNode'
              ? oxigraph.blankNode(t.value)
              : oxigraph.literal(t.value, t.language || oxigraph.namedNode(t.datatype!.value));
        stores.turtle.add(
          oxigraph.triple(
            term(q.subject) as oxigraph.NamedNode,
            term(q.predicate) as oxigraph.NamedNode,
            term(q.object) as oxigraph.Term as never,
          ),
        );
      }
    }, 120_000);

    const select = (store: oxigraph.Store, query: string) =>
      (
        store.query(`${PREFIXES}\nPREFIX itu: <${server.base()}/ns/itu#>\n${query}`) as Map<string, oxigraph.Term>[]
      ).map((row) => Object.fromEntries([...row.entries()].map(([key, term]) => [key, term.value])));

    it('holds the same triples whether read from JSON-LD or from Turtle, with the graph version', () => {
      expect(stores.jsonld.size).toBeGreaterThan(3000);
      expect(stores.turtle.size).toBe(stores.jsonld.size);
      for (const store of Object.values(stores)) {
        expect(select(store, 'SELECT ?v WHERE { ?export dct:hasVersion ?v }')).toEqual([{ v: version }]);
      }
    });

    it.each(['jsonld', 'turtle'] as const)(
      'answers in SPARQL (%s) what Resolution 44 cites, as GraphQL does',
      async (format) => {
        const data = await server.graphql('{ resolution(id: "WTSA-44") { cites { target { id } } } }');
        const expected = [...new Set(data.resolution.cites.map((c: { target: { id: string } }) => c.target.id))].sort();
        const rows = select(
          stores[format],
          'SELECT DISTINCT ?id WHERE { ?e eli:realizes ?w . ?w dct:identifier "WTSA-44" . ?e eli:cites ?t . ?t dct:identifier ?id }',
        );
        expect(rows.map((row) => row.id).sort()).toEqual(expected);
        expect(expected).toHaveLength(12);
      },
    );

    it.each(['jsonld', 'turtle'] as const)(
      'answers in SPARQL (%s) what the Director of TSB is instructed to do, as GraphQL does',
      async (format) => {
        const data = await server.graphql(
          '{ obligations(filter: { actor: "TSB-DIRECTOR", modalities: [INSTRUCTS] }, first: 100) { totalCount edges { node { source { id } } } } }',
        );
        const expected = data.obligations.edges
          .map((e: { node: { source: { id: string } } }) => e.node.source.id)
          .sort();
        const rows = select(
          stores[format],
          'SELECT ?paragraph WHERE { ?o itu:addressee ?a . ?a dct:identifier "TSB-DIRECTOR" . ?o itu:modality itu:INSTRUCTS . ?o itu:statedIn ?p . ?p dct:identifier ?paragraph }',
        );
        expect(rows).toHaveLength(data.obligations.totalCount);
        expect(rows.map((row) => row.paragraph).sort()).toEqual(expected);
        expect(data.obligations.totalCount).toBe(16);
      },
    );

    it.each(['jsonld', 'turtle'] as const)(
      'answers in SPARQL (%s) which citations name an outdated revision, as GraphQL does',
      async (format) => {
        const data = await server.graphql('{ resolution(id: "WTSA-44") { cites { id outdated } } }');
        const expected = data.resolution.cites
          .filter((c: { outdated: boolean }) => c.outdated)
          .map((c: { id: string }) => c.id)
          .sort();
        const rows = select(
          stores[format],
          'SELECT ?id WHERE { ?c a itu:Citation ; itu:outdated true ; dct:identifier ?id }',
        );
        expect(rows.map((row) => row.id).sort()).toEqual(expected);
        expect(expected.length).toBe(3);
      },
    );

    it('describes actors with SKOS', () => {
      const rows = select(
        stores.turtle,
        'SELECT ?label ?broader WHERE { ?a dct:identifier "TSB-DIRECTOR" ; skos:prefLabel ?label ; skos:broader ?b . ?b dct:identifier ?broader FILTER(lang(?label) = "en") }',
      );
      expect(rows).toEqual([
        { label: 'Director of the Telecommunication Standardization Bureau', broader: expect.any(String) },
      ]);
    });
  });

  describe('CSV', () => {
    const parse = (text: string) =>
      parseCsv(text, { columns: true, skip_empty_lines: true }) as Record<string, string>[];

    it('has the obligations the API has, one row per obligation and actor role', async () => {
      const rows = parse((await download('graph/obligations.csv')).body);
      const data = await server.graphql(
        '{ obligations(first: 100) { totalCount edges { node { id addressees { id } collaborators { id } } } } }',
      );
      const expected: string[] = [];
      for (const { node } of data.obligations.edges) {
        const roles = [
          ...node.addressees.map((a: { id: string }) => `ADDRESSEE ${a.id}`),
          ...node.collaborators.map((a: { id: string }) => `COLLABORATOR ${a.id}`),
        ];
        if (roles.length === 0) expected.push(`${node.id}  `);
        for (const role of roles) expected.push(`${node.id} ${role}`);
      }
      expect(rows.map((row) => `${row.obligation_id} ${row.role} ${row.actor_id}`).sort()).toEqual(expected.sort());
      expect(new Set(rows.map((row) => row.obligation_id)).size).toBe(data.obligations.totalCount);
      expect(rows.every((row) => row.graph_version === version)).toBe(true);
      const first = rows.find((row) => row.obligation_id === 'WTSA-44/s8/1#o' && row.role === 'ADDRESSEE')!;
      expect(first).toMatchObject({
        modality: 'INSTRUCTS',
        actor_id: 'TSB-DIRECTOR',
        conditions_zh: '在可用资源范围内',
        citation_zh: '第44号决议（2022年，日内瓦，修订版），责成电信标准化局主任，第1段',
      });
    });

    it('has citations, provisions and actors whose columns the data dictionary describes', async () => {
      const dictionary = parse((await download('data-dictionary.csv')).body);
      for (const table of ['obligations', 'citations', 'provisions', 'actors']) {
        const text = (await download(`graph/${table}.csv`)).body;
        const header = parseCsv(text, { to_line: 1 })[0] as string[];
        expect(header).toEqual(dictionary.filter((row) => row.table === table).map((row) => row.column));
      }
      const citations = parse((await download('graph/citations.csv')).body);
      expect(citations).toHaveLength(counts.labels.Citation!);
      expect(citations.filter((row) => row.outdated === 'true')).toHaveLength(3);
      const provisions = parse((await download('graph/provisions.csv')).body);
      expect(provisions.find((row) => row.unit_id === 'WTSA-44/s1/a')).toMatchObject({
        kind: 'Provision',
        label: 'a',
        citation_en: 'Resolution 44 (Rev. Geneva, 2022), considering a)',
      });
    });
  });

  describe('over HTTP', () => {
    it('answers an ETag of the graph version and a 304 to a client that has it', async () => {
      const first = await download('WTSA-44.ttl');
      const etag = first.headers.get('etag')!;
      expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
      expect(first.headers.get('x-graph-version')).toBe(version);
      expect((await download('WTSA-44.ttl', { 'if-none-match': etag })).status).toBe(304);
      expect((await download('graph.ttl')).headers.get('etag')).not.toBe(etag);
    });

    it('exports one resolution with what its text points at', async () => {
      const graph = parseGraphml(MultiDirectedGraph, (await download('WTSA-44.graphml')).body);
      expect(graph.hasNode('PP-123')).toBe(true);
      expect(graph.hasNode('TSB-DIRECTOR')).toBe(true);
      expect(graph.filterNodes((_, a) => a.kind === 'Provision')).toHaveLength(counts.labels.Provision!);
    });

    it('answers what it cannot export with a 404 that says why', async () => {
      expect(JSON.parse((await download('PP-999.ttl')).body)).toEqual({
        error: 'not found',
        reason: 'no resolution has the id PP-999',
      });
      expect((await download('graph.pdf')).status).toBe(404);
      expect((await download('graph/secrets.csv')).status).toBe(404);
      expect((await download('%E0%A4%A.ttl')).status).toBe(400);
      const index = JSON.parse((await download('')).body);
      expect(index.files).toContain('/export/graph.graphml');
    });
  });

  describe('the CLI', () => {
    it('writes the CSV tables and their dictionary to --out, for one resolution', () => {
      const out = fs.mkdtempSync(path.join(os.tmpdir(), 'export-'));
      const run = spawnSync(
        path.join(ROOT, 'node_modules', '.bin', 'tsx'),
        ['src/cli/export.ts', '--format', 'csv', '--resolution', 'WTSA-44', '--out', out],
        {
          cwd: ROOT,
          encoding: 'utf8',
          env: { ...process.env, PUBLIC_BASE_URI: 'https://resolutions.example.org' },
        },
      );
      expect(run.stderr + run.stdout).toContain('wrote');
      expect(run.status).toBe(0);
      expect(fs.readdirSync(out).sort()).toEqual([
        'WTSA-44-actors.csv',
        'WTSA-44-citations.csv',
        'WTSA-44-obligations.csv',
        'WTSA-44-provisions.csv',
        'data-dictionary.csv',
      ]);
      const rows = parseCsv(fs.readFileSync(path.join(out, 'WTSA-44-obligations.csv'), 'utf8'), {
        columns: true,
      }) as Record<string, string>[];
      expect(rows[0]!.obligation_uri).toMatch(/^https:\/\/resolutions\.example\.org\/id\/WTSA-44\/2022\/zh\//);
      fs.rmSync(out, { recursive: true });
    }, 120_000);

    it('refuses an unknown format with the usage', () => {
      const run = spawnSync(
        path.join(ROOT, 'node_modules', '.bin', 'tsx'),
        ['src/cli/export.ts', '--format', 'pdf', '--out', '/tmp/x'],
        { cwd: ROOT, encoding: 'utf8' },
      );
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('--format must be one of graphml, jsonld, turtle, csv, received pdf');
    }, 60_000);
  });
});
