/**
 * Synthetic corpora shaped like Resolution 44, for load tests and benchmarks: N resolutions
 * (WTSA-1001 … WTSA-1000+N) with the same section layout, paragraph counts, sub-items, annex,
 * citations of one another and of the Plenipotentiary resolutions, and obligations addressed to
 * a shared set of actors. Deterministic: the same N gives the same graphs.
 */
import type {
  ActorKind,
  GraphNode,
  GraphRelationship,
  Modality,
  NodeLabel,
  NormalizedGraph,
  Part,
  RelType,
  SectionKind,
} from '../ingest/types';

export const SYNTHETIC_FIRST_NUMBER = 1001;

interface SectionShape {
  kind: SectionKind;
  part: Part;
  further: boolean;
  paragraphs: number;
  /** paragraph index (1-based) → number of sub-items */
  subItems?: Record<number, number>;
  addressees?: string[];
}

/** The layout of Resolution 44 (Rev. Geneva, 2022): 13 sections, 116 paragraphs. */
const SHAPE: SectionShape[] = [
  { kind: 'CONSIDERING', part: 'PREAMBLE', further: false, paragraphs: 10 },
  { kind: 'RECOGNIZING', part: 'PREAMBLE', further: false, paragraphs: 9 },
  { kind: 'RECOGNIZING', part: 'PREAMBLE', further: true, paragraphs: 12 },
  { kind: 'RECALLING', part: 'PREAMBLE', further: false, paragraphs: 4 },
  { kind: 'RESOLVES', part: 'OPERATIVE', further: false, paragraphs: 7, subItems: { 2: 3 } },
  {
    kind: 'RESOLVES',
    part: 'OPERATIVE',
    further: true,
    paragraphs: 3,
    subItems: { 2: 4 },
    addressees: ['ITU-REGIONAL-OFFICES'],
  },
  { kind: 'INVITES', part: 'OPERATIVE', further: false, paragraphs: 2, addressees: ['COUNCIL'] },
  { kind: 'INSTRUCTS', part: 'OPERATIVE', further: false, paragraphs: 16, addressees: ['TSB-DIRECTOR'] },
  { kind: 'INSTRUCTS', part: 'OPERATIVE', further: false, paragraphs: 3, addressees: ['ITU-T-SG', 'TSAG'] },
  { kind: 'INSTRUCTS', part: 'OPERATIVE', further: true, paragraphs: 4, addressees: ['ITU-T-SG'] },
  { kind: 'INVITES', part: 'OPERATIVE', further: false, paragraphs: 4, addressees: ['TSB-DIRECTOR'] },
  { kind: 'INVITES', part: 'OPERATIVE', further: false, paragraphs: 7, addressees: ['REGIONS', 'MEMBER-STATES'] },
  {
    kind: 'ENCOURAGES',
    part: 'OPERATIVE',
    further: false,
    paragraphs: 2,
    addressees: ['MEMBER-STATES', 'SECTOR-MEMBERS'],
  },
];

const ACTORS: { id: string; kind: ActorKind; parent: string | null }[] = [
  { id: 'ITU', kind: 'ORGANIZATION', parent: null },
  { id: 'COUNCIL', kind: 'GOVERNING_BODY', parent: 'ITU' },
  { id: 'ITU-T', kind: 'SECTOR', parent: 'ITU' },
  { id: 'TSB', kind: 'BUREAU', parent: 'ITU-T' },
  { id: 'TSB-DIRECTOR', kind: 'OFFICIAL', parent: 'TSB' },
  { id: 'TSAG', kind: 'ADVISORY_GROUP', parent: 'ITU-T' },
  { id: 'ITU-T-SG', kind: 'STUDY_GROUPS', parent: 'ITU-T' },
  { id: 'ITU-REGIONAL-OFFICES', kind: 'OFFICE', parent: 'ITU' },
  { id: 'REGIONS', kind: 'COUNTRY_GROUP', parent: null },
  { id: 'MEMBER-STATES', kind: 'MEMBERSHIP', parent: null },
  { id: 'SECTOR-MEMBERS', kind: 'MEMBERSHIP', parent: null },
];

const PLENIPOTENTIARY_CITED = [71, 123, 139, 154, 169, 191, 195, 197];
const LABELS = 'abcdefghijklmnopqrstuvwxyz';
const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii'];
const FILLER = '发展中国家加强参与制定和推广使用电信标准以及加大对ITU-T研究组的贡献力度至关重要';

/** A small deterministic PRNG (mulberry32), so corpora are reproducible. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class GraphBuilder {
  readonly nodes: GraphNode[] = [];
  readonly relationships: GraphRelationship[] = [];
  private readonly labels = new Map<string, NodeLabel>();

  node(node: GraphNode): void {
    if (this.labels.has(node.id)) return;
    this.labels.set(node.id, node.label);
    this.nodes.push(node);
  }

  rel(type: RelType, from: string, to: string, props: GraphRelationship['props'] = {}): void {
    const fromLabel = this.labels.get(from);
    const toLabel = this.labels.get(to);
    if (!fromLabel || !toLabel)
      throw new Error(`synthetic graph: ${type} from ${from} to ${to} names a node not yet added`);
    this.relationships.push({ type, from, fromLabel, to, toLabel, props });
  }
}

function meetingId(assembly: string, year: number): string {
  return `MEETING-${assembly}-${year}`;
}

/** The graph of synthetic resolution number `index` (0-based) of a corpus of `size`. */
export function syntheticResolution(index: number, size: number): NormalizedGraph {
  const random = prng(index + 1);
  const number = SYNTHETIC_FIRST_NUMBER + index;
  const id = `WTSA-${number}`;
  const g = new GraphBuilder();

  for (const actor of ACTORS) {
    g.node({
      label: 'Actor',
      id: actor.id,
      props: { kind: actor.kind, acronym: null, nameZh: null, nameEn: actor.id, aliasesZh: [] },
    });
  }
  for (const actor of ACTORS) if (actor.parent) g.rel('PART_OF', actor.id, actor.parent);

  g.node({
    label: 'Meeting',
    id: meetingId('WTSA', 2022),
    props: { assembly: 'WTSA', year: 2022, cityZh: '日内瓦', cityEn: 'Geneva' },
  });
  g.node({
    label: 'Meeting',
    id: meetingId('PP', 2018),
    props: { assembly: 'PP', year: 2018, cityZh: '迪拜', cityEn: 'Dubai' },
  });
  g.node({
    label: 'Resolution',
    id,
    props: {
      assembly: 'WTSA',
      number,
      titleZh: `合成决议${number}`,
      titleEn: null,
      textLoaded: true,
      factsSource: null,
      sourceFile: `synthetic-${number}.txt`,
    },
  });
  g.rel('ADOPTED_AT', id, meetingId('WTSA', 2022));
  g.rel('TEXT_ADOPTED_BY', id, meetingId('WTSA', 2022));

  const cited = [
    ...PLENIPOTENTIARY_CITED.map((n) => ({
      id: `PP-${n}`,
      assembly: 'PP' as const,
      number: n,
      meeting: meetingId('PP', 2018),
    })),
    ...[1, 2, 3]
      .map((step) => index - step * (1 + Math.floor(random() * 5)))
      .filter((i) => i >= 0 && i < size)
      .map((i) => ({
        id: `WTSA-${SYNTHETIC_FIRST_NUMBER + i}`,
        assembly: 'WTSA' as const,
        number: SYNTHETIC_FIRST_NUMBER + i,
        meeting: meetingId('WTSA', 2022),
      })),
  ];
  for (const target of cited) {
    g.node({
      label: 'Resolution',
      id: target.id,
      props: {
        assembly: target.assembly,
        number: target.number,
        titleZh: null,
        titleEn: null,
        textLoaded: false,
        factsSource: null,
        sourceFile: null,
      },
    });
  }

  let ordinal = 0;
  let citationIndex = 0;
  let obligationOrdinal = 0;
  SHAPE.forEach((shape, s) => {
    const sectionId = `${id}/s${s + 1}`;
    g.node({
      label: 'Section',
      id: sectionId,
      props: {
        resolutionId: id,
        ordinal: s + 1,
        part: shape.part,
        kind: shape.kind,
        further: shape.further,
        headingZh: `${shape.kind}`,
        conditionsZh: [],
      },
    });
    g.rel('HAS_SECTION', id, sectionId, { order: s + 1 });
    for (const actor of shape.addressees ?? []) g.rel('ADDRESSED_TO', sectionId, actor);
    for (let p = 1; p <= shape.paragraphs; p++) {
      const label = shape.part === 'PREAMBLE' ? LABELS[p - 1] : String(p);
      const provisionId = `${sectionId}/${label}`;
      ordinal += 1;
      const target = shape.part === 'PREAMBLE' && citationIndex < cited.length ? cited[citationIndex++] : null;
      const span = target ? `第${target.number}号决议（2018年，迪拜，修订版）` : '';
      const text = `${span}${FILLER}${number}-${ordinal}`;
      g.node({
        label: 'Provision',
        id: provisionId,
        props: { resolutionId: id, sectionId, label, level: 1, ordinal, textZh: text, parentId: null },
      });
      g.rel('HAS_PROVISION', sectionId, provisionId, { order: p });
      for (let c = 1; c <= (shape.subItems?.[p] ?? 0); c++) {
        const childId = `${provisionId}/${ROMAN[c - 1]}`;
        ordinal += 1;
        g.node({
          label: 'Provision',
          id: childId,
          props: {
            resolutionId: id,
            sectionId,
            label: ROMAN[c - 1],
            level: 2,
            ordinal,
            textZh: `${FILLER}${ordinal}`,
            parentId: provisionId,
          },
        });
        g.rel('HAS_PROVISION', provisionId, childId, { order: c });
      }
      if (target) {
        const citationId = `${provisionId}#c1`;
        g.node({
          label: 'Citation',
          id: citationId,
          props: {
            resolutionId: id,
            sourceId: provisionId,
            targetId: target.id,
            spanZh: span,
            spanStart: 0,
            spanEnd: span.length,
            citedYear: target.assembly === 'PP' ? 2018 : 2022,
            citedCityZh: target.assembly === 'PP' ? '迪拜' : '日内瓦',
            citedCityEn: target.assembly === 'PP' ? 'Dubai' : 'Geneva',
            citedRevised: true,
            descriptionZh: null,
          },
        });
        g.rel('HAS_CITATION', provisionId, citationId, { order: 1 });
        g.rel('CITES', citationId, target.id);
        g.rel('CITES_REVISION', citationId, target.meeting);
      }
      if (shape.part === 'OPERATIVE') {
        const obligationId = `${provisionId}#o`;
        obligationOrdinal += 1;
        g.node({
          label: 'Obligation',
          id: obligationId,
          props: {
            resolutionId: id,
            sourceId: provisionId,
            modality: shape.kind as Modality,
            conditionsZh: [],
            ordinal: obligationOrdinal,
          },
        });
        g.rel('STATED_IN', obligationId, provisionId);
        g.rel('HAS_OBLIGATION', id, obligationId);
        for (const actor of shape.addressees ?? []) g.rel('ADDRESSED_TO', obligationId, actor);
        g.rel('MENTIONS', provisionId, ACTORS[Math.floor(random() * ACTORS.length)].id, { count: 1 });
      }
    }
  });

  const annexId = `${id}/annex`;
  g.node({ label: 'Annex', id: annexId, props: { resolutionId: id, titleZh: `实施第${number}号决议的行动计划` } });
  g.rel('HAS_ANNEX', id, annexId);
  for (let p = 1; p <= 4; p++) {
    const programmeId = `${annexId}/p${p}`;
    g.node({ label: 'Programme', id: programmeId, props: { resolutionId: id, number: p, titleZh: `项目${p}` } });
    g.rel('HAS_PROGRAMME', annexId, programmeId, { order: p });
    for (let i = 1; i <= 8; i++) {
      const itemId = `${programmeId}/i${i}`;
      g.node({
        label: 'AnnexItem',
        id: itemId,
        props: {
          resolutionId: id,
          programmeId,
          kind: 'BULLET',
          label: null,
          level: 1,
          ordinal: i,
          textZh: `${FILLER}${p}-${i}`,
          parentId: null,
        },
      });
      g.rel('HAS_ITEM', programmeId, itemId, { order: i });
    }
  }

  return { resolutions: [id], nodes: g.nodes, relationships: g.relationships };
}

/** Paragraphs (provisions and annex items) in one synthetic resolution, for throughput figures. */
export function paragraphCount(graph: NormalizedGraph): number {
  return graph.nodes.filter((node) => node.label === 'Provision' || node.label === 'AnnexItem').length;
}

export function* syntheticCorpus(size: number): Generator<NormalizedGraph> {
  if (!Number.isInteger(size) || size < 1 || size > 1000) {
    throw new RangeError(`a synthetic corpus has 1 to 1,000 resolutions, got ${size}`);
  }
  for (let i = 0; i < size; i++) yield syntheticResolution(i, size);
}
