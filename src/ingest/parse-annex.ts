/**
 * The annex after the closing line: 附件, its title, then programmes
 *
 *   一 项目1：提高标准制定能力          programme (the Chinese numeral and 项目N agree)
 *   1) 目标 / 2) 活动 / a) …：          groups: objectives, activities, or a labelled group
 *   • …                                 bullets
 *
 * Bullets are printed flat; their nesting is only implied. A bullet ending in ： introduces the
 * bullets under it. Its list ends at the next group or programme, at a bullet that itself ends
 * in ： (an introducer is a sibling of the previous introducer, never its child), or, for a list
 * enumerated with ；, at the item that ends the enumeration with 。 (项目2 目标 and 活动: "协助
 * 发展中国家：" takes the ；-items up to the one ending in 。; "TSB将与BDT开展合作，采取以下行动："
 * takes every bullet after it, each a sentence of its own, up to the next programme).
 */
import type { SourceLine } from './clean-text';
import { IngestError, quote } from './ingest-error';
import { labelAt, nextLabel, readLabel, toRoman, type LabelStyle } from './labels';
import type { AnnexItemKind } from './types';
import { chineseNumeral } from './vocabulary';

export interface ParsedAnnexItem {
  kind: AnnexItemKind;
  label: string | null;
  textZh: string;
  source: SourceLine;
  /** Where textZh starts in source.text. */
  textStart: number;
  children: ParsedAnnexItem[];
  /** For an item of an inline enumeration, where its text stands in its parent's textZh. */
  inParent: { start: number; end: number } | null;
}

export interface ParsedProgramme {
  number: number;
  titleZh: string;
  source: SourceLine;
  /** Where titleZh starts in source.text. */
  titleStart: number;
  items: ParsedAnnexItem[];
}

export interface ParsedAnnex {
  titleZh: string;
  titleSource: SourceLine;
  line: number;
  programmes: ParsedProgramme[];
}

const ANNEX_HEADING = /^附件$/;
const PROGRAMME = /^([一二三四五六七八九十]+)\s*项目\s*(\d+)\s*[：:]\s*(\S.*)$/;
const BULLET = /^[•·●▪]\s*/;

function groupKind(text: string): AnnexItemKind {
  const name = text.replace(/[：:]$/, '');
  if (name === '目标') return 'OBJECTIVES';
  if (name === '活动') return 'ACTIVITIES';
  return 'GROUP';
}

interface BulletList {
  /** Where bullets go when no introducer is open: the current group, or the programme. */
  container: ParsedAnnexItem[];
  introducer: ParsedAnnexItem | null;
  enumeratedWithSemicolons: boolean;
}

export function parseAnnex(lines: readonly SourceLine[], start: number): ParsedAnnex | null {
  if (start >= lines.length) return null;
  const heading = lines[start];
  if (!ANNEX_HEADING.test(heading.text)) {
    throw new IngestError(heading.line, 'nothing after the closing line but the annex (附件)', quote(heading.text));
  }
  const titleSource = lines[start + 1];
  if (!titleSource || PROGRAMME.test(titleSource.text)) {
    throw new IngestError(
      titleSource?.line ?? heading.line,
      'the title of the annex after 附件',
      titleSource ? quote(titleSource.text) : 'the end of the text',
    );
  }
  const annex: ParsedAnnex = { titleZh: titleSource.text, titleSource, line: heading.line, programmes: [] };
  let list: BulletList | null = null;
  let groupStyle: LabelStyle | null = null;
  let lastGroupLabel: string | null = null;

  for (const source of lines.slice(start + 2)) {
    const text = source.text;
    const programme = PROGRAMME.exec(text);
    const current = annex.programmes[annex.programmes.length - 1];
    if (programme) {
      const number = Number(programme[2]);
      const expected = annex.programmes.length + 1;
      if (number !== expected || chineseNumeral(programme[1]) !== number) {
        throw new IngestError(source.line, `programme 项目${expected}, its Chinese numeral agreeing`, quote(text));
      }
      const p: ParsedProgramme = {
        number,
        titleZh: programme[3],
        source,
        titleStart: text.length - programme[3].length,
        items: [],
      };
      annex.programmes.push(p);
      list = { container: p.items, introducer: null, enumeratedWithSemicolons: false };
      groupStyle = null;
      lastGroupLabel = null;
      continue;
    }
    if (!current || !list) {
      throw new IngestError(source.line, 'the first programme of the annex (一 项目1：…)', quote(text));
    }
    const bullet = BULLET.exec(text);
    if (bullet) {
      const item: ParsedAnnexItem = {
        kind: 'BULLET',
        label: null,
        textZh: text.slice(bullet[0].length),
        source,
        textStart: bullet[0].length,
        children: [],
        inParent: null,
      };
      item.children.push(...readInlineEnumeration(item));
      placeBullet(list, item);
      continue;
    }
    const label = readLabel(text);
    const style = label?.styles.find((s) => s !== 'roman') ?? null;
    if (
      label &&
      style &&
      (groupStyle === null
        ? label.label === labelAt(style, 1)
        : style === groupStyle && label.label === nextLabel(groupStyle, lastGroupLabel))
    ) {
      const textZh = text.slice(label.textStart);
      const group: ParsedAnnexItem = {
        kind: groupKind(textZh),
        label: label.label,
        textZh,
        source,
        textStart: label.textStart,
        children: [],
        inParent: null,
      };
      group.children.push(...readInlineEnumeration(group));
      current.items.push(group);
      list = { container: group.children, introducer: null, enumeratedWithSemicolons: false };
      groupStyle = style;
      lastGroupLabel = label.label;
      continue;
    }
    const expected = groupStyle ? `group ${nextLabel(groupStyle, lastGroupLabel)})` : 'group 1) or a)';
    throw new IngestError(source.line, `a programme, ${expected} or a bullet •`, quote(text));
  }
  return annex;
}

function placeBullet(list: BulletList, item: ParsedAnnexItem): void {
  const introduces = item.textZh.endsWith('：');
  if (list.introducer && !introduces) {
    list.introducer.children.push(item);
    if (item.textZh.endsWith('；')) list.enumeratedWithSemicolons = true;
    else if (list.enumeratedWithSemicolons && item.textZh.endsWith('。')) list.introducer = null;
    return;
  }
  list.container.push(item);
  list.introducer = introduces ? item : null;
  list.enumeratedWithSemicolons = false;
}

const INLINE_LABEL = /\(([ivx]{1,5})\)\s*/g;

/**
 * An enumeration inside an item's text: 从而(i) 实施全球标准，(ii) 为…，(iii) …，(iv) 与BDT…讨论。
 * Its labels must run (i), (ii), … from the first, at least two; each item's text runs to the next
 * label (its ，kept, as a sub-item keeps its ；) and the last one's to the end of the text.
 */
export function readInlineEnumeration(item: ParsedAnnexItem): ParsedAnnexItem[] {
  const labels = [...item.textZh.matchAll(INLINE_LABEL)];
  const run = labels.findIndex((m, k) => m[1] !== toRoman(k + 1));
  const enumerated = run < 0 ? labels : labels.slice(0, run);
  if (enumerated.length < 2) return [];
  return enumerated.map((m, k) => {
    const start = m.index + m[0].length;
    const end = k + 1 < enumerated.length ? enumerated[k + 1].index : item.textZh.length;
    const textZh = item.textZh.slice(start, end).trimEnd();
    return {
      kind: 'ENUMERATED',
      label: m[1],
      textZh,
      source: item.source,
      textStart: item.textStart + start,
      children: [],
      inParent: { start, end: start + textZh.length },
    };
  });
}
