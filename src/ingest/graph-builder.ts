/**
 * The state of one graph under construction, shared by the steps of build-graph.ts: the node
 * lists in their output order, the relationships in the order they are made, the meetings met so
 * far, and what one step leaves for the next (the texts that may cite and mention, the operative
 * paragraphs, the resolutions cited).
 *
 * `graph()` lists nodes by kind in a fixed order, each kind in the order its step added them
 * (meetings sorted by assembly and year); relationships in the order they were made.
 */
import type { OperativeSection } from './build-obligations';
import { IngestError } from './ingest-error';
import type { Span } from './match-actors';
import { meetingId, type MeetingRef } from './meeting-ref';
import type { TextOrigin } from './parse-citations';
import { RegistryError } from './registries';
import {
  ASSEMBLIES,
  type ActorNode,
  type AnnexItemNode,
  type AnnexNode,
  type Assembly,
  type CitationNode,
  type FootnoteNode,
  type GraphRelationship,
  type MeetingNode,
  type NodeLabel,
  type NormalizedGraph,
  type ObligationNode,
  type ProgrammeNode,
  type ProvisionNode,
  type RelType,
  type ResolutionNode,
  type SectionNode,
} from './types';

/**
 * A piece of text that may cite: a heading, a provision, the annex title, a programme title, an
 * annex item. Provisions and annex items also refer and mention.
 */
export interface TextElement {
  id: string;
  label: 'Section' | 'Provision' | 'Annex' | 'Programme' | 'AnnexItem';
  textZh: string;
  origin: TextOrigin;
  /** Spans that are not mentions: the citations (filled by the citations step). */
  exclude: Span[];
  /** Items of an inline enumeration in the text, which hold their own mentions. */
  parts: InlinePart[];
}

/** An item of an inline enumeration: its own node, its text a span of its parent's. */
export interface InlinePart {
  id: string;
  textZh: string;
  start: number;
  end: number;
}

/** A text whose actors are mentions: a heading, a provision, an annex item (citations excluded). */
export interface MentioningText {
  id: string;
  label: 'Section' | 'Provision' | 'AnnexItem';
  textZh: string;
  exclude: Span[];
}

/** A resolution the text cites, with the meetings the citations name for it. */
export interface CitedResolution {
  assembly: Assembly;
  number: number;
  adopted: { ref: MeetingRef; line: number }[];
  revised: { ref: MeetingRef; line: number }[];
}

type Props = GraphRelationship['props'];

export class GraphBuilder {
  readonly resolution: ResolutionNode[] = [];
  readonly footnotes: FootnoteNode[] = [];
  readonly sections: SectionNode[] = [];
  readonly provisions: ProvisionNode[] = [];
  readonly annex: AnnexNode[] = [];
  readonly programmes: ProgrammeNode[] = [];
  readonly items: AnnexItemNode[] = [];
  readonly citations: CitationNode[] = [];
  readonly obligations: ObligationNode[] = [];
  readonly citedResolutions: ResolutionNode[] = [];
  readonly actors: ActorNode[] = [];
  readonly relationships: GraphRelationship[] = [];

  /** Texts that may cite, refer and mention, in document order. */
  readonly elements: TextElement[] = [];
  /** Texts whose actors are mentions, headings first, then the elements in document order. */
  readonly mentioning: MentioningText[] = [];
  /** The operative sections with their top-level paragraphs, for the obligations. */
  readonly operative: OperativeSection[] = [];
  /** Resolutions cited, by id, in order of first citation. */
  readonly cited = new Map<string, CitedResolution>();
  /** The node whose text starts on a source line (footnote anchors point there). */
  readonly nodeAtLine = new Map<number, string>();

  private readonly seen = new Set<string>();
  private readonly meetings = new Map<string, MeetingNode>();

  constructor(readonly resolutionId: string) {}

  /** Adds a relationship once (REFERS_TO once per span: a text may refer twice to one target). */
  relate(type: RelType, from: string, fromLabel: NodeLabel, to: string, toLabel: NodeLabel, props: Props = {}): void {
    const key = `${type}|${from}|${to}`;
    if (type !== 'REFERS_TO' && this.seen.has(key)) return;
    this.seen.add(key);
    this.relationships.push({ type, from, fromLabel, to, toLabel, props });
  }

  /**
   * The id of the meeting, added when new. line: where the text names the meeting, null when it
   * comes from the curated facts; a city that differs from an earlier mention is an error there.
   */
  meeting(ref: MeetingRef, line: number | null): string {
    const id = meetingId(ref.assembly, ref.year);
    const known = this.meetings.get(id);
    if (known && known.props.cityZh !== ref.cityZh) {
      const problem = `${id} is in ${known.props.cityEn} elsewhere, in ${ref.cityEn} here`;
      if (line === null) throw new RegistryError([problem]);
      throw new IngestError(line, `${id} in ${known.props.cityZh} as elsewhere`, `“${ref.cityZh}”`);
    }
    this.meetings.set(id, {
      label: 'Meeting',
      id,
      props: { assembly: ref.assembly, year: ref.year, cityZh: ref.cityZh, cityEn: ref.cityEn },
    });
    return id;
  }

  graph(): NormalizedGraph {
    const meetings = [...this.meetings.values()].sort(
      (a, b) =>
        ASSEMBLIES.indexOf(a.props.assembly) - ASSEMBLIES.indexOf(b.props.assembly) || a.props.year - b.props.year,
    );
    return {
      resolutions: [this.resolutionId],
      nodes: [
        ...this.resolution,
        ...this.footnotes,
        ...this.sections,
        ...this.provisions,
        ...this.annex,
        ...this.programmes,
        ...this.items,
        ...this.citations,
        ...this.obligations,
        ...this.citedResolutions,
        ...meetings,
        ...this.actors,
      ],
      relationships: this.relationships,
    };
  }
}
