/**
 * What a printed line looks like, read without its trailing whitespace: whether it starts a new
 * logical line (a labelled paragraph, a bullet, a heading, a programme …) and whether it is one
 * whole by itself (the header, the closing line, 附件). cleanText joins printed lines by these
 * shapes, so that an extractor that drops or adds trailing spaces gives the same logical lines.
 *
 * Also the canonical form of what a reader sees as the same: every run of whitespace inside a
 * line is one space; full-width Latin letters and digits are half-width; a label's bracket is
 * half-width (a), 1), (i)) and every other bracket full-width （…）, as the ITU's Chinese texts
 * print them.
 */
import { readLabel } from './labels';
import { readHeading } from './parse-sections';

const BULLET = /^[•·●▪]/;
const PROGRAMME = /^[一二三四五六七八九十]+\s*项目\s*\d+\s*[：:]/;
const HEADER = /^第\d+号决议（[^（）]+）$/;
const CLOSING = /^（第\d+号决议（[^（）]+））$/;
/** The history of a revised text: （2004年，弗洛里亚诺波利斯；2008年，…）, years separated by ；. */
const HISTORY = /^（\d{4}年，[^（）；]+；/;
const ADOPTING = /^[^（）]+（\d{4}年，[^，（）]+），?$/;
const CONDITION = /^在(?:[^，；。（]|（[^（）]*）)*(?:范围内|前提下)[，,]?$/;
const ANNEX = /^附件$/;
const FOOTNOTE_RULE = /^_{5,}$/;
/** A heading starts a line only after a line that ends a clause: a sentence may go on with 请…. */
const CLAUSE_END = /[，；。：,;:]$/;

/** Whether `line` starts a logical line, given the printed line before it (null at the start). */
export function startsLogicalLine(line: string, before: string | null): boolean {
  if (readLabel(line) !== null || BULLET.test(line) || PROGRAMME.test(line)) return true;
  if (HEADER.test(line) || CLOSING.test(line) || HISTORY.test(line) || ADOPTING.test(line)) return true;
  if (CONDITION.test(line) || ANNEX.test(line) || FOOTNOTE_RULE.test(line)) return true;
  return readHeading(line) !== null && (before === null || CLAUSE_END.test(before));
}

/** Whether `line` is a logical line by itself, whatever follows it. */
export function isWholeLine(line: string): boolean {
  return HEADER.test(line) || CLOSING.test(line) || ANNEX.test(line);
}

const FULL_WIDTH_ALNUM = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g;
const LABEL_AT_START = /^[（(]?([a-z]{1,5}|\d{1,3})[)）]/;
const INLINE_ROMAN = /[（(]([ivx]{1,5})[)）]/g;

/** The canonical form of a printed line's content (trimmed). */
export function canonicalLine(text: string): string {
  const labelled = text
    .trim()
    .replace(/\s+/g, ' ')
    .replace(FULL_WIDTH_ALNUM, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(INLINE_ROMAN, '($1)');
  return labelled.replace(LABEL_AT_START, '$1)');
}
