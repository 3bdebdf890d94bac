/**
 * The rows the loaders return: a node's properties as the loader wrote them (the normalized
 * graph's `props` plus `id`), and `nodeLabel`, its label other than `Entity`. Properties that
 * were null in the normalized graph are absent in Neo4j, so they may come back `undefined`.
 * Codegen maps each GraphQL type to one of these rows.
 */
import type {
  ActorProps,
  AnnexItemProps,
  AnnexProps,
  CitationProps,
  FootnoteProps,
  MeetingProps,
  NodeLabel,
  ObligationProps,
  ProgrammeProps,
  ProvisionProps,
  ResolutionProps,
  SectionProps,
} from '../ingest/types';

/**
 * What the loader adds to every node (src/graph/annotate-graph.ts): `uriPath`, its URI without
 * the server's base, and for the units of a text their citations.
 */
export interface IdentifierProps {
  uriPath?: string;
  citationEn?: string | null;
  citationZh?: string | null;
}

export type NodeRow<L extends NodeLabel, P> = P & IdentifierProps & { id: string; nodeLabel: L };

export type ResolutionRow = NodeRow<'Resolution', ResolutionProps>;
export type MeetingRow = NodeRow<'Meeting', MeetingProps>;
export type SectionRow = NodeRow<'Section', SectionProps>;
export type ProvisionRow = NodeRow<'Provision', ProvisionProps>;
export type FootnoteRow = NodeRow<'Footnote', FootnoteProps>;
export type AnnexRow = NodeRow<'Annex', AnnexProps>;
export type ProgrammeRow = NodeRow<'Programme', ProgrammeProps>;
export type AnnexItemRow = NodeRow<'AnnexItem', AnnexItemProps>;
export type CitationRow = NodeRow<'Citation', CitationProps>;
export type ActorRow = NodeRow<'Actor', ActorProps>;
export type ObligationRow = NodeRow<'Obligation', ObligationProps>;

export type AnyRow =
  | ResolutionRow
  | MeetingRow
  | SectionRow
  | ProvisionRow
  | FootnoteRow
  | AnnexRow
  | ProgrammeRow
  | AnnexItemRow
  | CitationRow
  | ActorRow
  | ObligationRow;

export interface RowByLabel {
  Resolution: ResolutionRow;
  Meeting: MeetingRow;
  Section: SectionRow;
  Provision: ProvisionRow;
  Footnote: FootnoteRow;
  Annex: AnnexRow;
  Programme: ProgrammeRow;
  AnnexItem: AnnexItemRow;
  Citation: CitationRow;
  Actor: ActorRow;
  Obligation: ObligationRow;
}

/** One page of a connection: the rows from `offset` on, and how many match over all pages. */
export interface PageRows<R> {
  totalCount: number;
  offset: number;
  rows: R[];
}

/** A hit of the full-text search. */
/** A text that mentions an actor, with how often (see `mentionPagesQuery`). */
export interface MentionRow {
  count: number;
  node: AnyRow;
}

export interface SearchHitRow {
  score: number;
  /** The node's label among the searchable ones. */
  label: string;
  node: AnyRow;
}

/** The citation of an obligation, in both languages (see `obligationCitationQuery`). */
export interface ObligationCitationRow {
  id: string;
  citationEn: string | null;
  citationZh: string | null;
}

/** A node in a neighborhood, with its distance from the centre. */
export interface NeighborhoodNodeRow {
  node: AnyRow;
  distance: number;
}

export interface NeighborhoodEdgeRow {
  source: string;
  target: string;
  type: string;
}

export interface NeighborhoodRow {
  nodes: NeighborhoodNodeRow[];
  edges: NeighborhoodEdgeRow[];
  truncated: boolean;
}

/** A chain of resolution ids, each citing the next. */
export interface CitationChainRow {
  ids: string[];
  steps: CitationStepRow[];
}

/** A step of a chain: from one resolution to the next, and the citations between them. */
export interface CitationStepRow {
  from: string;
  to: string;
  /** OUT: `from` cites `to`; IN: `to` cites `from`. */
  direction: 'OUT' | 'IN';
  /** The citing text's citations of the cited resolution, in document order. */
  citations: CitationRow[];
}

export interface GraphMetaRow {
  version: string | null;
  loadedAt: string | null;
}
