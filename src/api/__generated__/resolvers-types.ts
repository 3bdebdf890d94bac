import type { GraphQLResolveInfo } from 'graphql';
import type { ResolutionRow, MeetingRow, SectionRow, ProvisionRow, FootnoteRow, AnnexRow, ProgrammeRow, AnnexItemRow, CitationRow, ActorRow, ObligationRow, NeighborhoodRow, NeighborhoodNodeRow, CitationChainRow, CitationStepRow, GraphMetaRow } from '../../graph/rows';
import type { Context } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

/** A body, official or group that resolutions address, mention or ask to collaborate. */
export type Actor = Node & {
  __typename?: 'Actor';
  /** The acronym, e.g. TSB; null when it has none. */
  acronym: Maybe<Scalars['String']['output']>;
  /** Other names the texts use for it (ZH only); null in languages with none recorded. */
  aliases: Maybe<Array<Scalars['String']['output']>>;
  /** The actors it is part of, nearest first, up to the top of the hierarchy. */
  ancestors: Array<Actor>;
  /** The actors directly part of it, by id. */
  children: Array<Actor>;
  /** The canonical id, e.g. `TSB-DIRECTOR`, `ITU-T-SG`, `MEMBER-STATES`. */
  id: Scalars['ID']['output'];
  /** What kind of body or group it is. */
  kind: ActorKind;
  /** The headings, provisions and annex items that mention it (citations of resolutions aside), in document order. */
  mentionedIn: MentionConnection;
  /** The name in the requested language; null when not known in that language. */
  name: Maybe<Scalars['String']['output']>;
  /** The obligations in which it has `role` (addressed to it, by default), strongest modality first, then in document order. */
  obligations: ObligationConnection;
  /** The actor it is directly part of; null at the top of the hierarchy. */
  parent: Maybe<Actor>;
  /** The URI of the actor, e.g. `…/id/actor/TSB-DIRECTOR`. */
  uri: Scalars['String']['output'];
};


/** A body, official or group that resolutions address, mention or ask to collaborate. */
export type ActorAliasesArgs = {
  lang?: Lang;
};


/** A body, official or group that resolutions address, mention or ask to collaborate. */
export type ActorMentionedInArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A body, official or group that resolutions address, mention or ask to collaborate. */
export type ActorNameArgs = {
  lang?: Lang;
};


/** A body, official or group that resolutions address, mention or ask to collaborate. */
export type ActorObligationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeSubordinates?: InputMaybe<Scalars['Boolean']['input']>;
  modalities?: InputMaybe<Array<Modality>>;
  role?: InputMaybe<RoleFilter>;
};

/** A page of actors. */
export type ActorConnection = {
  __typename?: 'ActorConnection';
  /** The actors of this page. */
  edges: Array<ActorEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many actors match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An actor in a page. */
export type ActorEdge = {
  __typename?: 'ActorEdge';
  /** An opaque cursor: pass it as `after` to continue after this edge. */
  cursor: Scalars['String']['output'];
  /** The actor. */
  node: Actor;
};

/** Which actors to list. */
export type ActorFilter = {
  /** Only actors of this kind; all when omitted. */
  kind?: InputMaybe<ActorKind>;
};

/** What kind of body or group an actor is. */
export type ActorKind =
  /** An advisory group (TSAG). */
  | 'ADVISORY_GROUP'
  /** A Bureau (TSB, BDT, BR). */
  | 'BUREAU'
  /** A conference or assembly (PP, WTSA, WTDC). */
  | 'CONFERENCE'
  /** A group of countries (developing countries, regions). */
  | 'COUNTRY_GROUP'
  /** A governing body (the Council). */
  | 'GOVERNING_BODY'
  /** A category of membership (Member States, Sector Members, Associates, Academia). */
  | 'MEMBERSHIP'
  /** Offices of the Union (regional offices, the ITU Academy). */
  | 'OFFICE'
  /** An elected official (the Secretary-General, a Bureau Director). */
  | 'OFFICIAL'
  /** An international organization (ITU). */
  | 'ORGANIZATION'
  /** A regional telecommunication organization (CITEL, RCC, ATU, LAS, APT, CEPT). */
  | 'REGIONAL_ORGANIZATION'
  /** A Sector of ITU (ITU-T, ITU-D, ITU-R). */
  | 'SECTOR'
  /** A standards body outside ITU (ISO, IEC). */
  | 'STANDARDS_BODY'
  /** Study groups and their regional groups. */
  | 'STUDY_GROUPS';

/** The annex of a resolution (for Resolution 44: the action plan). */
export type Annex = Node & {
  __typename?: 'Annex';
  /** How to cite the annex: "Resolution 44 (Rev. Geneva, 2022), Annex", "…，附件". Null in a language with no form. */
  citation: Maybe<Scalars['String']['output']>;
  /** The references to other resolutions made in the annex title. */
  citations: Array<Citation>;
  /** The id, e.g. `WTSA-44/annex`. */
  id: Scalars['ID']['output'];
  /** The programmes of the annex, in order. */
  programmes: Array<Programme>;
  /** The resolution the annex belongs to. */
  resolution: Resolution;
  /** The annex's title; null when there is no text in that language. */
  title: Maybe<Scalars['String']['output']>;
  /** The URI of the annex in the revision and language of the loaded text, e.g. `…/id/WTSA-44/2022/zh/annex`. */
  uri: Scalars['String']['output'];
};


/** The annex of a resolution (for Resolution 44: the action plan). */
export type AnnexCitationArgs = {
  lang?: Lang;
};


/** The annex of a resolution (for Resolution 44: the action plan). */
export type AnnexTitleArgs = {
  lang?: Lang;
};

/** An item of an annex programme: a heading (objectives, activities, a lettered group) or a bullet. */
export type AnnexItem = Node & {
  __typename?: 'AnnexItem';
  /** The items under this one, in order. */
  children: Array<AnnexItem>;
  /** How to cite this item: "Resolution 44 (Rev. Geneva, 2022), Annex, Programme 2, item 2, bullet 2.1" (nested bullets by their position), "…，附件，项目2，第2项，第2.1点". Null in a language with no form. */
  citation: Maybe<Scalars['String']['output']>;
  /** The references to other resolutions made in this item. */
  citations: Array<Citation>;
  /** The id: an ordinal path, e.g. `WTSA-44/annex/p2/i3/i1`. */
  id: Scalars['ID']['output'];
  /** What the item is. */
  kind: AnnexItemKind;
  /** The label as printed (`1`, `a`, `ii`) without punctuation; null for bullets. */
  label: Maybe<Scalars['String']['output']>;
  /** The depth below the programme, 1-based. */
  level: Scalars['Int']['output'];
  /** The actors the text mentions, most mentioned first. */
  mentions: Array<Actor>;
  /** The action-plan obligation this item states; null when it states none. */
  obligation: Maybe<Obligation>;
  /** The position in document order within the resolution. */
  ordinal: Scalars['Int']['output'];
  /** The item this one stands under; null for an item directly under its programme. */
  parent: Maybe<AnnexItem>;
  /** The programme the item belongs to. */
  programme: Programme;
  /** The resolution the item belongs to. */
  resolution: Resolution;
  /** The actors responsible for the item: the addressees of the obligation it states (empty when none). */
  responsible: Array<Actor>;
  /** The item's text; null when there is no text in that language. */
  text: Maybe<Scalars['String']['output']>;
  /** The URI of this item in the revision and language of the loaded text, e.g. `…/id/WTSA-44/2022/zh/annex/p2/i3`. */
  uri: Scalars['String']['output'];
};


/** An item of an annex programme: a heading (objectives, activities, a lettered group) or a bullet. */
export type AnnexItemCitationArgs = {
  lang?: Lang;
};


/** An item of an annex programme: a heading (objectives, activities, a lettered group) or a bullet. */
export type AnnexItemTextArgs = {
  lang?: Lang;
};

/** What an item of an annex programme is. */
export type AnnexItemKind =
  /** 2) 活动: the activities of the programme. */
  | 'ACTIVITIES'
  /** •: one bulleted item. */
  | 'BULLET'
  /** (i), (ii) ...: one item of an enumeration inside its parent's text; the parent's text still holds it. */
  | 'ENUMERATED'
  /** a), b) ...: a lettered group of items. */
  | 'GROUP'
  /** 1) 目标: the objectives of the programme. */
  | 'OBJECTIVES';

/** The ITU assemblies and conferences that adopt resolutions. */
export type Assembly =
  /** ITU Council. */
  | 'COUNCIL'
  /** Plenipotentiary Conference. */
  | 'PP'
  /** Radiocommunication Assembly. */
  | 'WRA'
  /** World Radiocommunication Conference. */
  | 'WRC'
  /** World Telecommunication Development Conference. */
  | 'WTDC'
  /** World Telecommunication Standardization Assembly. */
  | 'WTSA';

/** Which way the steps of a citation chain go. */
export type ChainDirection =
  /** Each step goes either way. */
  | 'BOTH'
  /** Each step goes against a citation: the step's end cites its start. */
  | 'IN'
  /** Each step follows a citation: the step's start cites its end. */
  | 'OUT';

/**
 * A reference that a resolution's text makes to another resolution, e.g.
 * 全权代表大会第123号决议（2018年，迪拜，修订版）: where it stands, what it cites, in which revision.
 */
export type Citation = Node & {
  __typename?: 'Citation';
  /** The revision the text cites, e.g. (2018年，迪拜，修订版); null when the text names none. */
  citedRevision: Maybe<CitedRevision>;
  /** The resolution whose text makes the reference. */
  citingResolution: Resolution;
  /** The text's own description of the cited resolution (涉及… / 有关…); null when it gives none in that language. */
  description: Maybe<Scalars['String']['output']>;
  /** The id: the source's id and the citation's rank in it, e.g. `WTSA-44/s1/b#c1`. */
  id: Scalars['ID']['output'];
  /**
   * Whether a revision of the target later than the cited one is known; null when the text names
   * no revision (so nothing can be said).
   */
  outdated: Maybe<Scalars['Boolean']['output']>;
  /** The provision, annex or annex item in which the reference stands. */
  source: Node;
  /** The exact text of the reference; null when there is no text in that language. */
  span: Maybe<Scalars['String']['output']>;
  /** The resolution cited. */
  target: Resolution;
  /** The URI of this citation in the revision and language of the citing text, e.g. `…/id/WTSA-44/2022/zh/s1/a%23c1` (`#` of the id percent-encoded). */
  uri: Scalars['String']['output'];
};


/**
 * A reference that a resolution's text makes to another resolution, e.g.
 * 全权代表大会第123号决议（2018年，迪拜，修订版）: where it stands, what it cites, in which revision.
 */
export type CitationDescriptionArgs = {
  lang?: Lang;
};


/**
 * A reference that a resolution's text makes to another resolution, e.g.
 * 全权代表大会第123号决议（2018年，迪拜，修订版）: where it stands, what it cites, in which revision.
 */
export type CitationSpanArgs = {
  lang?: Lang;
};

/** A chain of citations from one resolution to another, step by step. */
export type CitationChain = {
  __typename?: 'CitationChain';
  /** The resolution ids along the chain, from the first to the last. */
  ids: Array<Scalars['ID']['output']>;
  /** The number of citation steps (ids minus one). */
  length: Scalars['Int']['output'];
  /** The resolutions along the chain, from the first to the last. */
  resolutions: Array<Resolution>;
  /** The steps, from the first resolution to the last. */
  steps: Array<CitationStep>;
};

/** A page of citations. */
export type CitationConnection = {
  __typename?: 'CitationConnection';
  /** The citations of this page. */
  edges: Array<CitationEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many citations match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A citation in a page. */
export type CitationEdge = {
  __typename?: 'CitationEdge';
  /** An opaque cursor: pass it as `after` to continue after this edge. */
  cursor: Scalars['String']['output'];
  /** The citation. */
  node: Citation;
};

/** Which citations to list. */
export type CitationFilter = {
  /** Only citations made by this resolution's text (by id); all when omitted. */
  citingResolution?: InputMaybe<Scalars['ID']['input']>;
  /**
   * true: only citations of a revision that a later known one replaced (Citation.outdated); false:
   * only those naming a revision not replaced; all (those naming no revision included) when omitted.
   */
  outdated?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only citations of this resolution (by id); all when omitted. */
  target?: InputMaybe<Scalars['ID']['input']>;
};

/** One step of a citation chain, with the citations that make it. */
export type CitationStep = {
  __typename?: 'CitationStep';
  /** The citing resolution's citations of the other, in document order: each with its citing paragraph (source), span and cited revision. */
  citations: Array<Citation>;
  /** OUT when `from` cites `to`, IN when `to` cites `from` (OUT when both). */
  direction: ChainDirection;
  /** Where the step starts. */
  from: Resolution;
  /** Where the step ends. */
  to: Resolution;
};

/** The revision of a resolution that a citation names. */
export type CitedRevision = {
  __typename?: 'CitedRevision';
  /** The city of that meeting in the requested language; null when not known in that language. */
  city: Maybe<Scalars['String']['output']>;
  /** The meeting, when the graph knows it. */
  meeting: Maybe<Meeting>;
  /** Whether the text calls it a revision (修订版); null when it does not say. */
  revised: Maybe<Scalars['Boolean']['output']>;
  /** The year of the meeting that adopted the cited text. */
  year: Scalars['Int']['output'];
};


/** The revision of a resolution that a citation names. */
export type CitedRevisionCityArgs = {
  lang?: Lang;
};

/** A footnote of a resolution's text. */
export type Footnote = Node & {
  __typename?: 'Footnote';
  /** The words the marker is attached to (e.g. 发展中国家); null when there is no text in that language. */
  anchor: Maybe<Scalars['String']['output']>;
  /** How to cite this footnote: "Resolution 44 (Rev. Geneva, 2022), footnote 1", "…，脚注1". Null in a language with no form. */
  citation: Maybe<Scalars['String']['output']>;
  /** The id, e.g. `WTSA-44/fn1`. */
  id: Scalars['ID']['output'];
  /** The marker as printed, e.g. `1`. */
  marker: Scalars['String']['output'];
  /** The resolution the footnote belongs to. */
  resolution: Resolution;
  /** The footnote's text; null when there is no text in that language. */
  text: Maybe<Scalars['String']['output']>;
  /** The URI of this footnote in the revision and language of the loaded text, e.g. `…/id/WTSA-44/2022/zh/fn1`. */
  uri: Scalars['String']['output'];
};


/** A footnote of a resolution's text. */
export type FootnoteAnchorArgs = {
  lang?: Lang;
};


/** A footnote of a resolution's text. */
export type FootnoteCitationArgs = {
  lang?: Lang;
};


/** A footnote of a resolution's text. */
export type FootnoteTextArgs = {
  lang?: Lang;
};

/** A relationship in a neighborhood. */
export type GraphEdge = {
  __typename?: 'GraphEdge';
  /**
   * A stable id: `<source>-[<type>]-><target>`, e.g. `WTSA-44/s1/b#c1-[CITES]->PP-123` (a second
   * relationship of the same type between the same pair would add `#2`).
   */
  id: Scalars['ID']['output'];
  /** The id of the node it starts from. */
  source: Scalars['ID']['output'];
  /** The id of the node it ends at. */
  target: Scalars['ID']['output'];
  /** The relationship type: HAS_SECTION, CITES, ADDRESSED_TO ... */
  type: RelationType;
};

/** The graph the API serves. */
export type GraphInfo = {
  __typename?: 'GraphInfo';
  /** When the graph was loaded (ISO 8601); null when not recorded. */
  loadedAt: Maybe<Scalars['String']['output']>;
  /** The version of the loaded graph; null when the graph carries no version. */
  version: Maybe<Scalars['String']['output']>;
};

/**
 * A node in a neighborhood: the same in every neighborhood it appears in, whatever the centre.
 * Its id is the node's id.
 */
export type GraphNode = {
  __typename?: 'GraphNode';
  /** The node's id. */
  id: Scalars['ID']['output'];
  /** The node's kind, as a filter of `neighborhood` names it. */
  kind: NodeKind;
  /** A short caption for drawing it, in the requested language; null when the language has none. */
  label: Maybe<Scalars['String']['output']>;
  /** The node's type, as its GraphQL type is named: Resolution, Section, Provision, Actor ... */
  type: Scalars['String']['output'];
};


/**
 * A node in a neighborhood: the same in every neighborhood it appears in, whatever the centre.
 * Its id is the node's id.
 */
export type GraphNodeLabelArgs = {
  lang?: Lang;
};

/**
 * The six official languages of ITU. A text that does not exist in the requested language is
 * `null`, never another language's text.
 */
export type Lang =
  /** Arabic. */
  | 'AR'
  /** English. */
  | 'EN'
  /** Spanish. */
  | 'ES'
  /** French. */
  | 'FR'
  /** Russian. */
  | 'RU'
  /** Chinese. */
  | 'ZH';

/** One session of an assembly (WTSA 2022 in Geneva): the place and year of an adoption or a revision. */
export type Meeting = Node & {
  __typename?: 'Meeting';
  /** The assembly that met. */
  assembly: Assembly;
  /** The city where it met, in the requested language; null when not known in that language. */
  city: Maybe<Scalars['String']['output']>;
  /** The meeting's id, e.g. `MEETING-WTSA-2022`. */
  id: Scalars['ID']['output'];
  /** The URI of the meeting, e.g. `…/id/meeting/MEETING-WTSA-2022`. */
  uri: Scalars['String']['output'];
  /** The year of the meeting. */
  year: Scalars['Int']['output'];
};


/** One session of an assembly (WTSA 2022 in Geneva): the place and year of an adoption or a revision. */
export type MeetingCityArgs = {
  lang?: Lang;
};

/** A page of the texts that mention an actor, in document order. */
export type MentionConnection = {
  __typename?: 'MentionConnection';
  /** The texts of this page. */
  edges: Array<MentionEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many texts mention the actor, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A text that mentions an actor, and how often. */
export type MentionEdge = {
  __typename?: 'MentionEdge';
  /** How many times the text names the actor. */
  count: Scalars['Int']['output'];
  /** An opaque cursor: pass it as `after` to continue after this edge. */
  cursor: Scalars['String']['output'];
  /** The text: a Section (by its heading), a Provision or an AnnexItem. */
  node: Node;
};

/**
 * The modality of an obligation: the verb of its section (做出决议 resolves, 责成 instructs,
 * 请 invites ...), or ACTION_PLAN for an item of an annex's action plan. Listings order them by
 * strength: RESOLVES, INSTRUCTS, REQUESTS, URGES, INVITES, ENCOURAGES, ACTION_PLAN.
 */
export type Modality =
  /** An item of the action plan in the annex. */
  | 'ACTION_PLAN'
  /** 鼓励: encourages. */
  | 'ENCOURAGES'
  /** 责成: instructs a body of the Union. */
  | 'INSTRUCTS'
  /** 请: invites. */
  | 'INVITES'
  /** 要求: requests. */
  | 'REQUESTS'
  /** 做出决议: what the assembly itself resolves. */
  | 'RESOLVES'
  /** 敦促: urges. */
  | 'URGES';

/**
 * The nodes and relationships around one node, for drawing a graph. `nodes` and `edges` load as
 * they come into cytoscape.js (`cy.add({ nodes: nodes.map(data => ({ data })), edges: edges.map(data => ({ data })) })`)
 * and graphology (`graph.import({ nodes: nodes.map(n => ({ key: n.id, attributes: n })), edges: edges.map(e => ({ key: e.id, source: e.source, target: e.target, attributes: e })) })`,
 * a `MultiDirectedGraph`: two relationships may join the same pair).
 */
export type Neighborhood = {
  __typename?: 'Neighborhood';
  /**
   * How many relationships away from the centre each node is, in the order of `nodes`. Kept here
   * rather than on GraphNode, which is the same object in every neighborhood (a client's
   * normalized cache keeps one GraphNode per id).
   */
  distances: Array<NodeDistance>;
  /** The relationships among the nodes returned. */
  edges: Array<GraphEdge>;
  /** The nodes reached, the centre first, then by distance and id. */
  nodes: Array<GraphNode>;
  /** Whether more nodes were within reach than `limit` allowed. */
  truncated: Scalars['Boolean']['output'];
};

/**
 * An object with a readable id that is unique across the whole graph
 * (resolutions `WTSA-44`, actors `TSB-DIRECTOR`, provisions `WTSA-44/s5/2`).
 */
export type Node = {
  /** The node's id, stable across loads of the same text. */
  id: Scalars['ID']['output'];
  /**
   * The node's URI: where it answers in HTML, JSON-LD and Turtle (content negotiation), and what
   * the RDF exports call it. Units of a text name the revision and language they belong to.
   */
  uri: Scalars['String']['output'];
};

/** How far a node of a neighborhood is from its centre. */
export type NodeDistance = {
  __typename?: 'NodeDistance';
  /** The number of relationships between it and the centre. */
  distance: Scalars['Int']['output'];
  /** The node's id. */
  node: Scalars['ID']['output'];
};

/** The kinds of node in the graph. */
export type NodeKind =
  /** A body or office named in a text (Actor). */
  | 'ACTOR'
  /** An annex (Annex). */
  | 'ANNEX'
  /** An item of a programme (AnnexItem). */
  | 'ANNEX_ITEM'
  /** A citation of a resolution in a text (Citation). */
  | 'CITATION'
  /** A footnote (Footnote). */
  | 'FOOTNOTE'
  /** A meeting of an assembly or conference (Meeting). */
  | 'MEETING'
  /** Something a resolution asks of actors (Obligation). */
  | 'OBLIGATION'
  /** A programme of an annex's action plan (Programme). */
  | 'PROGRAMME'
  /** A numbered paragraph or sub-item (Provision). */
  | 'PROVISION'
  /** A resolution (Resolution). */
  | 'RESOLUTION'
  /** A section of a resolution: a considering, a resolves ... (Section). */
  | 'SECTION';

/** Something a resolution asks of one or more actors, as one operative paragraph or action-plan item states it. */
export type Obligation = Node & {
  __typename?: 'Obligation';
  /** The actors asked, in text order. */
  addressees: Array<Actor>;
  /**
   * How to cite it: EN "Resolution 44 (Rev. Geneva, 2022), instructs the Director of TSB, 3",
   * ZH "第44号决议（2022年，日内瓦，修订版），责成电信标准化局主任，第3段"; for an annex item
   * "Resolution 44 (Rev. Geneva, 2022), Annex, Programme 4". Null in a language with no form, or
   * when a name it needs is unknown in that language.
   */
  citation: Maybe<Scalars['String']['output']>;
  /** The actors to work with, in text order. */
  collaborators: Array<Actor>;
  /** The conditions of the section and of the paragraph (在可用资源范围内 ...), in text order; null when there is no text in that language. */
  conditions: Maybe<Array<Scalars['String']['output']>>;
  /** The id: the source's id followed by `#o`, e.g. `WTSA-44/s8/3#o`. */
  id: Scalars['ID']['output'];
  /** How strongly it is asked. */
  modality: Modality;
  /** The provision that states it; null when an annex item states it. */
  provision: Maybe<Provision>;
  /** The resolution that states it. */
  resolution: Resolution;
  /** The role the actor with this id has in the obligation: ADDRESSEE, else COLLABORATOR; null when it has neither. */
  roleOf: Maybe<Role>;
  /** The provision or annex item that states it. */
  source: Node;
  /** The URI of this obligation in the revision and language of the text that states it, e.g. `…/id/WTSA-44/2022/zh/s8/3%23o`. */
  uri: Scalars['String']['output'];
};


/** Something a resolution asks of one or more actors, as one operative paragraph or action-plan item states it. */
export type ObligationCitationArgs = {
  lang?: Lang;
};


/** Something a resolution asks of one or more actors, as one operative paragraph or action-plan item states it. */
export type ObligationConditionsArgs = {
  lang?: Lang;
};


/** Something a resolution asks of one or more actors, as one operative paragraph or action-plan item states it. */
export type ObligationRoleOfArgs = {
  actor: Scalars['ID']['input'];
};

/** A page of obligations. */
export type ObligationConnection = {
  __typename?: 'ObligationConnection';
  /** The obligations of this page. */
  edges: Array<ObligationEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many obligations match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An obligation in a page. */
export type ObligationEdge = {
  __typename?: 'ObligationEdge';
  /** An opaque cursor: pass it as `after` to continue after this edge. */
  cursor: Scalars['String']['output'];
  /** The obligation. */
  node: Obligation;
};

/** How many obligations an actor has with one modality in one role. */
export type ObligationFacet = {
  __typename?: 'ObligationFacet';
  /** How many obligations. */
  count: Scalars['Int']['output'];
  /** The modality. */
  modality: Modality;
  /** The actor's role. */
  role: Role;
};

/** Which obligations to list. */
export type ObligationFilter = {
  /** Only obligations in which this actor (by id) has `role`; all when omitted. */
  actor?: InputMaybe<Scalars['ID']['input']>;
  /** Only obligations with a condition containing this text (1 to 200 characters, e.g. 可用资源); all when omitted. */
  condition?: InputMaybe<Scalars['String']['input']>;
  /** true: only obligations under at least one condition (在可用资源范围内 ...); false: only those under none; all when omitted. */
  conditional?: InputMaybe<Scalars['Boolean']['input']>;
  /**
   * With `actor`: also obligations in which the actors that are part of it (PART_OF, at any
   * depth) have `role`, each obligation listed once.
   */
  includeSubordinates?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only these modalities; all when omitted. */
  modalities?: InputMaybe<Array<Modality>>;
  /** Only obligations stated by this resolution (by id); all when omitted. */
  resolution?: InputMaybe<Scalars['ID']['input']>;
  /** With `actor` (and only with it): the role it has in them; ADDRESSEE when omitted. */
  role?: InputMaybe<RoleFilter>;
};

/** Where the position of a page of a connection stands (Relay cursor connections). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last edge returned; pass it as `after` for the next page; null when the page is empty. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** Whether more edges follow the last one returned. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether edges precede the first one returned. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** The cursor of the first edge returned; null when the page is empty. */
  startCursor: Maybe<Scalars['String']['output']>;
};

/** Whether a section belongs to the preamble (considering ...) or to the operative part (resolves ...). */
export type Part =
  /** The operative part: resolves, instructs, invites, encourages, requests, urges. */
  | 'OPERATIVE'
  /** The preamble: considering, recognizing, recalling, noting, bearing in mind. */
  | 'PREAMBLE';

/** A programme of an annex's action plan (项目1：提高标准制定能力). */
export type Programme = Node & {
  __typename?: 'Programme';
  /** The annex the programme belongs to. */
  annex: Annex;
  /** How to cite this programme: "Resolution 44 (Rev. Geneva, 2022), Annex, Programme 2", "…，附件，项目2". Null in a language with no form. */
  citation: Maybe<Scalars['String']['output']>;
  /** The id, e.g. `WTSA-44/annex/p2`. */
  id: Scalars['ID']['output'];
  /** The items directly under the programme (objectives, activities, groups), in order. */
  items: Array<AnnexItem>;
  /** The programme's number. */
  number: Scalars['Int']['output'];
  /** The resolution the programme belongs to. */
  resolution: Resolution;
  /** The programme's title; null when there is no text in that language. */
  title: Maybe<Scalars['String']['output']>;
  /** The URI of this programme in the revision and language of the loaded text, e.g. `…/id/WTSA-44/2022/zh/annex/p2`. */
  uri: Scalars['String']['output'];
};


/** A programme of an annex's action plan (项目1：提高标准制定能力). */
export type ProgrammeCitationArgs = {
  lang?: Lang;
};


/** A programme of an annex's action plan (项目1：提高标准制定能力). */
export type ProgrammeTitleArgs = {
  lang?: Lang;
};

/** A paragraph of a section (`a)`, `1`) or a sub-item of a paragraph (`ii)`). */
export type Provision = Node & {
  __typename?: 'Provision';
  /** The sub-items, in document order. */
  children: Array<Provision>;
  /** How to cite this paragraph: "Resolution 44 (Rev. Geneva, 2022), considering a)", "…, resolves 2 ii)", "…, instructs the Director of …, 3"; in Chinese "第44号决议（2022年，日内瓦，修订版），考虑到a)". Null in a language with no form, or when a name it needs is unknown in that language. */
  citation: Maybe<Scalars['String']['output']>;
  /** The references to other resolutions made in this text, in text order. */
  citations: Array<Citation>;
  /** The id, e.g. `WTSA-44/s5/2` or `WTSA-44/s5/2/ii`. */
  id: Scalars['ID']['output'];
  /** The label as printed, without punctuation: `a`, `1`, `ii`. */
  label: Scalars['String']['output'];
  /** 1 for a paragraph of a section, 2 for a sub-item of a paragraph. */
  level: Scalars['Int']['output'];
  /** The actors the text mentions, most mentioned first. */
  mentions: Array<Actor>;
  /** The obligation this provision states; null when it states none (e.g. in the preamble). */
  obligation: Maybe<Obligation>;
  /** The position in document order within the whole resolution (1-based). */
  ordinal: Scalars['Int']['output'];
  /** The paragraph this sub-item belongs to; null for a paragraph. */
  parent: Maybe<Provision>;
  /** The provisions and annexes this text refers to within the same resolution. */
  refersTo: Array<Node>;
  /** The resolution the provision belongs to. */
  resolution: Resolution;
  /** The section the provision stands in. */
  section: Section;
  /** The text without its label; null when there is no text in that language. */
  text: Maybe<Scalars['String']['output']>;
  /** The URI of this paragraph in the revision and language of the loaded text, e.g. `…/id/WTSA-44/2022/zh/s8/3`; it keeps naming this text when a later revision is loaded. */
  uri: Scalars['String']['output'];
};


/** A paragraph of a section (`a)`, `1`) or a sub-item of a paragraph (`ii)`). */
export type ProvisionCitationArgs = {
  lang?: Lang;
};


/** A paragraph of a section (`a)`, `1`) or a sub-item of a paragraph (`ii)`). */
export type ProvisionTextArgs = {
  lang?: Lang;
};

/** Entry points of the API. */
export type Query = {
  __typename?: 'Query';
  /** An actor by its canonical id; null when unknown. */
  actor: Maybe<Actor>;
  /** Actors, ordered by id. */
  actors: ActorConnection;
  /**
   * The chains of citations that lead from one resolution to another, shortest first (at most 100
   * chains, each without repeated resolutions), each step with the citations that make it.
   */
  citationChains: Array<CitationChain>;
  /** Citations, by citing resolution and in the document order of the citing text. */
  citations: CitationConnection;
  /** The version and load time of the graph served. */
  graph: GraphInfo;
  /**
   * The nodes within `depth` relationships of a node (in either direction); null when the id is
   * unknown. With `kinds` or `relationTypes`, the walk goes only through nodes of those kinds and
   * relationships of those types (the centre is always included).
   */
  neighborhood: Maybe<Neighborhood>;
  /** Any node by its id; null when no node has that id. */
  node: Maybe<Node>;
  /** Several nodes by id, in the order asked; an unknown id gives null in its place. */
  nodes: Array<Maybe<Node>>;
  /**
   * How many obligations an actor has, by modality and by its role in them (strongest modality
   * first, addressee before collaborator; only counts above zero): a delegate's overview.
   */
  obligationFacets: Array<ObligationFacet>;
  /** Obligations, strongest modality first, then in document order. */
  obligations: ObligationConnection;
  /** A resolution by id (`WTSA-44`, `PP-123`); null when unknown. */
  resolution: Maybe<Resolution>;
  /** Resolutions, ordered by assembly and number. */
  resolutions: ResolutionConnection;
  /**
   * Full-text search over the texts of resolutions (titles), sections (headings and their
   * conditions), provisions, footnotes, annexes, programmes, annex items and actors (names). ZH
   * searches the Chinese texts (a CJK-aware index; the words must appear as written), EN the
   * English titles of resolutions and names of actors (stemmed). In WORDS mode every
   * whitespace-separated word must match, in PHRASE mode the whole text. Lucene syntax is not
   * interpreted: the text is searched as written.
   */
  search: SearchConnection;
};


/** Entry points of the API. */
export type QueryActorArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points of the API. */
export type QueryActorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ActorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Entry points of the API. */
export type QueryCitationChainsArgs = {
  direction?: InputMaybe<ChainDirection>;
  from: Scalars['ID']['input'];
  maxDepth?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
};


/** Entry points of the API. */
export type QueryCitationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CitationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Entry points of the API. */
export type QueryNeighborhoodArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  kinds?: InputMaybe<Array<NodeKind>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  relationTypes?: InputMaybe<Array<RelationType>>;
};


/** Entry points of the API. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points of the API. */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Entry points of the API. */
export type QueryObligationFacetsArgs = {
  actor: Scalars['ID']['input'];
  includeSubordinates?: InputMaybe<Scalars['Boolean']['input']>;
  resolution?: InputMaybe<Scalars['ID']['input']>;
};


/** Entry points of the API. */
export type QueryObligationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ObligationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Entry points of the API. */
export type QueryResolutionArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points of the API. */
export type QueryResolutionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ResolutionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Entry points of the API. */
export type QuerySearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SearchFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  lang?: InputMaybe<Lang>;
  mode?: InputMaybe<SearchMode>;
  text: Scalars['String']['input'];
};

/** The relationship types of the graph (see the README's graph model). */
export type RelationType =
  /** Section or Obligation → Actor addressed. */
  | 'ADDRESSED_TO'
  /** Resolution → the Meeting that first adopted it. */
  | 'ADOPTED_AT'
  /** Citation → the Resolution cited. */
  | 'CITES'
  /** Citation → the Meeting of the revision cited. */
  | 'CITES_REVISION'
  /** Resolution → Annex. */
  | 'HAS_ANNEX'
  /** Provision or Annex → Citation. */
  | 'HAS_CITATION'
  /** Resolution → Footnote. */
  | 'HAS_FOOTNOTE'
  /** Programme or AnnexItem → AnnexItem. */
  | 'HAS_ITEM'
  /** Resolution → Obligation. */
  | 'HAS_OBLIGATION'
  /** Annex → Programme. */
  | 'HAS_PROGRAMME'
  /** Section or Provision → Provision. */
  | 'HAS_PROVISION'
  /** Resolution → Section. */
  | 'HAS_SECTION'
  /** Section or Obligation → Actor named as a collaborator. */
  | 'IN_COLLABORATION_WITH'
  /** Provision or AnnexItem → Actor it names. */
  | 'MENTIONS'
  /** Actor → the Actor it is part of. */
  | 'PART_OF'
  /** Provision → Annex it refers to. */
  | 'REFERS_TO'
  /** Resolution → a Meeting that revised it. */
  | 'REVISED_AT'
  /** Obligation → the Provision or AnnexItem that states it. */
  | 'STATED_IN'
  /** Resolution → the Meeting that adopted the text in the graph. */
  | 'TEXT_ADOPTED_BY';

/**
 * A resolution of an ITU assembly. Resolutions whose own text is loaded carry their sections,
 * annex and footnotes; those known only because a loaded text cites them have `textLoaded: false`
 * and carry only the curated facts.
 */
export type Resolution = Node & {
  __typename?: 'Resolution';
  /** The first adoption; null when unknown. */
  adopted: Maybe<Meeting>;
  /** The annex; null when there is none or the text is not loaded. */
  annex: Maybe<Annex>;
  /** The assembly that adopted the resolution. */
  assembly: Assembly;
  /** How to cite the loaded text: "Resolution 44 (Rev. Geneva, 2022)", "第44号决议（2022年，日内瓦，修订版）". Null for a resolution whose text is not loaded, and in a language with no form. */
  citation: Maybe<Scalars['String']['output']>;
  /** The references that loaded texts make to this resolution. */
  citedBy: Array<Citation>;
  /** The citations of this resolution in other texts, a page at a time, in document order: citedBy as a connection. */
  citedByConnection: CitationConnection;
  /** The references this resolution's text makes to other resolutions, in document order. */
  cites: Array<Citation>;
  /** Where the curated facts about this resolution were confirmed; null when there are none. */
  factsSource: Maybe<Scalars['String']['output']>;
  /** The footnotes of the text, in order. */
  footnotes: Array<Footnote>;
  /** The id: assembly and number, e.g. `WTSA-44`, `PP-123`, `COUNCIL-1353`. */
  id: Scalars['ID']['output'];
  /**
   * The most recent known revision: the latest of the curated adoption and revisions, the
   * revisions cited by any loaded text, and the resolution's own history. Null when none is known.
   */
  latestKnownRevision: Maybe<Meeting>;
  /** The resolution's number within its assembly. */
  number: Scalars['Int']['output'];
  /** The obligations this resolution states, strongest modality first, then in document order. */
  obligations: ObligationConnection;
  /**
   * A standard reference to the resolution in the requested language, e.g.
   * "Resolution 44 (Rev. Geneva, 2022)" or "第44号决议（2022年，日内瓦，修订版）", naming the
   * meeting that adopted the loaded text; null when no such meeting is known or the language has no form.
   */
  reference: Maybe<Scalars['String']['output']>;
  /** The later revisions known from the text and the curated facts, oldest first. */
  revisions: Array<Meeting>;
  /** The sections of the text (considering, resolves, instructs ...) in document order; empty when not loaded. */
  sections: Array<Section>;
  /** The name of the source file of the loaded text; null when the text is not loaded. */
  sourceFile: Maybe<Scalars['String']['output']>;
  /** The meeting that adopted the text that is loaded; null when the text is not loaded. */
  textAdoptedBy: Maybe<Meeting>;
  /** Whether this resolution's own text is in the graph (false: known only through citations). */
  textLoaded: Scalars['Boolean']['output'];
  /** The title in the requested language; null when not known in that language. */
  title: Maybe<Scalars['String']['output']>;
  /** The URI of the work (the resolution whatever its revision), e.g. `http://…/id/WTSA-44`; it redirects to the latest loaded revision. See the README, "Identifiers". */
  uri: Scalars['String']['output'];
};


/**
 * A resolution of an ITU assembly. Resolutions whose own text is loaded carry their sections,
 * annex and footnotes; those known only because a loaded text cites them have `textLoaded: false`
 * and carry only the curated facts.
 */
export type ResolutionCitationArgs = {
  lang?: Lang;
};


/**
 * A resolution of an ITU assembly. Resolutions whose own text is loaded carry their sections,
 * annex and footnotes; those known only because a loaded text cites them have `textLoaded: false`
 * and carry only the curated facts.
 */
export type ResolutionCitedByConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  outdated?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * A resolution of an ITU assembly. Resolutions whose own text is loaded carry their sections,
 * annex and footnotes; those known only because a loaded text cites them have `textLoaded: false`
 * and carry only the curated facts.
 */
export type ResolutionObligationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  modalities?: InputMaybe<Array<Modality>>;
};


/**
 * A resolution of an ITU assembly. Resolutions whose own text is loaded carry their sections,
 * annex and footnotes; those known only because a loaded text cites them have `textLoaded: false`
 * and carry only the curated facts.
 */
export type ResolutionReferenceArgs = {
  lang?: Lang;
};


/**
 * A resolution of an ITU assembly. Resolutions whose own text is loaded carry their sections,
 * annex and footnotes; those known only because a loaded text cites them have `textLoaded: false`
 * and carry only the curated facts.
 */
export type ResolutionTitleArgs = {
  lang?: Lang;
};

/** A page of resolutions. */
export type ResolutionConnection = {
  __typename?: 'ResolutionConnection';
  /** The resolutions of this page. */
  edges: Array<ResolutionEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many resolutions match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A resolution in a page. */
export type ResolutionEdge = {
  __typename?: 'ResolutionEdge';
  /** An opaque cursor: pass it as `after` to continue after this edge. */
  cursor: Scalars['String']['output'];
  /** The resolution. */
  node: Resolution;
};

/** Which resolutions to list. */
export type ResolutionFilter = {
  /** Only the resolutions of this assembly; all when omitted. */
  assembly?: InputMaybe<Assembly>;
  /** Only resolutions whose text is loaded (true) or known only through citations (false); all when omitted. */
  textLoaded?: InputMaybe<Scalars['Boolean']['input']>;
};

/** In which role an actor stands in an obligation. */
export type Role =
  /** It is asked: the obligation is addressed to it. */
  | 'ADDRESSEE'
  /** It is to work with the addressees (与…协作, 在…的协助下). */
  | 'COLLABORATOR';

/** Which role an actor must have in the obligations listed. */
export type RoleFilter =
  /** It is asked. */
  | 'ADDRESSEE'
  /** It is to work with the addressees. */
  | 'COLLABORATOR'
  /** Either of the two. */
  | 'EITHER';

/** A page of search hits, best first. */
export type SearchConnection = {
  __typename?: 'SearchConnection';
  /** The hits of this page, best first. */
  edges: Array<SearchEdge>;
  /** Hits per kind of node, for every kind with at least one hit, in the order of SearchKind. */
  facets: Array<SearchFacet>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many nodes match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One search hit. */
export type SearchEdge = {
  __typename?: 'SearchEdge';
  /** An opaque cursor: pass it as `after` to continue after this hit. */
  cursor: Scalars['String']['output'];
  /** A snippet of the matching text with each match wrapped in <em>…</em> (other markup escaped); null when no snippet can be shown. */
  highlight: Maybe<Scalars['String']['output']>;
  /** What kind of node matched. */
  kind: SearchKind;
  /** The node that matched: a Resolution, Section, Provision, Footnote, Annex, Programme, AnnexItem or Actor. */
  node: Node;
  /** The full-text relevance score (higher is better). */
  score: Scalars['Float']['output'];
};

/** How many hits one kind of node has. */
export type SearchFacet = {
  __typename?: 'SearchFacet';
  /** How many hits of that kind match the text and the `resolution` filter (the `kinds` filter aside). */
  count: Scalars['Int']['output'];
  /** The kind of node. */
  kind: SearchKind;
};

/** Which hits a search returns. */
export type SearchFilter = {
  /** Only these kinds of node (1 to 8 kinds); all when omitted. */
  kinds?: InputMaybe<Array<SearchKind>>;
  /** Only the resolution with this id and the nodes of its text; all when omitted. */
  resolution?: InputMaybe<Scalars['ID']['input']>;
};

/** What kind of node a search hit is. */
export type SearchKind =
  /** An actor, by its names (ZH) or its English name (EN). */
  | 'ACTOR'
  /** An annex, by its title. */
  | 'ANNEX'
  /** An item of an annex programme. */
  | 'ANNEX_ITEM'
  /** A footnote. */
  | 'FOOTNOTE'
  /** A programme of an annex, by its title. */
  | 'PROGRAMME'
  /** A paragraph or sub-item. */
  | 'PROVISION'
  /** A resolution, by its title (ZH) or its English title (EN). */
  | 'RESOLUTION'
  /** A section, by its heading and the conditions under it (在可用资源范围内 ...). */
  | 'SECTION';

/** How the words of a search match. */
export type SearchMode =
  /** The whole text must occur as written: its words adjacent and in order. */
  | 'PHRASE'
  /** Every whitespace-separated word must occur, each as written, anywhere in the text. */
  | 'WORDS';

/**
 * A section of a resolution: the part under one heading such as 考虑到 (considering) or
 * 责成电信标准化局主任 (instructs the Director of TSB).
 */
export type Section = Node & {
  __typename?: 'Section';
  /** The actors the section addresses, in text order. */
  addressees: Array<Actor>;
  /** How to cite this section: "Resolution 44 (Rev. Geneva, 2022), instructs the Director of the Telecommunication Standardization Bureau". Null in a language with no form, or when a name it needs is unknown in that language. */
  citation: Maybe<Scalars['String']['output']>;
  /** The actors the addressees are to work with (与…协作), in text order. */
  collaborators: Array<Actor>;
  /** Conditions stated in the heading (在可用资源范围内 ...), in text order; null when there is no text in that language. */
  conditions: Maybe<Array<Scalars['String']['output']>>;
  /** Whether the heading says 进一步 (further): recognizing further, resolves further ... */
  further: Scalars['Boolean']['output'];
  /**
   * The heading. In ZH the text as it stands; in EN the standard ITU formula for the kind followed
   * by the addressees' English names ("instructs the Director of TSB, in collaboration with ...");
   * null in languages with no text, or when an addressee has no name in that language.
   */
  heading: Maybe<Scalars['String']['output']>;
  /** The id, e.g. `WTSA-44/s5` (the 5th section in document order). */
  id: Scalars['ID']['output'];
  /** What the section does, from its heading. */
  kind: SectionKind;
  /** Whether the section belongs to the preamble or to the operative part. */
  part: Part;
  /** The numbered paragraphs of the section, in document order (their sub-items are their children). */
  provisions: Array<Provision>;
  /** The resolution the section belongs to. */
  resolution: Resolution;
  /** The URI of this section in the revision and language of the loaded text, e.g. `…/id/WTSA-44/2022/zh/s8`; it keeps naming this text when a later revision is loaded. */
  uri: Scalars['String']['output'];
};


/**
 * A section of a resolution: the part under one heading such as 考虑到 (considering) or
 * 责成电信标准化局主任 (instructs the Director of TSB).
 */
export type SectionCitationArgs = {
  lang?: Lang;
};


/**
 * A section of a resolution: the part under one heading such as 考虑到 (considering) or
 * 责成电信标准化局主任 (instructs the Director of TSB).
 */
export type SectionConditionsArgs = {
  lang?: Lang;
};


/**
 * A section of a resolution: the part under one heading such as 考虑到 (considering) or
 * 责成电信标准化局主任 (instructs the Director of TSB).
 */
export type SectionHeadingArgs = {
  lang?: Lang;
};

/** What a section does, from its heading. */
export type SectionKind =
  /** 铭记: bearing in mind. */
  | 'BEARING_IN_MIND'
  /** 考虑到: considering. */
  | 'CONSIDERING'
  /** 鼓励: encourages. */
  | 'ENCOURAGES'
  /** 责成: instructs. */
  | 'INSTRUCTS'
  /** 请: invites. */
  | 'INVITES'
  /** 注意到: noting. */
  | 'NOTING'
  /** 忆及: recalling. */
  | 'RECALLING'
  /** 认识到: recognizing. */
  | 'RECOGNIZING'
  /** 要求: requests. */
  | 'REQUESTS'
  /** 做出决议: resolves. */
  | 'RESOLVES'
  /** 敦促: urges. */
  | 'URGES';



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;




/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Node:
    | ( ActorRow )
    | ( AnnexRow )
    | ( AnnexItemRow )
    | ( CitationRow )
    | ( FootnoteRow )
    | ( MeetingRow )
    | ( ObligationRow )
    | ( ProgrammeRow )
    | ( ProvisionRow )
    | ( ResolutionRow )
    | ( SectionRow )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Actor: ResolverTypeWrapper<ActorRow>;
  ActorConnection: ResolverTypeWrapper<Omit<ActorConnection, 'edges'> & { edges: Array<ResolversTypes['ActorEdge']> }>;
  ActorEdge: ResolverTypeWrapper<Omit<ActorEdge, 'node'> & { node: ResolversTypes['Actor'] }>;
  ActorFilter: ActorFilter;
  ActorKind: ActorKind;
  Annex: ResolverTypeWrapper<AnnexRow>;
  AnnexItem: ResolverTypeWrapper<AnnexItemRow>;
  AnnexItemKind: AnnexItemKind;
  Assembly: Assembly;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ChainDirection: ChainDirection;
  Citation: ResolverTypeWrapper<CitationRow>;
  CitationChain: ResolverTypeWrapper<CitationChainRow>;
  CitationConnection: ResolverTypeWrapper<Omit<CitationConnection, 'edges'> & { edges: Array<ResolversTypes['CitationEdge']> }>;
  CitationEdge: ResolverTypeWrapper<Omit<CitationEdge, 'node'> & { node: ResolversTypes['Citation'] }>;
  CitationFilter: CitationFilter;
  CitationStep: ResolverTypeWrapper<CitationStepRow>;
  CitedRevision: ResolverTypeWrapper<CitationRow>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Footnote: ResolverTypeWrapper<FootnoteRow>;
  GraphEdge: ResolverTypeWrapper<GraphEdge>;
  GraphInfo: ResolverTypeWrapper<GraphMetaRow>;
  GraphNode: ResolverTypeWrapper<NeighborhoodNodeRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Lang: Lang;
  Meeting: ResolverTypeWrapper<MeetingRow>;
  MentionConnection: ResolverTypeWrapper<Omit<MentionConnection, 'edges'> & { edges: Array<ResolversTypes['MentionEdge']> }>;
  MentionEdge: ResolverTypeWrapper<Omit<MentionEdge, 'node'> & { node: ResolversTypes['Node'] }>;
  Modality: Modality;
  Neighborhood: ResolverTypeWrapper<NeighborhoodRow>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  NodeDistance: ResolverTypeWrapper<NodeDistance>;
  NodeKind: NodeKind;
  Obligation: ResolverTypeWrapper<ObligationRow>;
  ObligationConnection: ResolverTypeWrapper<Omit<ObligationConnection, 'edges'> & { edges: Array<ResolversTypes['ObligationEdge']> }>;
  ObligationEdge: ResolverTypeWrapper<Omit<ObligationEdge, 'node'> & { node: ResolversTypes['Obligation'] }>;
  ObligationFacet: ResolverTypeWrapper<ObligationFacet>;
  ObligationFilter: ObligationFilter;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Part: Part;
  Programme: ResolverTypeWrapper<ProgrammeRow>;
  Provision: ResolverTypeWrapper<ProvisionRow>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RelationType: RelationType;
  Resolution: ResolverTypeWrapper<ResolutionRow>;
  ResolutionConnection: ResolverTypeWrapper<Omit<ResolutionConnection, 'edges'> & { edges: Array<ResolversTypes['ResolutionEdge']> }>;
  ResolutionEdge: ResolverTypeWrapper<Omit<ResolutionEdge, 'node'> & { node: ResolversTypes['Resolution'] }>;
  ResolutionFilter: ResolutionFilter;
  Role: Role;
  RoleFilter: RoleFilter;
  SearchConnection: ResolverTypeWrapper<Omit<SearchConnection, 'edges'> & { edges: Array<ResolversTypes['SearchEdge']> }>;
  SearchEdge: ResolverTypeWrapper<Omit<SearchEdge, 'node'> & { node: ResolversTypes['Node'] }>;
  SearchFacet: ResolverTypeWrapper<SearchFacet>;
  SearchFilter: SearchFilter;
  SearchKind: SearchKind;
  SearchMode: SearchMode;
  Section: ResolverTypeWrapper<SectionRow>;
  SectionKind: SectionKind;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Actor: ActorRow;
  ActorConnection: Omit<ActorConnection, 'edges'> & { edges: Array<ResolversParentTypes['ActorEdge']> };
  ActorEdge: Omit<ActorEdge, 'node'> & { node: ResolversParentTypes['Actor'] };
  ActorFilter: ActorFilter;
  Annex: AnnexRow;
  AnnexItem: AnnexItemRow;
  Boolean: Scalars['Boolean']['output'];
  Citation: CitationRow;
  CitationChain: CitationChainRow;
  CitationConnection: Omit<CitationConnection, 'edges'> & { edges: Array<ResolversParentTypes['CitationEdge']> };
  CitationEdge: Omit<CitationEdge, 'node'> & { node: ResolversParentTypes['Citation'] };
  CitationFilter: CitationFilter;
  CitationStep: CitationStepRow;
  CitedRevision: CitationRow;
  Float: Scalars['Float']['output'];
  Footnote: FootnoteRow;
  GraphEdge: GraphEdge;
  GraphInfo: GraphMetaRow;
  GraphNode: NeighborhoodNodeRow;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Meeting: MeetingRow;
  MentionConnection: Omit<MentionConnection, 'edges'> & { edges: Array<ResolversParentTypes['MentionEdge']> };
  MentionEdge: Omit<MentionEdge, 'node'> & { node: ResolversParentTypes['Node'] };
  Neighborhood: NeighborhoodRow;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  NodeDistance: NodeDistance;
  Obligation: ObligationRow;
  ObligationConnection: Omit<ObligationConnection, 'edges'> & { edges: Array<ResolversParentTypes['ObligationEdge']> };
  ObligationEdge: Omit<ObligationEdge, 'node'> & { node: ResolversParentTypes['Obligation'] };
  ObligationFacet: ObligationFacet;
  ObligationFilter: ObligationFilter;
  PageInfo: PageInfo;
  Programme: ProgrammeRow;
  Provision: ProvisionRow;
  Query: Record<PropertyKey, never>;
  Resolution: ResolutionRow;
  ResolutionConnection: Omit<ResolutionConnection, 'edges'> & { edges: Array<ResolversParentTypes['ResolutionEdge']> };
  ResolutionEdge: Omit<ResolutionEdge, 'node'> & { node: ResolversParentTypes['Resolution'] };
  ResolutionFilter: ResolutionFilter;
  SearchConnection: Omit<SearchConnection, 'edges'> & { edges: Array<ResolversParentTypes['SearchEdge']> };
  SearchEdge: Omit<SearchEdge, 'node'> & { node: ResolversParentTypes['Node'] };
  SearchFacet: SearchFacet;
  SearchFilter: SearchFilter;
  Section: SectionRow;
  String: Scalars['String']['output'];
};

export type ActorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Actor'] = ResolversParentTypes['Actor']> = {
  acronym?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  aliases?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType, RequireFields<ActorAliasesArgs, 'lang'>>;
  ancestors?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  children?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActorKind'], ParentType, ContextType>;
  mentionedIn?: Resolver<ResolversTypes['MentionConnection'], ParentType, ContextType, RequireFields<ActorMentionedInArgs, 'first'>>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<ActorNameArgs, 'lang'>>;
  obligations?: Resolver<ResolversTypes['ObligationConnection'], ParentType, ContextType, RequireFields<ActorObligationsArgs, 'first' | 'includeSubordinates' | 'role'>>;
  parent?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  uri?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ActorConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActorConnection'] = ResolversParentTypes['ActorConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ActorEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActorEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActorEdge'] = ResolversParentTypes['ActorEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
};

export type AnnexResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Annex'] = ResolversParentTypes['Annex']> = {
  citation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<AnnexCitationArgs, 'lang'>>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  programmes?: Resolver<Array<ResolversTypes['Programme']>, ParentType, ContextType>;
  resolution?: Resolver<ResolversTypes['Resolution'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<AnnexTitleArgs, 'lang'>>;
  uri?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AnnexItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AnnexItem'] = ResolversParentTypes['AnnexItem']> = {
  children?: Resolver<Array<ResolversTypes['AnnexItem']>, ParentType, ContextType>;
  citation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<AnnexItemCitationArgs, 'lang'>>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AnnexItemKind'], ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  obligation?: Resolver<Maybe<ResolversTypes['Obligation']>, ParentType, ContextType>;
  ordinal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['AnnexItem']>, ParentType, ContextType>;
  programme?: Resolver<ResolversTypes['Programme'], ParentType, ContextType>;
  resolution?: Resolver<ResolversTypes['Resolution'], ParentType, ContextType>;
  responsible?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<AnnexItemTextArgs, 'lang'>>;
  uri?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CitationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Citation'] = ResolversParentTypes['Citation']> = {
  citedRevision?: Resolver<Maybe<ResolversTypes['CitedRevision']>, ParentType, ContextType>;
  citingResolution?: Resolver<ResolversTypes['Resolution'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<CitationDescriptionArgs, 'lang'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  outdated?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  span?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<CitationSpanArgs, 'lang'>>;
  target?: Resolver<ResolversTypes['Resolution'], ParentType, ContextType>;
  uri?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CitationChainResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CitationChain'] = ResolversParentTypes['CitationChain']> = {
  ids?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resolutions?: Resolver<Array<ResolversTypes['Resolution']>, ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['CitationStep']>, ParentType, ContextType>;
};

export type CitationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CitationConnection'] = ResolversParentTypes['CitationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CitationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CitationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CitationEdge'] = ResolversParentTypes['CitationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Citation'], ParentType, ContextType>;
};

export type CitationStepResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CitationStep'] = ResolversParentTypes['CitationStep']> = {
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['ChainDirection'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Resolution'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Resolution'], ParentType, ContextType>;
};

export type CitedRevisionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CitedRevision'] = ResolversParentTypes['CitedRevision']> = {
  city?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<CitedRevisionCityArgs, 'lang'>>;
  meeting?: Resolver<Maybe<ResolversTypes['Meeting']>, ParentType, ContextType>;
  revised?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FootnoteResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Footnote'] = ResolversParentTypes['Footnote']> = {
  anchor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<FootnoteAnchorArgs, 'lang'>>;
  citation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<FootnoteCitationArgs, 'lang'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  marker?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  resolution?: Resolver<ResolversTypes['Resolution'], ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<FootnoteTextArgs, 'lang'>>;
  uri?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GraphEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphEdge'] = ResolversParentTypes['GraphEdge']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
};

export type GraphInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphInfo'] = ResolversParentTypes['GraphInfo']> = {
  loadedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type GraphNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphNode'] = ResolversParentTypes['GraphNode']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<GraphNodeLabelArgs, 'lang'>>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MeetingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Meeting'] = ResolversParentTypes['Meeting']> = {
  assembly?: Resolver<ResolversTypes['Assembly'], ParentType, ContextType>;
  city?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<MeetingCityArgs, 'lang'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  uri?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MentionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MentionConnection'] = ResolversParentTypes['MentionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MentionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MentionEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MentionEdge'] = ResolversParentTypes['MentionEdge']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
};

export type NeighborhoodResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Neighborhood'] = ResolversParentTypes['Neighborhood']> = {
  distances?: Resolver<Array<ResolversTypes['NodeDistance']>, ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type NodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Actor' | 'Annex' | 'AnnexItem' | 'Citation' | 'Footnote' | 'Meeting' | 'Obligation' | 'Programme' | 'Provision' | 'Resolution' | 'Section', ParentType, ContextType>;
};

export type NodeDistanceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NodeDistance'] = ResolversParentTypes['NodeDistance']> = {
  distance?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ObligationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Obligation'] = ResolversParentTypes['Obligation']> = {
  addressees?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  citation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<ObligationCitationArgs, 'lang'>>;
  collaborators?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  conditions?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType, RequireFields<ObligationConditionsArgs, 'lang'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  modality?: Resolver<ResolversTypes['Modality'], ParentType, ContextType>;
  provision?: Resolver<Maybe<ResolversTypes['Provision']>, ParentType, ContextType>;
  resolution?: Resolver<ResolversTypes['Resolution'], ParentType, ContextType>;
  roleOf?: Resolver<Maybe<ResolversTypes['Role']>, ParentType, ContextType, RequireFields<ObligationRoleOfArgs, 'actor'>>;
  source?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  uri?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ObligationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ObligationConnection'] = ResolversParentTypes['ObligationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ObligationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ObligationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ObligationEdge'] = ResolversParentTypes['ObligationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Obligation'], ParentType, ContextType>;
};

export type ObligationFacetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ObligationFacet'] = ResolversParentTypes['ObligationFacet']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  modality?: Resolver<ResolversTypes['Modality'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ProgrammeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Programme'] = ResolversParentTypes['Programme']> = {
  annex?: Resolver<ResolversTypes['Annex'], ParentType, ContextType>;
  citation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<ProgrammeCitationArgs, 'lang'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['AnnexItem']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resolution?: Resolver<ResolversTypes['Resolution'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<ProgrammeTitleArgs, 'lang'>>;
  uri?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProvisionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Provision'] = ResolversParentTypes['Provision']> = {
  children?: Resolver<Array<ResolversTypes['Provision']>, ParentType, ContextType>;
  citation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<ProvisionCitationArgs, 'lang'>>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  obligation?: Resolver<Maybe<ResolversTypes['Obligation']>, ParentType, ContextType>;
  ordinal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Provision']>, ParentType, ContextType>;
  refersTo?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  resolution?: Resolver<ResolversTypes['Resolution'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['Section'], ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<ProvisionTextArgs, 'lang'>>;
  uri?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  actor?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType, RequireFields<QueryActorArgs, 'id'>>;
  actors?: Resolver<ResolversTypes['ActorConnection'], ParentType, ContextType, RequireFields<QueryActorsArgs, 'first'>>;
  citationChains?: Resolver<Array<ResolversTypes['CitationChain']>, ParentType, ContextType, RequireFields<QueryCitationChainsArgs, 'direction' | 'from' | 'maxDepth' | 'to'>>;
  citations?: Resolver<ResolversTypes['CitationConnection'], ParentType, ContextType, RequireFields<QueryCitationsArgs, 'first'>>;
  graph?: Resolver<ResolversTypes['GraphInfo'], ParentType, ContextType>;
  neighborhood?: Resolver<Maybe<ResolversTypes['Neighborhood']>, ParentType, ContextType, RequireFields<QueryNeighborhoodArgs, 'depth' | 'id' | 'limit'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  nodes?: Resolver<Array<Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<QueryNodesArgs, 'ids'>>;
  obligationFacets?: Resolver<Array<ResolversTypes['ObligationFacet']>, ParentType, ContextType, RequireFields<QueryObligationFacetsArgs, 'actor' | 'includeSubordinates'>>;
  obligations?: Resolver<ResolversTypes['ObligationConnection'], ParentType, ContextType, RequireFields<QueryObligationsArgs, 'first'>>;
  resolution?: Resolver<Maybe<ResolversTypes['Resolution']>, ParentType, ContextType, RequireFields<QueryResolutionArgs, 'id'>>;
  resolutions?: Resolver<ResolversTypes['ResolutionConnection'], ParentType, ContextType, RequireFields<QueryResolutionsArgs, 'first'>>;
  search?: Resolver<ResolversTypes['SearchConnection'], ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'mode' | 'text'>>;
};

export type ResolutionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Resolution'] = ResolversParentTypes['Resolution']> = {
  adopted?: Resolver<Maybe<ResolversTypes['Meeting']>, ParentType, ContextType>;
  annex?: Resolver<Maybe<ResolversTypes['Annex']>, ParentType, ContextType>;
  assembly?: Resolver<ResolversTypes['Assembly'], ParentType, ContextType>;
  citation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<ResolutionCitationArgs, 'lang'>>;
  citedBy?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  citedByConnection?: Resolver<ResolversTypes['CitationConnection'], ParentType, ContextType, RequireFields<ResolutionCitedByConnectionArgs, 'first'>>;
  cites?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  factsSource?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  footnotes?: Resolver<Array<ResolversTypes['Footnote']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  latestKnownRevision?: Resolver<Maybe<ResolversTypes['Meeting']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  obligations?: Resolver<ResolversTypes['ObligationConnection'], ParentType, ContextType, RequireFields<ResolutionObligationsArgs, 'first'>>;
  reference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<ResolutionReferenceArgs, 'lang'>>;
  revisions?: Resolver<Array<ResolversTypes['Meeting']>, ParentType, ContextType>;
  sections?: Resolver<Array<ResolversTypes['Section']>, ParentType, ContextType>;
  sourceFile?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  textAdoptedBy?: Resolver<Maybe<ResolversTypes['Meeting']>, ParentType, ContextType>;
  textLoaded?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<ResolutionTitleArgs, 'lang'>>;
  uri?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ResolutionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ResolutionConnection'] = ResolversParentTypes['ResolutionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ResolutionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ResolutionEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ResolutionEdge'] = ResolversParentTypes['ResolutionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Resolution'], ParentType, ContextType>;
};

export type SearchConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchConnection'] = ResolversParentTypes['SearchConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SearchEdge']>, ParentType, ContextType>;
  facets?: Resolver<Array<ResolversTypes['SearchFacet']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SearchEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchEdge'] = ResolversParentTypes['SearchEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  highlight?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SearchKind'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SearchFacetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchFacet'] = ResolversParentTypes['SearchFacet']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SearchKind'], ParentType, ContextType>;
};

export type SectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Section'] = ResolversParentTypes['Section']> = {
  addressees?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  citation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<SectionCitationArgs, 'lang'>>;
  collaborators?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  conditions?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType, RequireFields<SectionConditionsArgs, 'lang'>>;
  further?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  heading?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<SectionHeadingArgs, 'lang'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SectionKind'], ParentType, ContextType>;
  part?: Resolver<ResolversTypes['Part'], ParentType, ContextType>;
  provisions?: Resolver<Array<ResolversTypes['Provision']>, ParentType, ContextType>;
  resolution?: Resolver<ResolversTypes['Resolution'], ParentType, ContextType>;
  uri?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  Actor?: ActorResolvers<ContextType>;
  ActorConnection?: ActorConnectionResolvers<ContextType>;
  ActorEdge?: ActorEdgeResolvers<ContextType>;
  Annex?: AnnexResolvers<ContextType>;
  AnnexItem?: AnnexItemResolvers<ContextType>;
  Citation?: CitationResolvers<ContextType>;
  CitationChain?: CitationChainResolvers<ContextType>;
  CitationConnection?: CitationConnectionResolvers<ContextType>;
  CitationEdge?: CitationEdgeResolvers<ContextType>;
  CitationStep?: CitationStepResolvers<ContextType>;
  CitedRevision?: CitedRevisionResolvers<ContextType>;
  Footnote?: FootnoteResolvers<ContextType>;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  GraphInfo?: GraphInfoResolvers<ContextType>;
  GraphNode?: GraphNodeResolvers<ContextType>;
  Meeting?: MeetingResolvers<ContextType>;
  MentionConnection?: MentionConnectionResolvers<ContextType>;
  MentionEdge?: MentionEdgeResolvers<ContextType>;
  Neighborhood?: NeighborhoodResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  NodeDistance?: NodeDistanceResolvers<ContextType>;
  Obligation?: ObligationResolvers<ContextType>;
  ObligationConnection?: ObligationConnectionResolvers<ContextType>;
  ObligationEdge?: ObligationEdgeResolvers<ContextType>;
  ObligationFacet?: ObligationFacetResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Programme?: ProgrammeResolvers<ContextType>;
  Provision?: ProvisionResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Resolution?: ResolutionResolvers<ContextType>;
  ResolutionConnection?: ResolutionConnectionResolvers<ContextType>;
  ResolutionEdge?: ResolutionEdgeResolvers<ContextType>;
  SearchConnection?: SearchConnectionResolvers<ContextType>;
  SearchEdge?: SearchEdgeResolvers<ContextType>;
  SearchFacet?: SearchFacetResolvers<ContextType>;
  Section?: SectionResolvers<ContextType>;
};

