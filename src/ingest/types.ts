/**
 * The normalized graph: the contract between the ingest (text → graph) and the loader
 * (graph → Neo4j). Plain JSON, every node with an id that is unique across the whole graph,
 * every relationship naming the labels at both ends so that the loader can MATCH by index.
 *
 * Ids are readable and stable across runs:
 *   Resolution   WTSA-44, PP-123, COUNCIL-1353
 *   Meeting      MEETING-WTSA-2022, MEETING-PP-2018
 *   Section      WTSA-44/s5                (5th section in document order)
 *   Provision    WTSA-44/s5/2, WTSA-44/s5/2/ii
 *   Footnote     WTSA-44/fn1
 *   Annex        WTSA-44/annex
 *   Programme    WTSA-44/annex/p2
 *   AnnexItem    WTSA-44/annex/p2/i3, WTSA-44/annex/p2/i3/i1   (ordinal paths)
 *   Citation     WTSA-44/s1/a#c1           (nth citation in its source)
 *   Obligation   WTSA-44/s8/3#o, WTSA-44/annex/p4/i2/i1#o
 *   Actor        TSB-DIRECTOR, ITU-T-SG    (shared/contract/actors.md)
 */

export const ASSEMBLIES = ['PP', 'WTSA', 'WTDC', 'WRA', 'WRC', 'COUNCIL'] as const;
export type Assembly = (typeof ASSEMBLIES)[number];

export type Part = 'PREAMBLE' | 'OPERATIVE';

/** What a section does, from its heading (考虑到 → CONSIDERING, 责成 → INSTRUCTS ...). */
export type SectionKind =
  | 'CONSIDERING'
  | 'RECOGNIZING'
  | 'RECALLING'
  | 'NOTING'
  | 'BEARING_IN_MIND'
  | 'RESOLVES'
  | 'INSTRUCTS'
  | 'INVITES'
  | 'ENCOURAGES'
  | 'REQUESTS'
  | 'URGES';

/** The modality of an obligation: its section's kind, or ACTION_PLAN for annex items. */
export type Modality = 'RESOLVES' | 'INSTRUCTS' | 'REQUESTS' | 'URGES' | 'INVITES' | 'ENCOURAGES' | 'ACTION_PLAN';

/** ENUMERATED: an item of an inline enumeration ((i) … (iv)) inside another item's text. */
export type AnnexItemKind = 'OBJECTIVES' | 'ACTIVITIES' | 'GROUP' | 'BULLET' | 'ENUMERATED';

export type ActorKind =
  | 'ORGANIZATION'
  | 'CONFERENCE'
  | 'GOVERNING_BODY'
  | 'OFFICIAL'
  | 'SECTOR'
  | 'BUREAU'
  | 'ADVISORY_GROUP'
  | 'STUDY_GROUPS'
  | 'OFFICE'
  | 'MEMBERSHIP'
  | 'COUNTRY_GROUP'
  | 'REGIONAL_ORGANIZATION'
  | 'STANDARDS_BODY';

export interface ResolutionProps {
  assembly: Assembly;
  number: number;
  /** Title in Chinese as the loaded text gives it (footnote markers removed); null when not loaded. */
  titleZh: string | null;
  /** Confirmed English title from the curated facts; null when unknown. */
  titleEn: string | null;
  /** Whether this resolution's own text was ingested (false: known only through citations). */
  textLoaded: boolean;
  /** Where the curated facts about this resolution were confirmed; null when there are none. */
  factsSource: string | null;
  /** Name of the source file the text came from; null when not loaded. */
  sourceFile: string | null;
  /** Curated remark in English (e.g. the substance of an untitled resolution); null when none. */
  noteEn?: string | null;
}

/** One session of an assembly (WTSA-2022 in Geneva); adoption and revisions point here. */
export interface MeetingProps {
  assembly: Assembly;
  year: number;
  cityZh: string | null;
  cityEn: string | null;
}

export interface SectionProps {
  resolutionId: string;
  ordinal: number;
  part: Part;
  kind: SectionKind;
  further: boolean;
  /** The heading as it stands in the text, including addressees and conditions. */
  headingZh: string;
  /** Conditions stated in the heading (在可用资源范围内 ...), in text order. */
  conditionsZh: string[];
}

export interface ProvisionProps {
  resolutionId: string;
  sectionId: string;
  /** Label as printed, without punctuation: "a", "1", "ii". */
  label: string;
  /** 1 for a paragraph of a section, 2 for a sub-item of a paragraph. */
  level: number;
  /** Position in document order within the whole resolution (1-based). */
  ordinal: number;
  /** The full text, artefacts removed, without its label. */
  textZh: string;
  parentId: string | null;
}

export interface FootnoteProps {
  resolutionId: string;
  marker: string;
  textZh: string;
  /** The text the marker is attached to (e.g. 发展中国家). */
  anchorZh: string;
  /** The node whose text carried the marker (the resolution itself for its title). */
  sourceId?: string;
}

export interface AnnexProps {
  resolutionId: string;
  titleZh: string;
}

export interface ProgrammeProps {
  resolutionId: string;
  number: number;
  titleZh: string;
}

export interface AnnexItemProps {
  resolutionId: string;
  programmeId: string;
  kind: AnnexItemKind;
  /** Printed label ("1)", "a)", "(i)") without punctuation, null for bullets. */
  label: string | null;
  /** Depth below the programme, 1-based. */
  level: number;
  ordinal: number;
  textZh: string;
  parentId: string | null;
}

export interface CitationProps {
  resolutionId: string;
  /** The heading (section), provision, annex title, programme title or annex item in which the reference stands. */
  sourceId: string;
  targetId: string;
  /** The exact text of the reference, e.g. 全权代表大会第71号决议（2018年，迪拜，修订版）. */
  spanZh: string;
  /** Character offsets of spanZh in the source's cleaned text. */
  spanStart: number;
  spanEnd: number;
  citedYear: number | null;
  citedCityZh: string | null;
  citedCityEn: string | null;
  /** Whether the cited text is a revision (修订版); null when no revision is given. */
  citedRevised: boolean | null;
  /** The text's own description of the cited resolution (涉及… / 有关…), null when it gives none. */
  descriptionZh: string | null;
}

export interface ActorProps {
  kind: ActorKind;
  acronym: string | null;
  nameZh: string | null;
  nameEn: string | null;
  aliasesZh: string[];
}

export interface ObligationProps {
  resolutionId: string;
  /** The provision or annex item that states the obligation. */
  sourceId: string;
  modality: Modality;
  /** Conditions of the section and of the paragraph itself, in text order. */
  conditionsZh: string[];
  /** Position in document order, for stable listings. */
  ordinal: number;
}

/** A node: its label, its id and its properties (written with SET n += props). */
export interface NodeOf<L extends string, P> {
  label: L;
  id: string;
  props: P;
}

export type ResolutionNode = NodeOf<'Resolution', ResolutionProps>;
export type MeetingNode = NodeOf<'Meeting', MeetingProps>;
export type SectionNode = NodeOf<'Section', SectionProps>;
export type ProvisionNode = NodeOf<'Provision', ProvisionProps>;
export type FootnoteNode = NodeOf<'Footnote', FootnoteProps>;
export type AnnexNode = NodeOf<'Annex', AnnexProps>;
export type ProgrammeNode = NodeOf<'Programme', ProgrammeProps>;
export type AnnexItemNode = NodeOf<'AnnexItem', AnnexItemProps>;
export type CitationNode = NodeOf<'Citation', CitationProps>;
export type ActorNode = NodeOf<'Actor', ActorProps>;
export type ObligationNode = NodeOf<'Obligation', ObligationProps>;

export type GraphNode =
  | ResolutionNode
  | MeetingNode
  | SectionNode
  | ProvisionNode
  | FootnoteNode
  | AnnexNode
  | ProgrammeNode
  | AnnexItemNode
  | CitationNode
  | ActorNode
  | ObligationNode;

export type NodeLabel = GraphNode['label'];

/**
 * Relationship types. Direction is fixed per type:
 *   HAS_SECTION      Resolution → Section
 *   HAS_PROVISION    Section → Provision (paragraphs) and Provision → Provision (sub-items)
 *   HAS_FOOTNOTE     Resolution → Footnote
 *   HAS_ANNEX        Resolution → Annex
 *   HAS_PROGRAMME    Annex → Programme
 *   HAS_ITEM         Programme → AnnexItem and AnnexItem → AnnexItem
 *   ADOPTED_AT       Resolution → Meeting (first adoption)
 *   REVISED_AT       Resolution → Meeting (each later revision)
 *   TEXT_ADOPTED_BY  Resolution → Meeting (the meeting that adopted the loaded text)
 *   HAS_CITATION     Section | Provision | Annex | Programme | AnnexItem → Citation
 *   CITES            Citation → Resolution
 *   CITES_REVISION   Citation → Meeting
 *   REFERS_TO        Provision | AnnexItem → Annex | Provision (internal reference; props: spanZh)
 *   PART_OF          Actor → Actor
 *   ADDRESSED_TO     Section | Obligation → Actor
 *   IN_COLLABORATION_WITH  Section | Obligation → Actor
 *   MENTIONS         Provision | AnnexItem | Section → Actor (props: count)
 *   STATED_IN        Obligation → Provision | AnnexItem
 *   HAS_OBLIGATION   Resolution → Obligation
 */
export type RelType =
  | 'HAS_SECTION'
  | 'HAS_PROVISION'
  | 'HAS_FOOTNOTE'
  | 'HAS_ANNEX'
  | 'HAS_PROGRAMME'
  | 'HAS_ITEM'
  | 'ADOPTED_AT'
  | 'REVISED_AT'
  | 'TEXT_ADOPTED_BY'
  | 'HAS_CITATION'
  | 'CITES'
  | 'CITES_REVISION'
  | 'REFERS_TO'
  | 'PART_OF'
  | 'ADDRESSED_TO'
  | 'IN_COLLABORATION_WITH'
  | 'MENTIONS'
  | 'STATED_IN'
  | 'HAS_OBLIGATION';

/** The relationships that hold the parts of a text (sections, paragraphs, footnotes, annexes, programmes, items). */
export const PART_RELATIONS: ReadonlySet<RelType> = new Set<RelType>([
  'HAS_SECTION',
  'HAS_PROVISION',
  'HAS_FOOTNOTE',
  'HAS_ANNEX',
  'HAS_PROGRAMME',
  'HAS_ITEM',
]);

/**
 * The relationships that hold a text's own nodes: its parts, and the citations and obligations
 * they state. Each such node hangs from its resolution by a chain of these, one leading into it.
 */
export const CONTAINMENT_RELATIONS: ReadonlySet<RelType> = new Set<RelType>([
  ...PART_RELATIONS,
  'HAS_CITATION',
  'HAS_OBLIGATION',
]);

export interface GraphRelationship {
  type: RelType;
  from: string;
  fromLabel: NodeLabel;
  to: string;
  toLabel: NodeLabel;
  /** Ordering among siblings (HAS_*), counts (MENTIONS), spans (REFERS_TO). */
  props: Record<string, string | number | boolean | null>;
}

export interface NormalizedGraph {
  /** Ids of the resolutions whose own text this graph carries (their subgraphs are replaced on load). */
  resolutions: string[];
  nodes: GraphNode[];
  relationships: GraphRelationship[];
}
