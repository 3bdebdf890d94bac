/**
 * npm run ingest -- seed/<file> [--out graph.json]
 *
 * Ingests one resolution text, prints a summary and, with --out, writes the graph as pretty JSON
 * with sorted keys. A text the ingest cannot read prints `file:line: message` and exits 1 without
 * writing anything.
 */
import { writeFileSync } from 'node:fs';
import { IngestError, ingestFile, summarizeGraph, toStableJson, type GraphSummary } from '../ingest';

interface Args {
  file: string;
  out: string | null;
}

function parseArgs(argv: string[]): Args {
  const rest = [...argv];
  let out: string | null = null;
  const files: string[] = [];
  while (rest.length > 0) {
    const arg = rest.shift() as string;
    if (arg === '--out') {
      out = rest.shift() ?? null;
      if (!out) throw new Error('expected a file name after --out, received nothing');
    } else if (arg.startsWith('--out=')) out = arg.slice('--out='.length);
    else files.push(arg);
  }
  if (files.length !== 1)
    throw new Error(
      `expected one source file (usage: npm run ingest -- seed/<file> [--out graph.json]), received ${files.length}`,
    );
  return { file: files[0], out };
}

function formatSummary(s: GraphSummary): string {
  const modalities = Object.entries(s.obligationsByModality)
    .map(([m, n]) => `${m} ${n}`)
    .join(', ');
  return [
    `resolution        ${s.resolution}  ${s.title ?? ''}`,
    `sections          ${s.sections}`,
    `paragraphs        ${s.paragraphs}`,
    `sub-items         ${s.subItems}`,
    `footnotes         ${s.footnotes}`,
    `annex             ${s.annexProgrammes} programmes, ${s.annexItems} items`,
    `citations         ${s.citations} (${s.citedResolutions.length} distinct: ${s.citedResolutions.join(', ')})`,
    `internal refs     ${s.internalReferences}`,
    `actors mentioned  ${s.actorsMentioned.length} (${s.actorsMentioned.join(', ')})`,
    `obligations       ${Object.values(s.obligationsByModality).reduce((a, b) => a + (b ?? 0), 0)} (${modalities})`,
    `meetings          ${s.meetings}`,
    `graph             ${s.nodes} nodes, ${s.relationships} relationships`,
  ].join('\n');
}

function main(argv: string[]): number {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    return 2;
  }
  try {
    const graph = ingestFile(args.file);
    process.stdout.write(`${formatSummary(summarizeGraph(graph))}\n`);
    if (args.out) {
      writeFileSync(args.out, `${toStableJson(graph)}\n`);
      process.stdout.write(`wrote ${args.out}\n`);
    }
    return 0;
  } catch (err) {
    if (err instanceof IngestError) {
      process.stderr.write(`${args.file}:${err.line}: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
}

process.exitCode = main(process.argv.slice(2));
