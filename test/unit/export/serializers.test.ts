/**
 * The export serializers on the real text of Resolution 44 as the loader annotates it, without a
 * database: each output read back by a parser (graphology-graphml, n3, csv-parse).
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import { Parser } from 'n3';
import { parseExportArgs } from '../../../src/cli/export';
import { toCsv } from '../../../src/export/csv';
import type { ExportGraph } from '../../../src/export/graph-data';
import { toGraphml } from '../../../src/export/graphml';
import { describeQuads, graphQuads } from '../../../src/export/rdf';
import { jsonLdNodes, toJsonLd, toTurtle } from '../../../src/export/serialize-rdf';
import { annotateGraph } from '../../../src/graph/annotate-graph';
import { parseExportPath } from '../../../src/http/export-routes';
import { ingestRes44 } from '../ingest/real-text';

const BASE = 'https://resolutions.example.org';
const annotated = annotateGraph(ingestRes44()).graph;
const graph: ExportGraph = {
  scope: 'graph',
  version: 'v1',
  baseUri: BASE,
  nodes: annotated.nodes.map((node) => ({
    label: node.label,
    id: node.id,
    props: node.props as unknown as Record<string, unknown>,
  })),
  relationships: annotated.relationships.map((rel) => ({
    type: rel.type,
    from: rel.from,
    to: rel.to,
    props: rel.props,
  })),
};

describe('GraphML', () => {
  it('holds every node and edge, with XML specials escaped and typed attributes', () => {
    const withSpecials: ExportGraph = {
      ...graph,
      nodes: graph.nodes.map((n) =>
        n.id === 'WTSA-44/s1/a' ? { ...n, props: { ...n.props, textZh: 'a < b & "c"\u0001' } } : n,
      ),
    };
    const read = parseGraphml(MultiDirectedGraph, toGraphml(withSpecials));
    expect(read.order).toBe(graph.nodes.length);
    expect(read.size).toBe(graph.relationships.length);
    expect(read.getNodeAttribute('WTSA-44/s1/a', 'textZh')).toBe('a < b & "c"');
    expect(read.getNodeAttributes('MEETING-WTSA-2022')).toMatchObject({ kind: 'Meeting', year: 2022 });
    expect(read.getNodeAttribute('WTSA-44', 'textLoaded')).toBe(true);
  });
});

describe('RDF', () => {
  const quads = graphQuads(graph, `${BASE}/export/graph.ttl`);

  it('writes Turtle that n3 reads back to the same triples', () => {
    const read = new Parser({ format: 'text/turtle' }).parse(toTurtle(quads, BASE, 'a comment'));
    expect(read).toHaveLength(quads.length);
  });

  it('writes JSON-LD naming the published context, one node object per subject', () => {
    const doc = JSON.parse(toJsonLd(quads, BASE));
    expect(doc['@context']).toBe(`${BASE}/ns/context.jsonld`);
    expect(doc['@graph']).toHaveLength(new Set(quads.map((q) => q.subject.value)).size);
    const paragraph = jsonLdNodes(quads, BASE).find((n) => n['@id'] === `${BASE}/id/WTSA-44/2022/zh/s1/a`)!;
    expect(paragraph['@type']).toEqual(['eli:LegalResourceSubdivision', 'itu:Provision']);
    expect(paragraph['eli:is_part_of']).toEqual([{ '@id': `${BASE}/id/WTSA-44/2022/zh/s1` }]);
    expect(paragraph['eli:cites']).toEqual([{ '@id': `${BASE}/id/PP-71` }]);
  });

  it('describes the work and its expression on ELI levels', () => {
    const expression = describeQuads(graph, `${BASE}/id/WTSA-44/2022/zh`);
    const about = (p: string) => expression.filter((q) => q.predicate.value === p).map((q) => q.object.value);
    expect(about('http://data.europa.eu/eli/ontology#realizes')).toEqual([`${BASE}/id/WTSA-44`]);
    expect(about('http://data.europa.eu/eli/ontology#language')).toEqual([
      'http://publications.europa.eu/resource/authority/language/ZHO',
    ]);
    expect(about('http://data.europa.eu/eli/ontology#date_document')).toEqual(['2022']);
    expect(about('http://data.europa.eu/eli/ontology#has_part')).toHaveLength(13 + 1 + 1);
  });
});

describe('CSV', () => {
  it('quotes what needs quoting and reads back to the same cells', () => {
    const rows = parseCsv(toCsv(graph, 'provisions'), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(13 + 90 + 1 + 1 + 4 + 51);
    const paragraph = rows.find((row) => row.unit_id === 'WTSA-44/s5/2/ii')!;
    expect(paragraph).toMatchObject({
      kind: 'Provision',
      parent_id: 'WTSA-44/s5/2',
      label: 'ii',
      level: '2',
      citation_en: 'Resolution 44 (Rev. Geneva, 2022), resolves 2 ii)',
      graph_version: 'v1',
    });
  });
});

describe('arguments and paths', () => {
  it('reads the CLI arguments and refuses what it does not know', () => {
    expect(parseExportArgs(['--format', 'turtle', '--resolution', 'WTSA-44', '--out', 'dir'])).toEqual({
      format: 'turtle',
      resolution: 'WTSA-44',
      out: 'dir',
    });
    expect(() => parseExportArgs(['--format', 'csv'])).toThrow('--out DIR is required');
    expect(() => parseExportArgs(['--out', 'x', '--fromat', 'csv'])).toThrow('unknown argument "--fromat"');
    expect(() => parseExportArgs(['--format', '--out', 'x'])).toThrow('--format needs a value');
  });

  it('reads export paths', () => {
    expect(parseExportPath('/export/graph.graphml')).toEqual({ scope: 'graph', file: { format: 'graphml' } });
    expect(parseExportPath('/export/WTSA-44/obligations.csv')).toEqual({
      scope: 'WTSA-44',
      file: { format: 'csv', table: 'obligations' },
    });
    expect(parseExportPath('/export/data-dictionary.csv')).toEqual({
      scope: 'graph',
      file: { format: 'csv-dictionary' },
    });
    expect(parseExportPath('/export/graph.exe')).toBeNull();
    expect(parseExportPath('/export/graph/users.csv')).toBeNull();
  });
});
