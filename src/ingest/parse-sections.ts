/**
 * The body of a resolution: its sections, from the first heading after the adopting assembly to
 * the closing line （第44号决议（2022年，日内瓦，修订版））.
 *
 * The preamble: 考虑到, 认识到, 忆及, 注意到, 铭记 … with paragraphs a) b) c) ….
 * The operative part: 做出决议, 责成, 请, 鼓励, 要求, 敦促 … with paragraphs 1 2 3 …; a paragraph
 * that ends with ： introduces sub-items i) ii) … (or a) b) … under a numbered paragraph).
 * Any heading may start with 进一步 ("further"). A heading names its addressees (请国际电联理事会)
 * and may be followed by condition lines (在可用资源范围内，) before its first paragraph.
 */
import type { SourceLine } from './clean-text';
import { IngestError, quote } from './ingest-error';
import { labelAt, nextLabel, readLabel, type LabelStyle, type LabelledLine } from './labels';
import type { Part, SectionKind } from './types';
import { FURTHER_PREFIX, HEADING_WORDS } from './vocabulary';

export interface ParsedProvision {
  label: string;
  level: 1 | 2;
  textZh: string;
  source: SourceLine;
  /** Where textZh starts in source.text (after the label). */
  textStart: number;
  children: ParsedProvision[];
  /** Label style of the sub-items, set by the first one. */
  childStyle: LabelStyle | null;
}

export interface ParsedSection {
  ordinal: number;
  part: Part;
  kind: SectionKind;
  further: boolean;
  /** The heading line and its condition lines (在可用资源范围内，), joined. */
  headingZh: string;
  /** The heading after its verb (and after a separating ，): addressees and collaborators. */
  headingRestZh: string;
  line: number;
  /** The heading's printed line. */
  source: SourceLine;
  paragraphs: ParsedProvision[];
  /** Label style of the paragraphs, set by the first one. */
  style: LabelStyle | null;
}

export interface ParsedBody {
  sections: ParsedSection[];
  /** Index in the lines of the first line after the closing line. */
  end: number;
}

const CLOSING = /^（第(\d+)号决议（[^（）]+））$/;
const CONDITION_LINE = /^在(?:[^，；。（]|（[^（）]*）)*(?:范围内|前提下)[，,]?$/;
const WORDS_LONGEST_FIRST = [...HEADING_WORDS].sort((a, b) => b.zh.length - a.zh.length);

interface Heading {
  kind: SectionKind;
  part: Part;
  further: boolean;
  rest: string;
}

/** Reads a section heading; a preamble heading is the bare verb, an operative one may name addressees. */
export function readHeading(text: string): Heading | null {
  const further = text.startsWith(FURTHER_PREFIX);
  const body = further ? text.slice(FURTHER_PREFIX.length) : text;
  const word = WORDS_LONGEST_FIRST.find((w) => body.startsWith(w.zh));
  if (!word) return null;
  const rest = body
    .slice(word.zh.length)
    .replace(/^[，,\s]+/, '')
    .replace(/[，,：:\s]+$/, '');
  if (word.part === 'PREAMBLE' && rest !== '') return null;
  return { kind: word.kind, part: word.part, further, rest };
}

export function parseSections(lines: readonly SourceLine[], start: number, ownNumber: number): ParsedBody {
  const sections: ParsedSection[] = [];
  for (let i = start; i < lines.length; i += 1) {
    const source = lines[i];
    const text = source.text;
    const closing = CLOSING.exec(text);
    if (closing) {
      if (Number(closing[1]) !== ownNumber) {
        throw new IngestError(source.line, `the closing line of resolution ${ownNumber}`, quote(text));
      }
      if (sections.length === 0)
        throw new IngestError(source.line, 'at least one section before the closing line', quote(text));
      return { sections, end: i + 1 };
    }
    const current = sections[sections.length - 1];
    const label = readLabel(text);
    const heading = label ? null : readHeading(text);
    if (label) {
      if (!current)
        throw new IngestError(
          source.line,
          'a section heading (考虑到, 做出决议 …) before the first paragraph',
          quote(text),
        );
      placeParagraph(current, label, source);
    } else if (heading) {
      if (heading.part === 'PREAMBLE' && sections.some((s) => s.part === 'OPERATIVE')) {
        throw new IngestError(
          source.line,
          'an operative heading or the closing line once the operative part has begun',
          quote(text),
        );
      }
      sections.push({
        ordinal: sections.length + 1,
        part: heading.part,
        kind: heading.kind,
        further: heading.further,
        headingZh: text,
        headingRestZh: heading.rest,
        line: source.line,
        source,
        paragraphs: [],
        style: null,
      });
    } else if (current && current.paragraphs.length === 0 && CONDITION_LINE.test(text)) {
      // A condition line printed under its heading is part of it, but a line of its own: kept on
      // its own line so that the heading does not read as one run-on phrase.
      current.headingZh += `\n${text}`;
    } else {
      throw new IngestError(
        source.line,
        'a section heading (考虑到, 做出决议, 责成 …), a labelled paragraph or the closing line',
        quote(text),
      );
    }
  }
  const last = lines[lines.length - 1];
  throw new IngestError(
    last?.line ?? 1,
    `the closing line （第${ownNumber}号决议（…）） after the operative part`,
    'the end of the text',
  );
}

function provision(label: LabelledLine, source: SourceLine, level: 1 | 2): ParsedProvision {
  return {
    label: label.label,
    level,
    textZh: source.text.slice(label.textStart),
    source,
    textStart: label.textStart,
    children: [],
    childStyle: null,
  };
}

/** Places a labelled line as the next paragraph of the section or the next sub-item of its last paragraph. */
function placeParagraph(section: ParsedSection, label: LabelledLine, source: SourceLine): void {
  const last = section.paragraphs[section.paragraphs.length - 1];
  if (!last) {
    const style = label.styles.find((s) => s !== 'roman') ?? null;
    if (!style || label.label !== labelAt(style, 1)) {
      throw new IngestError(
        source.line,
        `the first paragraph of ${section.headingZh} labelled a) or 1`,
        `“${label.label}”`,
      );
    }
    section.style = style;
    section.paragraphs.push(provision(label, source, 1));
    return;
  }
  const style = section.style as LabelStyle;
  const topLabel = nextLabel(style, last.label);
  const lastChild = last.children[last.children.length - 1];
  const subStyle = last.childStyle ?? firstSubStyle(label, style);
  const opensSubItems = last.children.length > 0 || last.textZh.endsWith('：');
  const subLabel = subStyle ? nextLabel(subStyle, lastChild?.label ?? null) : null;
  const subExpected = subLabel ?? (style === 'alpha' ? 'i' : 'i or a');

  if (opensSubItems && subStyle && label.styles.includes(subStyle) && label.label === subLabel) {
    last.childStyle = subStyle;
    last.children.push(provision(label, source, 2));
  } else if (label.styles.includes(style) && label.label === topLabel) {
    section.paragraphs.push(provision(label, source, 1));
  } else {
    const expected = opensSubItems ? `${topLabel} or sub-item ${subExpected}` : topLabel;
    throw new IngestError(
      source.line,
      `label ${expected} after ${lastChild ? `${last.label} ${lastChild.label}` : last.label} in ${section.headingZh}`,
      `“${label.label}”`,
    );
  }
}

function firstSubStyle(label: LabelledLine, paragraphStyle: LabelStyle): LabelStyle | null {
  const candidates: LabelStyle[] = ['roman', 'alpha', 'numeric'];
  return (
    candidates.find((s) => s !== paragraphStyle && label.styles.includes(s) && label.label === labelAt(s, 1)) ?? null
  );
}
