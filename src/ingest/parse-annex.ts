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
import { labelAt, nextLabel, readLabel, type LabelStyle } from './labels';
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
}

export interface ParsedProgramme {
  number: number;
  titleZh: string;
  source: SourceLine;
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
    throw new IngestError(titleSource?.line ?? heading.line, 'the title of the annex after 附件', titleSource ? quote(titleSource.text) : 'the end of the text');
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
      const p: ParsedProgramme = { number, titleZh: programme[3], source, items: [] };
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
      const item: ParsedAnnexItem = { kind: 'BULLET', label: null, textZh: text.slice(bullet[0].length), source, textStart: bullet[0].length, children: [] };
      placeBullet(list, item);
      continue;
    }
    const label = readLabel(text);
    const style = label?.styles.find((s) => s !== 'roman') ?? null;
    if (label && style && (groupStyle === null ? label.label === labelAt(style, 1) : style === groupStyle && label.label === nextLabel(groupStyle, lastGroupLabel))) {
      const textZh = text.slice(label.textStart);
      const group: ParsedAnnexItem = { kind: groupKind(textZh), label: label.label, textZh, source, textStart: label.textStart, children: [] };
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
