/**
 *   /export                                   what can be exported (JSON)
 *   /export/graph.graphml | .jsonld | .ttl    the whole graph
 *   /export/WTSA-44.graphml | .jsonld | .ttl  one resolution and what its text points at
 *   /export/graph/obligations.csv …           CSV tables (obligations, citations, provisions, actors)
 *   /export/data-dictionary.csv               what every CSV column holds
 *
 * Files are streamed as they are written (chunked, with backpressure), carry the graph version
 * inside, and answer with an ETag of the graph version and the file: a client that sends it
 * back in If-None-Match gets a 304 while the graph has not changed.
 */
import { createHash } from 'node:crypto';
import type http from 'node:http';
import type { Database } from '../graph/database';
import { readExportRows } from '../graph/queries/export';
import { CSV_TABLES, type CsvTable, EXPORT_FORMATS, type ExportFile, exportPath, writeExport } from '../export';
import { HttpError, type Route, sendJson } from './exchange';

const EXTENSIONS: Record<string, ExportFile> = {
  graphml: { format: 'graphml' },
  jsonld: { format: 'jsonld' },
  ttl: { format: 'turtle' },
};

/** What a path under /export/ asks for: a scope (`graph` or a resolution id) and a file. */
export function parseExportPath(pathname: string): { scope: string; file: ExportFile } | null {
  if (pathname === '/export/data-dictionary.csv') return { scope: 'graph', file: { format: 'csv-dictionary' } };
  const rest = pathname.slice('/export/'.length);
  const csv = /^([^/]+)\/([a-z]+)\.csv$/.exec(rest);
  if (csv) {
    const table = csv[2] as CsvTable;
    if (!(CSV_TABLES as readonly string[]).includes(table)) return null;
    return { scope: decode(csv[1]), file: { format: 'csv', table } };
  }
  const single = /^([^/]+)\.([a-z]+)$/.exec(rest);
  if (single && EXTENSIONS[single[2]]) return { scope: decode(single[1]), file: EXTENSIONS[single[2]] };
  return null;
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new HttpError(400, `"${segment.slice(0, 40)}" is not valid percent-encoded UTF-8`);
  }
}

/**
 * Writes the chunks with backpressure through one 'drain' listener for the whole file: the
 * compression middleware hands 'drain' listeners to its zlib stream and never takes them back,
 * so a listener per full buffer (events.once) piled up on a large export.
 */
async function stream(res: http.ServerResponse, chunks: Iterable<string>): Promise<void> {
  let wake: (() => void) | null = null;
  const resume = () => wake?.();
  res.on('drain', resume);
  res.once('close', resume);
  for (const chunk of chunks) {
    if (res.destroyed) return;
    if (!res.write(chunk)) await new Promise<void>((resolve) => (wake = resolve));
    wake = null;
  }
  res.end();
}

export interface ExportRouteOptions {
  db: Database;
  baseUri: () => string;
}

export function exportRoutes(options: ExportRouteOptions): Route[] {
  const { db } = options;
  return [
    {
      name: 'export-index',
      matches: (url) => url.pathname === '/export' || url.pathname === '/export/',
      async handle({ res }) {
        const files = EXPORT_FORMATS.flatMap((format) =>
          format === 'csv'
            ? [
                ...CSV_TABLES.map((table) => exportPath('graph', { format: 'csv', table })),
                '/export/data-dictionary.csv',
              ]
            : [exportPath('graph', { format })],
        );
        sendJson(res, 200, {
          files,
          resolution:
            'replace "graph" with a resolution id (e.g. /export/WTSA-44.ttl, /export/WTSA-44/obligations.csv) for one resolution',
        });
      },
    },
    {
      name: 'export',
      matches: (url) => url.pathname.startsWith('/export/'),
      async handle({ req, res, url }) {
        if (req.method !== 'GET' && req.method !== 'HEAD')
          throw new HttpError(405, 'exports answer GET and HEAD only', { allow: 'GET, HEAD' });
        const request = parseExportPath(url.pathname);
        if (!request) {
          sendJson(res, 404, {
            error: 'not found',
            reason: `no export ${url.pathname.slice(0, 200)}; the list is at /export`,
          });
          return;
        }
        const rows =
          request.file.format === 'csv-dictionary'
            ? { nodes: [], relationships: [], version: null }
            : await readExportRows(db, request.scope === 'graph' ? null : request.scope);
        if (!rows) {
          sendJson(res, 404, { error: 'not found', reason: `no resolution has the id ${request.scope}` });
          return;
        }
        const graph = {
          scope: request.scope,
          version: rows.version,
          baseUri: options.baseUri(),
          nodes: rows.nodes,
          relationships: rows.relationships,
        };
        const output = writeExport(graph, request.file);
        const etag = `"${createHash('sha256').update(`${rows.version}\0${graph.baseUri}\0${url.pathname}`).digest('hex').slice(0, 32)}"`;
        res.setHeader('etag', etag);
        res.setHeader('cache-control', 'no-cache');
        if (req.headers['if-none-match']?.split(',').some((tag) => tag.trim() === etag)) {
          res.statusCode = 304;
          res.end();
          return;
        }
        res.statusCode = 200;
        res.setHeader('content-type', output.mediaType);
        res.setHeader('content-disposition', `inline; filename="${output.fileName}"`);
        res.setHeader('access-control-allow-origin', '*');
        if (rows.version) res.setHeader('x-graph-version', rows.version);
        if (req.method === 'HEAD') {
          res.end();
          return;
        }
        await stream(res, output.chunks);
      },
    },
  ];
}
