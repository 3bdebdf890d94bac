/**
 * How to cite every unit of a resolution's text, in English and Chinese, composed from the
 * graph the loader writes (the text's own meeting, its sections' formulas and addressees, the
 * labels and positions of paragraphs and annex items):
 *
 *   Resolution 44 (Rev. Geneva, 2022)
 *   Resolution 44 (Rev. Geneva, 2022), considering a)
 *   Resolution 44 (Rev. Geneva, 2022), instructs the Director of …, 3
 *   Resolution 44 (Rev. Geneva, 2022), resolves 2 ii)
 *   Resolution 44 (Rev. Geneva, 2022), footnote 1
 *   Resolution 44 (Rev. Geneva, 2022), Annex, Programme 2, item 2, bullet 1.2
 *   Resolution 44 (Rev. Geneva, 2022), Annex, Programme 1, item 2, bullet 2 (iii)
 *
 *   第44号决议（2022年，日内瓦，修订版），考虑到a)
 *   第44号决议（2022年，日内瓦，修订版），做出决议第2段第ii)项
 *   第44号决议（2022年，日内瓦，修订版），责成…，第3段
 *   第44号决议（2022年，日内瓦，修订版），附件，项目2，第2项，第1.2点
 *
 * An obligation is cited as the unit that states it: its paragraph, or its annex item's programme
 * (src/graph/queries/obligations.ts reads these for Obligation.citation). A
 * citation needs names in its language: where one is missing (an addressee without an English
 * name, a meeting without a city), that language's citation is null.
 */
import {
  headingEn,
  headingZh,
  paragraphAfterHeading,
  resolutionReference,
  type MeetingRef,
  type NamedActor,
} from '../api/language';
import type { GraphNode, GraphRelationship } from '../ingest/types';

export interface UnitCitation {
  en: string | null;
  zh: string | null;
}

/** The labels of nodes that get a citation. */
export const CITED_UNIT_LABELS = [
  'Resolution',
  'Section',
  'Provision',
  'Footnote',
  'Annex',
  'Programme',
  'AnnexItem',
] as const;

interface Graph {
  nodes: readonly GraphNode[];
  relationships: readonly GraphRelationship[];
}

/** The position of an annex item among its siblings, from its id's last segment (`…/i3` → 3). */
const position = (id: string) => id.slice(id.lastIndexOf('/') + 2);

class CitationComposer {
  private readonly nodes = new Map<string, GraphNode>();
  private readonly out = new Map<string, GraphRelationship[]>();
  /** Each resolution's reference, composed once: every unit of its text starts with it. */
  private readonly references = new Map<string, UnitCitation>();

  constructor(graph: Graph) {
    for (const node of graph.nodes) this.nodes.set(node.id, node);
    for (const rel of graph.relationships) {
      const list = this.out.get(rel.from);
      if (list) list.push(rel);
      else this.out.set(rel.from, [rel]);
    }
  }

  private props(id: string): Record<string, unknown> | null {
    return (this.nodes.get(id)?.props as unknown as Record<string, unknown> | undefined) ?? null;
  }

  private targets(id: string, type: GraphRelationship['type']): GraphNode[] {
    return (this.out.get(id) ?? [])
      .filter((rel) => rel.type === type)
      .map((rel) => this.nodes.get(rel.to))
      .filter((node): node is GraphNode => node !== undefined);
  }

  /** "Resolution 44 (Rev. Geneva, 2022)" in both languages. */
  reference(resolutionId: string): UnitCitation {
    const known = this.references.get(resolutionId);
    if (known) return known;
    const reference = this.composeReference(resolutionId);
    this.references.set(resolutionId, reference);
    return reference;
  }

  private composeReference(resolutionId: string): UnitCitation {
    const resolution = this.props(resolutionId);
    if (!resolution) return { en: null, zh: null };
    const [text] = this.targets(resolutionId, 'TEXT_ADOPTED_BY');
    const [adopted] = this.targets(resolutionId, 'ADOPTED_AT');
    const number = resolution.number as number;
    let meeting: MeetingRef | null = null;
    if (text) {
      const m = text.props as { year: number; cityEn: string | null; cityZh: string | null };
      meeting = {
        year: m.year,
        cityEn: m.cityEn,
        cityZh: m.cityZh,
        revised: adopted !== undefined && adopted.id !== text.id,
      };
    }
    return { en: resolutionReference('EN', number, meeting), zh: resolutionReference('ZH', number, meeting) };
  }

  private actors(id: string, type: 'ADDRESSED_TO' | 'IN_COLLABORATION_WITH'): NamedActor[] {
    return this.targets(id, type).map((actor) => actor.props as NamedActor);
  }

  section(id: string): UnitCitation {
    const section = this.props(id) as { resolutionId: string; kind: string; further: boolean } | null;
    if (!section) return { en: null, zh: null };
    const reference = this.reference(section.resolutionId);
    const addressees = this.actors(id, 'ADDRESSED_TO');
    const en = headingEn(section.kind, section.further, addressees);
    const zh = headingZh(section.kind, section.further, addressees);
    return {
      en: reference.en !== null && en !== null ? `${reference.en}, ${en}` : null,
      zh: reference.zh !== null && zh !== null ? `${reference.zh}，${zh}` : null,
    };
  }

  provision(id: string): UnitCitation {
    const provision = this.props(id) as {
      resolutionId: string;
      sectionId: string;
      label: string;
      parentId: string | null;
    } | null;
    if (!provision) return { en: null, zh: null };
    const section = this.props(provision.sectionId) as { kind: string; further: boolean } | null;
    if (!section) return { en: null, zh: null };
    const reference = this.reference(provision.resolutionId);
    const addressees = this.actors(provision.sectionId, 'ADDRESSED_TO');
    const parent = provision.parentId
      ? ((this.props(provision.parentId) as { label: string } | null)?.label ?? null)
      : null;
    const en = headingEn(section.kind, section.further, addressees);
    const zh = headingZh(section.kind, section.further, addressees);
    const addressed = addressees.length > 0;
    return {
      en:
        reference.en !== null && en !== null
          ? `${reference.en}, ${paragraphAfterHeading('EN', en, addressed, provision.label, parent)}`
          : null,
      zh:
        reference.zh !== null && zh !== null
          ? `${reference.zh}，${paragraphAfterHeading('ZH', zh, addressed, provision.label, parent)}`
          : null,
    };
  }

  private suffixed(resolutionId: string, en: string, zh: string): UnitCitation {
    const reference = this.reference(resolutionId);
    return {
      en: reference.en !== null ? `${reference.en}, ${en}` : null,
      zh: reference.zh !== null ? `${reference.zh}，${zh}` : null,
    };
  }

  annexItem(id: string): UnitCitation {
    const item = this.props(id) as {
      resolutionId: string;
      programmeId: string;
      parentId: string | null;
      label: string | null;
    } | null;
    if (!item) return { en: null, zh: null };
    const programme = this.props(item.programmeId) as { number: number };
    const chain: { id: string; label: string | null }[] = [];
    for (let at: string | null = id; at !== null;) {
      const props = this.props(at) as { parentId: string | null; label: string | null } | null;
      if (!props) break;
      chain.unshift({ id: at, label: props.label ?? null });
      at = props.parentId;
    }
    const [top, ...below] = chain as [{ id: string; label: string | null }, ...{ id: string; label: string | null }[]];
    const topLabel = top.label ?? position(top.id);
    const topEn = /^\d+$/.test(topLabel) ? `item ${topLabel}` : `item ${topLabel})`;
    const topZh = /^\d+$/.test(topLabel) ? `第${topLabel}项` : `${topLabel})项`;
    // Bullets are cited by position (2.1); an enumerated item inside one by its label: 2 (iii).
    const bullets = below
      .filter((step) => step.label === null)
      .map((step) => position(step.id))
      .join('.');
    const enumerated = below
      .filter((step) => step.label !== null)
      .map((step) => `(${step.label})`)
      .join('');
    const bulletEn = bullets
      ? `, bullet ${bullets}${enumerated ? ` ${enumerated}` : ''}`
      : enumerated
        ? ` ${enumerated}`
        : '';
    const bulletZh = bullets ? `，第${bullets}点${enumerated}` : enumerated;
    return this.suffixed(
      item.resolutionId,
      `Annex, Programme ${programme.number}, ${topEn}${bulletEn}`,
      `附件，项目${programme.number}，${topZh}${bulletZh}`,
    );
  }

  of(node: GraphNode): UnitCitation | null {
    switch (node.label) {
      case 'Resolution':
        return node.props.textLoaded ? this.reference(node.id) : null;
      case 'Section':
        return this.section(node.id);
      case 'Provision':
        return this.provision(node.id);
      case 'Footnote':
        return this.suffixed(node.props.resolutionId, `footnote ${node.props.marker}`, `脚注${node.props.marker}`);
      case 'Annex':
        return this.suffixed(node.props.resolutionId, 'Annex', '附件');
      case 'Programme':
        return this.suffixed(
          node.props.resolutionId,
          `Annex, Programme ${node.props.number}`,
          `附件，项目${node.props.number}`,
        );
      case 'AnnexItem':
        return this.annexItem(node.id);
      case 'Actor':
      case 'Meeting':
      case 'Citation':
      case 'Obligation':
        return null;
    }
  }
}

/** The citation of every unit of the graph's texts, by node id (resolutions only when their text is loaded). */
export function unitCitations(graph: Graph): Map<string, UnitCitation> {
  const composer = new CitationComposer(graph);
  const citations = new Map<string, UnitCitation>();
  for (const node of graph.nodes) {
    const citation = composer.of(node);
    if (citation) citations.set(node.id, citation);
  }
  return citations;
}
