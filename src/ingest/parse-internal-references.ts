/**
 * References a resolution makes to its own parts:
 *
 *   附于本决议之后的行动计划 / 本决议附件中的行动计划 / 本决议所附行动计划   → the annex
 *   做出决议6                                                               → paragraph 6 of 做出决议
 *
 * A reference to a paragraph names its section by the heading verb; when two sections share that
 * verb (two 责成 sections) or the paragraph does not exist, the reference is an error.
 */
import { lineAt } from './clean-text';
import { IngestError, quote } from './ingest-error';
import type { TextOrigin } from './parse-citations';
import type { ParsedSection } from './parse-sections';
import { FURTHER_PREFIX, HEADING_WORDS } from './vocabulary';

export type ReferenceTarget = { kind: 'ANNEX' } | { kind: 'PROVISION'; sectionOrdinal: number; label: string };

export interface ParsedReference {
  target: ReferenceTarget;
  spanZh: string;
  spanStart: number;
  spanEnd: number;
}

const ANNEX_REFERENCE = /附于本决议之后的行动计划|本决议附件中的?行动计划|本决议所附的?行动计划|本决议的?附件/g;
const PARAGRAPH_REFERENCE = new RegExp(
  `(${FURTHER_PREFIX})?(${HEADING_WORDS.filter((w) => w.zh.length > 1)
    .map((w) => w.zh)
    .join('|')})(\\d+|[a-z](?=\\)))`,
  'g',
);

export function findInternalReferences(
  text: string,
  sections: readonly ParsedSection[],
  hasAnnex: boolean,
  origin: TextOrigin,
): ParsedReference[] {
  const lineOf = (offset: number): number => lineAt(origin.source, origin.textStart + offset);
  const annexRefs = [...text.matchAll(ANNEX_REFERENCE)].map((m): ParsedReference => {
    if (!hasAnnex) throw new IngestError(lineOf(m.index), 'an annex for the text to refer to', quote(m[0]));
    return { target: { kind: 'ANNEX' }, spanZh: m[0], spanStart: m.index, spanEnd: m.index + m[0].length };
  });
  const paragraphRefs = [...text.matchAll(PARAGRAPH_REFERENCE)].map((m): ParsedReference => {
    const [span, further, verb, label] = m;
    const word = HEADING_WORDS.find((w) => w.zh === verb);
    const candidates = sections.filter(
      (s) =>
        s.kind === word?.kind &&
        s.further === (further !== undefined) &&
        s.headingZh.startsWith(span.slice(0, span.length - label.length)),
    );
    const section = candidates.length === 1 ? candidates[0] : null;
    const target = section?.paragraphs.find((p) => p.label === label);
    if (!section || !target) {
      const found =
        candidates.length > 1
          ? `${candidates.length} sections headed ${verb}`
          : !section
            ? 'no such section'
            : `no paragraph ${label} in it`;
      throw new IngestError(lineOf(m.index), `a reference to one paragraph of one section (${span})`, found);
    }
    return {
      target: { kind: 'PROVISION', sectionOrdinal: section.ordinal, label },
      spanZh: span,
      spanStart: m.index,
      spanEnd: m.index + span.length,
    };
  });
  return [...annexRefs, ...paragraphRefs].sort((a, b) => a.spanStart - b.spanStart);
}
