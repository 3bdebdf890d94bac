/**
 * `npm run export -- --format graphml|jsonld|turtle|csv [--resolution WTSA-44] --out DIR`:
 * writes the whole graph (or one resolution and what its text points at) to DIR, loading the
 * seed first when the database is empty or out of date. URIs in the files start with
 * PUBLIC_BASE_URI (default http://localhost:<PORT>), as the running API's do.
 */
import fs from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { readConfig } from '../config';
import { connect } from '../graph/connect';
import { readExportRows } from '../graph/queries/export';
import { seedIfNeeded } from '../graph/seed';
import { EXPORT_FORMATS, type ExportFormat, filesOf, writeExport } from '../export';
import { jsonLdContext } from '../export/vocabulary';

export interface ExportArgs {
  format: ExportFormat;
  resolution: string | null;
  out: string;
}

export class UsageError extends Error {
  override name = 'UsageError';
}

const USAGE = 'usage: npm run export -- --format graphml|jsonld|turtle|csv [--resolution WTSA-44] --out DIR';

export function parseExportArgs(args: string[]): ExportArgs {
  const values = new Map<string, string>();
  for (let i = 0; i < args.length; i += 1) {
    const flag = args[i];
    if (!['--format', '--resolution', '--out'].includes(flag))
      throw new UsageError(`unknown argument "${flag}"; ${USAGE}`);
    const value = args[i + 1];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`${flag} needs a value; ${USAGE}`);
    values.set(flag, value);
    i += 1;
  }
  const format = values.get('--format');
  if (!format || !(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(
      `--format must be one of ${EXPORT_FORMATS.join(', ')}, received ${format ?? 'nothing'}; ${USAGE}`,
    );
  }
  const out = values.get('--out');
  if (!out) throw new UsageError(`--out DIR is required; ${USAGE}`);
  return { format: format as ExportFormat, resolution: values.get('--resolution') ?? null, out };
}

async function writeFile(file: string, chunks: Iterable<string>): Promise<number> {
  const stream = fs.createWriteStream(file);
  let bytes = 0;
  for (const chunk of chunks) {
    bytes += Buffer.byteLength(chunk);
    if (!stream.write(chunk)) await once(stream, 'drain');
  }
  stream.end();
  await once(stream, 'finish');
  return bytes;
}

async function main(argv: string[]): Promise<void> {
  const args = parseExportArgs(argv);
  const config = readConfig();
  const baseUri = config.publicBaseUri ?? `http://localhost:${config.port}`;
  const log = (message: string) => console.error(message);
  const connection = await connect(config.neo4j, { log });
  try {
    await seedIfNeeded(connection.db, { log });
    const rows = await readExportRows(connection.db, args.resolution);
    if (!rows) throw new UsageError(`no resolution has the id ${args.resolution}`);
    const graph = {
      scope: args.resolution ?? 'graph',
      version: rows.version,
      baseUri,
      nodes: rows.nodes,
      relationships: rows.relationships,
    };
    fs.mkdirSync(args.out, { recursive: true });
    for (const file of filesOf(args.format)) {
      const output = writeExport(graph, file);
      const target = path.join(args.out, output.fileName);
      const bytes = await writeFile(target, output.chunks);
      console.log(`wrote ${target} (${bytes} bytes)`);
    }
    if (args.format === 'jsonld') {
      const target = path.join(args.out, 'context.jsonld');
      fs.writeFileSync(target, `${JSON.stringify(jsonLdContext(baseUri), null, 2)}\n`);
      console.log(`wrote ${target} (the context the JSON-LD names, served at ${baseUri}/ns/context.jsonld)`);
    }
    console.log(
      `graph version ${rows.version ?? 'unknown'}: ${rows.nodes.length} nodes, ${rows.relationships.length} relationships`,
    );
  } finally {
    await connection.close();
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((error: Error) => {
    console.error(`export: ${error.name}: ${error.message}`);
    process.exit(error instanceof UsageError ? 2 : 1);
  });
}
