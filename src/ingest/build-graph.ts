/**
 * Assembles the normalized graph (types.ts) from the parsed parts of one resolution and the
 * registries: the resolution's own structure, its citations and internal references, the actors
 * it addresses and mentions, its obligations, the resolutions it cites (textLoaded=false, with
 * the curated facts), every meeting that adopted or revised them, and the actor registry.
 *
 * Order is deterministic: nodes by kind in a fixed order, each kind in document order (cited
 * resolutions by assembly and number, meetings by assembly and year, actors in registry order);
 * relationships in the order they are made while walking the document.
 */
import type { CleanFootnote } from './clean-text';
import { countMentions, findCollaborators, findConditions, readAddressees } from './extract-actors';
import { IngestError } from './ingest-error';
import type { ActorMatcher, Span } from './match-actors';
import { meetingId, type MeetingRef } from './meeting-ref';
import { buildObligations, type OperativeSection } from './build-obligations';
import type { ParsedAnnex, ParsedAnnexItem } from './parse-annex';
import { findCitations, type TextOrigin } from './parse-citations';
import type { FrontMatter } from './parse-front-matter';
import { findInternalReferences } from './parse-internal-references';
import type { ParsedProvision, ParsedSection } from './parse-sections';
import { RegistryError, type Registries, type ResolutionFact } from './registries';
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

export interface ParsedDocument {
  sourceFile: string;
  front: FrontMatter;
  sections: ParsedSection[];
  annex: ParsedAnnex | null;
  footnotes: CleanFootnote[];
}

/** A piece of text that may cite, refer and mention: a provision, the annex title, an annex item. */
interface TextElement {
  id: string;
  label: 'Provision' | 'Annex' | 'AnnexItem';
  textZh: string;
  origin: TextOrigin;
}

type Props = GraphRelationship['props'];

class GraphBuilder {
  readonly relationships: GraphRelationship[] = [];
  private readonly seen = new Set<string>();

  relate(type: RelType, from: string, fromLabel: NodeLabel, to: string, toLabel: NodeLabel, props: Props = {}): void {
    const key = `${type}|${from}|${to}`;
    if (type !== 'REFERS_TO' && this.seen.has(key)) return;
    this.seen.add(key);
    this.relationships.push({ type, from, fromLabel, to, toLabel, props });
  }
}

export function buildGraph(doc: ParsedDocument, registries: Registries, matcher: ActorMatcher): NormalizedGraph {
  const { front, sections, annex } = doc;
  const resolutionId = `${front.assembly}-${front.number}`;
  const g = new GraphBuilder();
  const meetings = new Map<string, MeetingNode>();
  const lineToId = new Map<number, string>(front.lines.map((line) => [line, resolutionId]));

  /** line: where the text names the meeting; null when it comes from the curated facts. */
  const addMeeting = (ref: MeetingRef, line: number | null): string => {
    const id = meetingId(ref.assembly, ref.year);
    const known = meetings.get(id);
    if (known && known.props.cityZh !== ref.cityZh) {
      const problem = `${id} is in ${known.props.cityEn} elsewhere, in ${ref.cityEn} here`;
      if (line === null) throw new RegistryError([problem]);
      throw new IngestError(line, `${id} in ${known.props.cityZh} as elsewhere`, `“${ref.cityZh}”`);
    }
    meetings.set(id, { label: 'Meeting', id, props: { assembly: ref.assembly, year: ref.year, cityZh: ref.cityZh, cityEn: ref.cityEn } });
    return id;
  };

  // The resolution whose text is loaded, and its history.
  const ownFacts = registries.facts.find((f) => f.id === resolutionId) ?? null;
  const resolution: ResolutionNode = {
    label: 'Resolution',
    id: resolutionId,
    props: {
      assembly: front.assembly,
      number: front.number,
      titleZh: front.titleZh,
      titleEn: ownFacts?.titleEn ?? null,
      textLoaded: true,
      factsSource: ownFacts?.source ?? null,
      sourceFile: doc.sourceFile,
      noteEn: ownFacts?.noteEn ?? null,
    },
  };
  const headerLine = front.lines[0];
  if (front.adopted) g.relate('ADOPTED_AT', resolutionId, 'Resolution', addMeeting(front.adopted, headerLine), 'Meeting');
  for (const rev of front.revisions) g.relate('REVISED_AT', resolutionId, 'Resolution', addMeeting(rev, headerLine), 'Meeting');
  g.relate('TEXT_ADOPTED_BY', resolutionId, 'Resolution', addMeeting(front.textMeeting, headerLine), 'Meeting');

  // Sections and provisions.
  const sectionNodes: SectionNode[] = [];
  const provisionNodes: ProvisionNode[] = [];
  const elements: TextElement[] = [];
  const operative: OperativeSection[] = [];
  const mentionSections: { id: string; textZh: string }[] = [];
  let provisionOrdinal = 0;

  sections.forEach((section, s) => {
    const sectionId = `${resolutionId}/s${section.ordinal}`;
    const addressees = readAddressees(section.headingRestZh, matcher, section.line);
    const collaborators = findCollaborators(section.headingZh, matcher);
    const conditionsZh = findConditions(section.headingZh);
    sectionNodes.push({
      label: 'Section',
      id: sectionId,
      props: {
        resolutionId,
        ordinal: section.ordinal,
        part: section.part,
        kind: section.kind,
        further: section.further,
        headingZh: section.headingZh,
        conditionsZh,
      },
    });
    lineToId.set(section.line, sectionId);
    g.relate('HAS_SECTION', resolutionId, 'Resolution', sectionId, 'Section', { order: s + 1 });
    addressees.forEach((a, k) => g.relate('ADDRESSED_TO', sectionId, 'Section', a, 'Actor', { order: k + 1 }));
    collaborators.forEach((a, k) => g.relate('IN_COLLABORATION_WITH', sectionId, 'Section', a, 'Actor', { order: k + 1 }));
    mentionSections.push({ id: sectionId, textZh: section.headingZh });

    const addProvision = (p: ParsedProvision, parentId: string | null, order: number): string => {
      const id = `${parentId ?? sectionId}/${p.label}`;
      provisionOrdinal += 1;
      provisionNodes.push({
        label: 'Provision',
        id,
        props: { resolutionId, sectionId, label: p.label, level: p.level, ordinal: provisionOrdinal, textZh: p.textZh, parentId },
      });
      lineToId.set(p.source.line, id);
      g.relate('HAS_PROVISION', parentId ?? sectionId, parentId ? 'Provision' : 'Section', id, 'Provision', { order });
      elements.push({ id, label: 'Provision', textZh: p.textZh, origin: { source: p.source, textStart: p.textStart } });
      p.children.forEach((child, k) => addProvision(child, id, k + 1));
      return id;
    };
    const paragraphs = section.paragraphs.map((p, k) => ({ id: addProvision(p, null, k + 1), textZh: p.textZh }));
    if (section.part === 'OPERATIVE') operative.push({ kind: section.kind, addressees, collaborators, conditionsZh, paragraphs });
  });

  // The annex, its programmes and items.
  const annexId = `${resolutionId}/annex`;
  const annexNodes: AnnexNode[] = [];
  const programmeNodes: ProgrammeNode[] = [];
  const itemNodes: AnnexItemNode[] = [];
  if (annex) {
    annexNodes.push({ label: 'Annex', id: annexId, props: { resolutionId, titleZh: annex.titleZh } });
    lineToId.set(annex.titleSource.line, annexId);
    g.relate('HAS_ANNEX', resolutionId, 'Resolution', annexId, 'Annex');
    elements.push({ id: annexId, label: 'Annex', textZh: annex.titleZh, origin: { source: annex.titleSource, textStart: 0 } });
    let itemOrdinal = 0;
    annex.programmes.forEach((programme, p) => {
      const programmeId = `${annexId}/p${p + 1}`;
      programmeNodes.push({ label: 'Programme', id: programmeId, props: { resolutionId, number: programme.number, titleZh: programme.titleZh } });
      lineToId.set(programme.source.line, programmeId);
      g.relate('HAS_PROGRAMME', annexId, 'Annex', programmeId, 'Programme', { order: p + 1 });
      const addItem = (item: ParsedAnnexItem, parentId: string | null, path: string, level: number, order: number): void => {
        const id = `${parentId ?? programmeId}/${path}`;
        itemOrdinal += 1;
        itemNodes.push({
          label: 'AnnexItem',
          id,
          props: { resolutionId, programmeId, kind: item.kind, label: item.label, level, ordinal: itemOrdinal, textZh: item.textZh, parentId },
        });
        lineToId.set(item.source.line, id);
        g.relate('HAS_ITEM', parentId ?? programmeId, parentId ? 'AnnexItem' : 'Programme', id, 'AnnexItem', { order });
        elements.push({ id, label: 'AnnexItem', textZh: item.textZh, origin: { source: item.source, textStart: item.textStart } });
        item.children.forEach((child, k) => addItem(child, id, `i${k + 1}`, level + 1, k + 1));
      };
      programme.items.forEach((item, k) => addItem(item, null, `i${k + 1}`, 1, k + 1));
    });
  }

  // Footnotes.
  const footnoteNodes: FootnoteNode[] = doc.footnotes.map((fn, k) => {
    const id = `${resolutionId}/fn${fn.marker}`;
    g.relate('HAS_FOOTNOTE', resolutionId, 'Resolution', id, 'Footnote', { order: k + 1 });
    return {
      label: 'Footnote',
      id,
      props: { resolutionId, marker: fn.marker, textZh: fn.textZh, anchorZh: fn.anchorZh, sourceId: lineToId.get(fn.anchorLogicalLine) ?? resolutionId },
    };
  });

  // Citations, internal references and mentions, element by element in document order.
  const citationNodes: CitationNode[] = [];
  const cited = new Map<string, { assembly: Assembly; number: number; adopted: { ref: MeetingRef; line: number }[]; revised: { ref: MeetingRef; line: number }[] }>();
  const mentionElements: { id: string; textZh: string; label: 'Section' | 'Provision' | 'AnnexItem'; exclude: Span[] }[] = mentionSections.map(
    (s) => ({ ...s, label: 'Section', exclude: [] }),
  );
  for (const el of elements) {
    const citations = findCitations(el.textZh, front.assembly, registries.places, el.origin);
    citations.forEach((c, k) => {
      const id = `${el.id}#c${k + 1}`;
      const targetId = `${c.targetAssembly}-${c.targetNumber}`;
      citationNodes.push({
        label: 'Citation',
        id,
        props: {
          resolutionId,
          sourceId: el.id,
          targetId,
          spanZh: c.spanZh,
          spanStart: c.spanStart,
          spanEnd: c.spanEnd,
          citedYear: c.citedYear,
          citedCityZh: c.citedCityZh,
          citedCityEn: c.citedCityEn,
          citedRevised: c.citedRevised,
          descriptionZh: c.descriptionZh,
        },
      });
      g.relate('HAS_CITATION', el.id, el.label, id, 'Citation', { order: k + 1 });
      g.relate('CITES', id, 'Citation', targetId, 'Resolution');
      const entry = cited.get(targetId) ?? { assembly: c.targetAssembly, number: c.targetNumber, adopted: [], revised: [] };
      cited.set(targetId, entry);
      if (c.citedYear !== null && c.citedCityZh !== null && c.citedCityEn !== null) {
        const ref: MeetingRef = { assembly: c.targetAssembly, year: c.citedYear, cityZh: c.citedCityZh, cityEn: c.citedCityEn };
        const line = el.origin.source.line;
        g.relate('CITES_REVISION', id, 'Citation', addMeeting(ref, line), 'Meeting');
        (c.citedRevised ? entry.revised : entry.adopted).push({ ref, line });
      }
    });
    for (const r of findInternalReferences(el.textZh, sections, annex !== null, el.origin)) {
      const target = r.target.kind === 'ANNEX' ? annexId : `${resolutionId}/s${r.target.sectionOrdinal}/${r.target.label}`;
      const fromLabel = el.label === 'Annex' ? null : el.label;
      if (fromLabel) g.relate('REFERS_TO', el.id, fromLabel, target, r.target.kind === 'ANNEX' ? 'Annex' : 'Provision', { spanZh: r.spanZh, spanStart: r.spanStart, spanEnd: r.spanEnd });
    }
    if (el.label !== 'Annex') mentionElements.push({ id: el.id, textZh: el.textZh, label: el.label, exclude: citations.map((c) => ({ start: c.spanStart, end: c.spanEnd })) });
  }
  for (const el of mentionElements) {
    for (const m of countMentions(el.textZh, matcher, el.exclude)) g.relate('MENTIONS', el.id, el.label, m.actorId, 'Actor', { count: m.count });
  }

  // Obligations.
  const annexItemTexts = itemNodes.map((n) => ({ id: n.id, textZh: n.props.textZh }));
  const obligationNodes: ObligationNode[] = buildObligations(operative, annexItemTexts, matcher).map((o, k) => {
    g.relate('HAS_OBLIGATION', resolutionId, 'Resolution', o.id, 'Obligation', { order: k + 1 });
    g.relate('STATED_IN', o.id, 'Obligation', o.sourceId, o.sourceLabel);
    o.addressees.forEach((a, j) => g.relate('ADDRESSED_TO', o.id, 'Obligation', a, 'Actor', { order: j + 1 }));
    o.collaborators.forEach((a, j) => g.relate('IN_COLLABORATION_WITH', o.id, 'Obligation', a, 'Actor', { order: j + 1 }));
    return { label: 'Obligation', id: o.id, props: { resolutionId, sourceId: o.sourceId, modality: o.modality, conditionsZh: o.conditionsZh, ordinal: k + 1 } };
  });

  // Cited resolutions, with the curated facts and every meeting known for them.
  const meetingFromFact = (assembly: Assembly, fact: { year: number; cityEn: string }): MeetingRef => {
    const place = registries.places.find((p) => p.en === fact.cityEn);
    if (!place) throw new RegistryError([`a fact names ${fact.cityEn}, which is not in the place table`]);
    return { assembly, year: fact.year, cityZh: place.zh, cityEn: place.en };
  };
  const addFactHistory = (id: string, assembly: Assembly, facts: ResolutionFact | null, textAdoption: { ref: MeetingRef; line: number } | null): void => {
    if (facts?.firstAdopted && textAdoption && facts.firstAdopted.year !== textAdoption.ref.year) {
      throw new IngestError(textAdoption.line, `${id} first adopted in ${facts.firstAdopted.year} (${facts.source})`, `${textAdoption.ref.year}`);
    }
    if (facts?.firstAdopted) g.relate('ADOPTED_AT', id, 'Resolution', addMeeting(meetingFromFact(assembly, facts.firstAdopted), null), 'Meeting');
    for (const rev of facts?.laterRevisions ?? []) g.relate('REVISED_AT', id, 'Resolution', addMeeting(meetingFromFact(assembly, rev), null), 'Meeting');
  };
  addFactHistory(resolutionId, front.assembly, ownFacts, front.adopted ? { ref: front.adopted, line: headerLine } : null);

  const citedNodes: ResolutionNode[] = [...cited.entries()]
    .filter(([id]) => id !== resolutionId)
    .sort(([, a], [, b]) => ASSEMBLIES.indexOf(a.assembly) - ASSEMBLIES.indexOf(b.assembly) || a.number - b.number)
    .map(([id, entry]) => {
      const facts = registries.facts.find((f) => f.id === id) ?? null;
      const adoption = entry.adopted[0] ?? null;
      addFactHistory(id, entry.assembly, facts, adoption);
      if (adoption) g.relate('ADOPTED_AT', id, 'Resolution', addMeeting(adoption.ref, adoption.line), 'Meeting');
      for (const rev of entry.revised) g.relate('REVISED_AT', id, 'Resolution', addMeeting(rev.ref, rev.line), 'Meeting');
      return {
        label: 'Resolution',
        id,
        props: {
          assembly: entry.assembly,
          number: entry.number,
          titleZh: null,
          titleEn: facts?.titleEn ?? null,
          textLoaded: false,
          factsSource: facts?.source ?? null,
          sourceFile: null,
          noteEn: facts?.noteEn ?? null,
        },
      };
    });

  // Actors and their hierarchy.
  const actorNodes: ActorNode[] = registries.actors.map((a) => {
    if (a.parent) g.relate('PART_OF', a.id, 'Actor', a.parent, 'Actor');
    return { label: 'Actor', id: a.id, props: { kind: a.kind, acronym: a.acronym, nameZh: a.nameZh, nameEn: a.nameEn, aliasesZh: a.aliasesZh } };
  });

  const meetingNodes = [...meetings.values()].sort(
    (a, b) => ASSEMBLIES.indexOf(a.props.assembly) - ASSEMBLIES.indexOf(b.props.assembly) || a.props.year - b.props.year,
  );

  return {
    resolutions: [resolutionId],
    nodes: [
      resolution,
      ...footnoteNodes,
      ...sectionNodes,
      ...provisionNodes,
      ...annexNodes,
      ...programmeNodes,
      ...itemNodes,
      ...citationNodes,
      ...obligationNodes,
      ...citedNodes,
      ...meetingNodes,
      ...actorNodes,
    ],
    relationships: g.relationships,
  };
}
