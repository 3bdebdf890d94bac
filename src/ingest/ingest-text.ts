/**
 * The whole ingest of one text: clean → front matter → sections → annex → graph → validation.
 * Either a complete, validated graph or an IngestError; never a partial result.
 */
import { buildGraph } from './build-graph';
import { cleanText } from './clean-text';
import { createActorMatcher } from './match-actors';
import { parseAnnex } from './parse-annex';
import { parseFrontMatter } from './parse-front-matter';
import { parseSections } from './parse-sections';
import type { Registries } from './registries';
import type { NormalizedGraph } from './types';
import { validateGraph } from './validate-graph';

export function ingestText(text: string, sourceFile: string, registries: Registries): NormalizedGraph {
  const matcher = createActorMatcher(registries.actors);
  const { lines, footnotes } = cleanText(
    text,
    registries.actors.flatMap((a) => a.aliasesZh),
  );
  const front = parseFrontMatter(lines, registries.places);
  const body = parseSections(lines, front.bodyStart, front.number);
  const annex = parseAnnex(lines, body.end);
  const graph = buildGraph({ sourceFile, front, sections: body.sections, annex, footnotes }, registries, matcher);
  validateGraph(graph);
  return graph;
}
