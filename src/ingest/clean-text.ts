/**
 * Cleans the text a PDF extractor produced from an ITU publication into logical lines.
 *
 * The extractor's artefacts, and how each is undone:
 * - a blank line between every two printed lines: blank lines carry no meaning and are dropped;
 * - a paragraph broken across printed lines: a printed line that ends a paragraph (or a heading)
 *   ends with a space, one broken mid-sentence does not; broken lines are joined without
 *   inserting anything (Chinese has no spaces between words; a space is kept only between two
 *   Latin letters or digits). A line that leaves a （ open is also continued, since the history
 *   line of a resolution is printed over two lines each ending with a space;
 * - the first printed line of every page starts with a space: it is dropped, and counted as a
 *   page break;
 * - footnotes printed at the foot of a page (a ____ rule, then `1 footnote text`): lifted out of
 *   the flow, which continues on the next page, and kept as footnotes;
 * - the footnote's marker glued to the word it annotates (发展中国家1): removed from the text and
 *   recorded with that word as the footnote's anchor.
 */
import { IngestError, quote } from './ingest-error';
import { canonicalLine, isWholeLine, startsLogicalLine } from './line-starts';

export interface SourceLine {
  /** The logical line, artefacts removed. */
  text: string;
  /** 1-based line in the source file where the logical line starts. */
  line: number;
  /** Page on which it starts (pages counted by the extractor's page-break marks). */
  page: number;
  /** Where each further printed line starts in `text`, so that any offset maps to a source line. */
  breaks: { offset: number; line: number }[];
}

export interface CleanFootnote {
  marker: string;
  textZh: string;
  /** Source line of the footnote's own text. */
  line: number;
  anchorZh: string;
  /** Source line of the marker in the flow, and the start line of the logical line holding it. */
  anchorLine: number;
  anchorLogicalLine: number;
}

export interface CleanText {
  lines: SourceLine[];
  footnotes: CleanFootnote[];
}

const FOOTNOTE_RULE = /^_{5,}$/;
const FOOTNOTE_START = /^(\d{1,2})\s+(\S.*)$/;
const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff';
/** A marker: digits glued to a Chinese character, but not 第N, N号, N年 … which are text. */
const MARKER = new RegExp(`(?<=[${CJK}])(?<!第)\\d{1,2}(?![\\d号年月日个项条款次届%])`, 'g');
const CJK_RUN_BEFORE = new RegExp(`[${CJK}]+$`);

/** Maps an offset in a logical line to the 1-based source line it came from. */
export function lineAt(source: SourceLine, offset: number): number {
  let line = source.line;
  for (const b of source.breaks) if (b.offset <= offset) line = b.line;
  return line;
}

function joinPrinted(before: string, after: string): string {
  return /[A-Za-z0-9]$/.test(before) && /^[A-Za-z0-9]/.test(after) ? ' ' : '';
}

function leavesBracketOpen(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (ch === '（' || ch === '(') depth += 1;
    else if ((ch === '）' || ch === ')') && depth > 0) depth -= 1;
  }
  return depth > 0;
}

interface PendingFootnote {
  marker: string;
  textZh: string;
  line: number;
  page: number;
  ruleLine: number;
}

/** A printed line with content, as read from the source. */
interface PrintedLine {
  /** Canonical content (line-starts.ts). */
  text: string;
  line: number;
  /** The extractor's marks: leading whitespace starts a page, trailing whitespace ends a paragraph. */
  startsPage: boolean;
  endsMarked: boolean;
}

/** A printed line of the flow (footnote blocks lifted out), with the page it is on. */
interface FlowLine extends PrintedLine {
  page: number;
}

/**
 * @param anchorTerms words a footnote marker may annotate (the actor aliases); the longest one
 *   ending at the marker is its anchor, else the run of Chinese characters before it.
 */
export function cleanText(text: string, anchorTerms: readonly string[] = []): CleanText {
  const printed = readPrinted(text);
  const { flow, pending, pageStarts } = liftFootnotes(printed);
  const lines = joinFlow(flow);
  const footnotes = pending.map((fn) => anchorFootnote(fn, lines, pageStarts[fn.page] ?? 1, anchorTerms));
  return { lines, footnotes };
}

function readPrinted(text: string): PrintedLine[] {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((raw, index) => ({
      text: canonicalLine(raw),
      line: index + 1,
      startsPage: /^\s/.test(raw),
      endsMarked: /\s$/.test(raw),
    }))
    .filter((p) => p.text !== '');
}

/** Counts pages and lifts the footnote blocks (a ____ rule to the end of its page) out of the flow. */
function liftFootnotes(printed: readonly PrintedLine[]): {
  flow: FlowLine[];
  pending: PendingFootnote[];
  pageStarts: number[];
} {
  const flow: FlowLine[] = [];
  const pending: PendingFootnote[] = [];
  const pageStarts: number[] = [1];
  let page = 0;
  let footnoteRule: number | null = null;
  for (const p of printed) {
    if (p.startsPage) {
      page += 1;
      pageStarts[page] = p.line;
      footnoteRule = null;
    }
    if (FOOTNOTE_RULE.test(p.text)) {
      footnoteRule = p.line;
      continue;
    }
    if (footnoteRule === null) {
      flow.push({ ...p, page });
      continue;
    }
    const start = FOOTNOTE_START.exec(p.text);
    const last = pending[pending.length - 1];
    if (start) pending.push({ marker: start[1], textZh: start[2], line: p.line, page, ruleLine: footnoteRule });
    else if (last && last.ruleLine === footnoteRule) last.textZh += joinPrinted(last.textZh, p.text) + p.text;
    else throw new IngestError(p.line, 'a footnote starting with its number below the ____ rule', quote(p.text));
  }
  return { flow, pending, pageStarts };
}

/**
 * Joins printed lines into logical lines. A printed line ends its logical line when the next one
 * starts a new one by its shape (a label, a bullet, a heading … line-starts.ts), when it is a
 * whole line by itself, or, in a text whose extractor marks paragraph ends with a trailing space,
 * when it carries that mark; never while it leaves a （ open.
 */
function joinFlow(flow: readonly FlowLine[]): SourceLine[] {
  const marked = flow.some((p) => p.endsMarked);
  const lines: SourceLine[] = [];
  let current: SourceLine | null = null;
  flow.forEach((p, k) => {
    if (current === null) {
      current = { text: p.text, line: p.line, page: p.page, breaks: [] };
    } else {
      const sep = joinPrinted(current.text, p.text);
      current.breaks.push({ offset: current.text.length + sep.length, line: p.line });
      current.text += sep + p.text;
    }
    const next = flow[k + 1];
    const ends = !next || isWholeLine(p.text) || startsLogicalLine(next.text, p.text) || (marked && p.endsMarked);
    if (ends && !leavesBracketOpen(current.text)) {
      lines.push(current);
      current = null;
    }
  });
  if (current !== null) lines.push(current);
  return lines;
}

/** Finds the footnote's marker on its page above the rule, removes it and names its anchor. */
function anchorFootnote(
  fn: PendingFootnote,
  lines: SourceLine[],
  pageStart: number,
  anchorTerms: readonly string[],
): CleanFootnote {
  const hits: { source: SourceLine; offset: number }[] = [];
  for (const source of lines) {
    for (const m of source.text.matchAll(MARKER)) {
      const at = lineAt(source, m.index);
      if (m[0] === fn.marker && at >= pageStart && at < fn.ruleLine) hits.push({ source, offset: m.index });
    }
  }
  if (hits.length !== 1) {
    const found =
      hits.length === 0 ? 'none' : `${hits.length}, on lines ${hits.map((h) => lineAt(h.source, h.offset)).join(', ')}`;
    throw new IngestError(fn.line, `one marker ${fn.marker} on the page of footnote ${fn.marker}`, found);
  }
  const { source, offset } = hits[0];
  const anchorLine = lineAt(source, offset);
  const before = source.text.slice(0, offset);
  const term = anchorTerms.filter((t) => before.endsWith(t)).sort((a, b) => b.length - a.length)[0];
  const anchorZh = term ?? CJK_RUN_BEFORE.exec(before)?.[0] ?? '';
  source.text = before + source.text.slice(offset + fn.marker.length);
  source.breaks = source.breaks.map((b) => (b.offset > offset ? { ...b, offset: b.offset - fn.marker.length } : b));
  return { marker: fn.marker, textZh: fn.textZh, line: fn.line, anchorZh, anchorLine, anchorLogicalLine: source.line };
}
