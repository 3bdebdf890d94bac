/**
 * A minimal resolution in the printed format, for fixtures: every printed line that ends a
 * paragraph or heading ends with a space, as the extractor prints it. Tests change a line or two
 * and assert on the line number an error names (1-based index in the array).
 */
import { ingestText, type NormalizedGraph } from '../../../src/ingest';
import { IngestError } from '../../../src/ingest';
import { registries } from './real-text';

export const MINIMAL: readonly string[] = [
  '第9号决议（2022年，日内瓦） ', //                1
  '测试决议的标题 ', //                            2
  '世界电信标准化全会（2022年，日内瓦）， ', //      3
  '考虑到 ', //                                   4
  'a) 第一段； ', //                               5
  'b) 第二段， ', //                               6
  '做出决议 ', //                                  7
  '1 电信标准化局须做第一件事； ', //                8
  '2 第二件事。 ', //                              9
  '（第9号决议（2022年，日内瓦）） ', //            10
];

/** MINIMAL with the lines from `at` (1-based) on replaced: replace(5, 2, 'x ') drops lines 5-6 for one line. */
export function edit(at: number, remove: number, ...insert: string[]): string[] {
  const lines = [...MINIMAL];
  lines.splice(at - 1, remove, ...insert);
  return lines;
}

export function ingestLines(lines: readonly string[]): NormalizedGraph {
  return ingestText(lines.join('\n'), 'fixture.zh.txt', registries);
}

/** The IngestError that ingesting the lines throws (fails the test when none is thrown). */
export function ingestError(lines: readonly string[]): IngestError {
  try {
    ingestLines(lines);
  } catch (err) {
    if (err instanceof IngestError) return err;
    throw err;
  }
  throw new Error('expected an IngestError, the text was ingested');
}
