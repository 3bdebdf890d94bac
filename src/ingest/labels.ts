/**
 * Paragraph labels as printed: a) b) …, 1 2 …, i) ii) …. A label sequence must start at its first
 * label and have no gap; `nextLabel` says which label has to come next.
 */
export type LabelStyle = 'alpha' | 'numeric' | 'roman';

const ROMAN: readonly [number, string][] = [
  [50, 'l'],
  [40, 'xl'],
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
];

export function toRoman(n: number): string {
  let out = '';
  let rest = n;
  for (const [value, digits] of ROMAN) {
    while (rest >= value) {
      out += digits;
      rest -= value;
    }
  }
  return out;
}

export function labelAt(style: LabelStyle, position: number): string {
  if (style === 'numeric') return String(position);
  if (style === 'roman') return toRoman(position);
  return String.fromCharCode('a'.charCodeAt(0) + position - 1);
}

/** The label that follows `previous` (or the first label when previous is null). */
export function nextLabel(style: LabelStyle, previous: string | null): string {
  if (previous === null) return labelAt(style, 1);
  for (let p = 1; p < 100; p += 1) if (labelAt(style, p) === previous) return labelAt(style, p + 1);
  return labelAt(style, 1);
}

export interface LabelledLine {
  label: string;
  /** Styles the label can belong to: "i" and "v" read as letters or as roman numerals. */
  styles: LabelStyle[];
  /** Offset in the line where the text after the label starts. */
  textStart: number;
}

const LETTER_OR_ROMAN = /^([a-z]{1,5})\)\s*/;
const NUMBER = /^(\d{1,3})\s+/;
const NUMBER_PAREN = /^(\d{1,3})\)\s*/;
const ROMAN_ONLY = /^[ivxl]+$/;

/** Reads a paragraph label at the start of a line: "a) ", "12 ", "iii) ". */
export function readLabel(text: string): LabelledLine | null {
  const letter = LETTER_OR_ROMAN.exec(text);
  if (letter) {
    const label = letter[1];
    const styles: LabelStyle[] = [];
    if (label.length === 1) styles.push('alpha');
    if (ROMAN_ONLY.test(label)) styles.push('roman');
    return styles.length > 0 ? { label, styles, textStart: letter[0].length } : null;
  }
  const number = NUMBER.exec(text) ?? NUMBER_PAREN.exec(text);
  return number ? { label: number[1], styles: ['numeric'], textStart: number[0].length } : null;
}
