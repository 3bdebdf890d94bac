/**
 * The same text, extracted differently, gives the same graph: variants of the seed that a reader
 * would not tell apart from it (trailing whitespace dropped or of another kind, other line
 * endings, blank lines, other spaces, half- or full-width brackets and Latin letters) must give
 * a byte-identical graph. The variants are generated (fast-check), each printed line varied on
 * its own.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { ingestText, toStableJson } from '../../../src/ingest';
import { canonicalLine } from '../../../src/ingest/line-starts';
import { SOURCE, registries } from './real-text';

const seedText = readFileSync(SOURCE, 'utf8');
const seedLines = seedText.split('\n');
const seedGraph = toStableJson(ingestText(seedText, 'wtsa-res44-rev-geneva-2022.zh.txt', registries));

const SPACES = [' ', '\t', '\u00a0', '\u3000', '  '];

interface LineVariant {
  trailing: 'keep' | 'drop' | 'other';
  space: number;
  brackets: 'keep' | 'half' | 'full';
  fullWidthLatin: boolean;
  blankAfter: number;
}

const lineVariant: fc.Arbitrary<LineVariant> = fc.record({
  trailing: fc.constantFrom('keep', 'drop', 'other'),
  space: fc.nat({ max: SPACES.length - 1 }),
  brackets: fc.constantFrom('keep', 'half', 'full'),
  fullWidthLatin: fc.boolean(),
  blankAfter: fc.nat({ max: 2 }),
});

function toFullWidth(text: string): string {
  return text.replace(/[A-Za-z0-9]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
}

/** One printed line of the seed, varied; a page's leading whitespace stays whitespace. */
function vary(line: string, v: LineVariant): string {
  const space = SPACES[v.space];
  const lead = /^\s/.test(line) ? space : '';
  const trail = /\s$/.test(line);
  let body = line.trim().replace(/ /g, space);
  if (v.brackets === 'half') body = body.replace(/（/g, '(').replace(/）/g, ')');
  if (v.brackets === 'full') body = body.replace(/\(/g, '（').replace(/\)/g, '）');
  if (v.fullWidthLatin) body = toFullWidth(body);
  const end = !trail || v.trailing === 'drop' ? '' : v.trailing === 'other' ? space : ' ';
  return `${lead}${body}${end}`;
}

function variantOf(lineVariants: readonly LineVariant[], eol: string): string {
  return seedLines
    .flatMap((line, k) => {
      if (line.trim() === '') return [line.replace(/ /g, SPACES[lineVariants[k].space])];
      return [vary(line, lineVariants[k]), ...Array<string>(lineVariants[k].blankAfter).fill('')];
    })
    .join(eol);
}

describe('the same text, extracted differently', () => {
  it('gives a byte-identical graph for generated variants of the seed', () => {
    fc.assert(
      fc.property(
        fc.array(lineVariant, { minLength: seedLines.length, maxLength: seedLines.length }),
        fc.constantFrom('\n', '\r\n', '\r'),
        (variants, eol) => {
          const graph = toStableJson(
            ingestText(variantOf(variants, eol), 'wtsa-res44-rev-geneva-2022.zh.txt', registries),
          );
          expect(graph).toBe(seedGraph);
        },
      ),
      { numRuns: 25, seed: 44 },
    );
  });

  it('reads the seed with every trailing space stripped (the copy that failed at line 1)', () => {
    const stripped = seedLines.map((line) => line.replace(/\s+$/, '')).join('\n');
    expect(toStableJson(ingestText(stripped, 'wtsa-res44-rev-geneva-2022.zh.txt', registries))).toBe(seedGraph);
  });

  it.each([
    ['a) 全权代表大会', 'a） 全权代表大会'],
    ['a) 全权代表大会', '（a） 全权代表大会'],
    ['1) 目标', '1） 目标'],
    ['从而(i) 实施全球标准，(ii) 为', '从而（i）\u3000实施全球标准，（ii）  为'],
    ['第44号决议（2022年，日内瓦，修订版）', '第44号决议(2022年，日内瓦，修订版)'],
    ['ITU-T研究组', 'ＩＴＵ-Ｔ研究组'],
  ])('writes %s for %s', (canonical, printed) => {
    expect(canonicalLine(printed)).toBe(canonical);
  });
});
