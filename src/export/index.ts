/**
 * The export files: which ones there are, and each as a media type, a file name and its text in
 * chunks, from an ExportGraph. Used by the CLI (`npm run export`) and by the /export/ routes.
 */
import { CSV_TABLES, type CsvTable, dataDictionaryCsv, toCsv } from './csv';
import type { ExportFormat, ExportGraph } from './graph-data';
import { graphmlChunks } from './graphml';
import { graphQuads } from './rdf';
import { jsonLdChunks, turtleChunks } from './serialize-rdf';

export { CSV_TABLES, type CsvTable } from './csv';
export { EXPORT_FORMATS, type ExportFormat, type ExportGraph } from './graph-data';

/** One file of an export. */
export type ExportFile =
  { format: 'graphml' | 'jsonld' | 'turtle' } | { format: 'csv'; table: CsvTable } | { format: 'csv-dictionary' };

export interface ExportOutput {
  fileName: string;
  mediaType: string;
  chunks: Iterable<string>;
}

const EXTENSION = { graphml: 'graphml', jsonld: 'jsonld', turtle: 'ttl' } as const;
const MEDIA = {
  graphml: 'application/graphml+xml; charset=utf-8',
  jsonld: 'application/ld+json; charset=utf-8',
  turtle: 'text/turtle; charset=utf-8',
  csv: 'text/csv; charset=utf-8; header=present',
} as const;

/** The files a format writes: one for graphs and RDF, a table each and the dictionary for CSV. */
export function filesOf(format: ExportFormat): ExportFile[] {
  if (format === 'csv')
    return [...CSV_TABLES.map((table): ExportFile => ({ format: 'csv', table })), { format: 'csv-dictionary' }];
  return [{ format }];
}

/** The path an export file is served at (and its name in the CLI's output directory, without the folder). */
export function exportPath(scope: string, file: ExportFile): string {
  if (file.format === 'csv-dictionary') return '/export/data-dictionary.csv';
  if (file.format === 'csv') return `/export/${encodeURIComponent(scope)}/${file.table}.csv`;
  return `/export/${encodeURIComponent(scope)}.${EXTENSION[file.format]}`;
}

export function fileName(scope: string, file: ExportFile): string {
  if (file.format === 'csv-dictionary') return 'data-dictionary.csv';
  if (file.format === 'csv') return `${scope}-${file.table}.csv`;
  return `${scope}.${EXTENSION[file.format]}`;
}

export function writeExport(graph: ExportGraph, file: ExportFile): ExportOutput {
  const name = fileName(graph.scope, file);
  const exportUri = `${graph.baseUri}${exportPath(graph.scope, file)}`;
  const comment = `${graph.scope === 'graph' ? 'The ITU resolutions graph' : `Resolution ${graph.scope} of the ITU resolutions graph`}, graph version ${graph.version ?? 'unknown'}`;
  switch (file.format) {
    case 'graphml':
      return { fileName: name, mediaType: MEDIA.graphml, chunks: graphmlChunks(graph) };
    case 'jsonld':
      return {
        fileName: name,
        mediaType: MEDIA.jsonld,
        chunks: jsonLdChunks(graphQuads(graph, exportUri), graph.baseUri),
      };
    case 'turtle':
      return {
        fileName: name,
        mediaType: MEDIA.turtle,
        chunks: turtleChunks(graphQuads(graph, exportUri), graph.baseUri, comment),
      };
    case 'csv':
      return { fileName: name, mediaType: MEDIA.csv, chunks: [toCsv(graph, file.table)] };
    case 'csv-dictionary':
      return { fileName: name, mediaType: MEDIA.csv, chunks: [dataDictionaryCsv()] };
  }
}
