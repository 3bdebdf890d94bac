/**
 * Assembles the normalized graph (types.ts) from the parsed parts of one resolution and the
 * registries, in steps over one GraphBuilder (graph-builder.ts), each reading one part:
 *
 *   resolution → sections → annex → footnotes → citations → mentions → obligations
 *              → meetings (history of the resolution and of those it cites) → actors
 *
 * The order of the steps is the order of the relationships in the output, and each step walks
 * its part in document order, so that the same text always gives the same bytes.
 */
import type { CleanFootnote } from './clean-text';
import { countMentions, findCollaborators, findConditions, readAddressees } from './extract-actors';
import { GraphBuilder, type TextElement } from './graph-builder';
import { IngestError } from './ingest-error';
import type { ActorMatcher } from './match-actors';
import type { MeetingRef } from './meeting-ref';
import { buildObligations } from './build-obligations';
import type { ParsedAnnex, ParsedAnnexItem, ParsedProgramme } from './parse-annex';
import { findCitations } from './parse-citations';
import type { FrontMatter } from './parse-front-matter';
import { findInternalReferences } from './parse-internal-references';
import type { ParsedProvision, ParsedSection } from './parse-sections';
import { RegistryError, type Registries, type ResolutionFact } from './registries';
import { ASSEMBLIES, type Assembly, type NormalizedGraph, type ResolutionNode } from './types';

export interface ParsedDocument {
  sourceFile: string;
  front: FrontMatter;
  sections: ParsedSection[];
  annex: ParsedAnnex | null;
  footnotes: CleanFootnote[];
}

export function buildGraph(doc: ParsedDocument, registries: Registries, matcher: ActorMatcher): NormalizedGraph {
  const b = new GraphBuilder(`${doc.front.assembly}-${doc.front.number}`);
  const ownFacts = registries.facts.find((f) => f.id === b.resolutionId) ?? null;
  addResolution(b, doc, ownFacts);
  addSections(b, doc.sections, matcher);
  if (doc.annex) addAnnex(b, doc.annex);
  addFootnotes(b, doc.footnotes);
  addCitations(b, doc, registries);
  addMentions(b, matcher);
  addObligations(b, matcher);
  addOwnHistory(b, doc.front, registries, ownFacts);
  addCitedResolutions(b, registries);
  addActors(b, registries);
  return b.graph();
}

/** The resolution whose text is loaded, and the meetings its header names. */
function addResolution(b: GraphBuilder, doc: ParsedDocument, ownFacts: ResolutionFact | null): void {
  const { front } = doc;
  const id = b.resolutionId;
  b.resolution.push({
    label: 'Resolution',
    id,
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
  });
  for (const line of front.lines) b.nodeAtLine.set(line, id);
  const headerLine = front.lines[0];
  if (front.adopted) b.relate('ADOPTED_AT', id, 'Resolution', b.meeting(front.adopted, headerLine), 'Meeting');
  for (const rev of front.revisions) b.relate('REVISED_AT', id, 'Resolution', b.meeting(rev, headerLine), 'Meeting');
  b.relate('TEXT_ADOPTED_BY', id, 'Resolution', b.meeting(front.textMeeting, headerLine), 'Meeting');
}

/** Sections with their addressees, collaborators and conditions, and their provisions. */
function addSections(b: GraphBuilder, sections: readonly ParsedSection[], matcher: ActorMatcher): void {
  sections.forEach((section, s) => {
    const sectionId = `${b.resolutionId}/s${section.ordinal}`;
    const addressees = readAddressees(section.headingRestZh, matcher, section.line);
    const collaborators = findCollaborators(section.headingZh, matcher);
    const conditionsZh = findConditions(section.headingZh);
    b.sections.push({
      label: 'Section',
      id: sectionId,
      props: {
        resolutionId: b.resolutionId,
        ordinal: section.ordinal,
        part: section.part,
        kind: section.kind,
        further: section.further,
        headingZh: section.headingZh,
        conditionsZh,
      },
    });
    b.nodeAtLine.set(section.line, sectionId);
    b.relate('HAS_SECTION', b.resolutionId, 'Resolution', sectionId, 'Section', { order: s + 1 });
    addressees.forEach((a, k) => b.relate('ADDRESSED_TO', sectionId, 'Section', a, 'Actor', { order: k + 1 }));
    collaborators.forEach((a, k) =>
      b.relate('IN_COLLABORATION_WITH', sectionId, 'Section', a, 'Actor', { order: k + 1 }),
    );
    const heading = {
      id: sectionId,
      label: 'Section' as const,
      textZh: section.headingZh,
      origin: { source: section.source, textStart: 0 },
      exclude: [],
      parts: [],
    };
    b.elements.push(heading);
    b.mentioning.push({ id: sectionId, label: 'Section', textZh: section.headingZh, exclude: heading.exclude });

    const paragraphs = section.paragraphs.map((p, k) => ({
      id: addProvision(b, sectionId, p, null, k + 1),
      textZh: p.textZh,
      subItemsZh: p.children.map((c) => c.textZh),
    }));
    if (section.part === 'OPERATIVE')
      b.operative.push({ kind: section.kind, addressees, collaborators, conditionsZh, paragraphs });
  });
}

/** A provision and its sub-items, depth first; returns its id. */
function addProvision(
  b: GraphBuilder,
  sectionId: string,
  p: ParsedProvision,
  parentId: string | null,
  order: number,
): string {
  const id = `${parentId ?? sectionId}/${p.label}`;
  b.provisions.push({
    label: 'Provision',
    id,
    props: {
      resolutionId: b.resolutionId,
      sectionId,
      label: p.label,
      level: p.level,
      ordinal: b.provisions.length + 1,
      textZh: p.textZh,
      parentId,
    },
  });
  b.nodeAtLine.set(p.source.line, id);
  b.relate('HAS_PROVISION', parentId ?? sectionId, parentId ? 'Provision' : 'Section', id, 'Provision', { order });
  b.elements.push({
    id,
    label: 'Provision',
    textZh: p.textZh,
    origin: { source: p.source, textStart: p.textStart },
    exclude: [],
    parts: [],
  });
  p.children.forEach((child, k) => addProvision(b, sectionId, child, id, k + 1));
  return id;
}

/** The annex, its programmes and their items. */
function addAnnex(b: GraphBuilder, annex: ParsedAnnex): void {
  const annexId = `${b.resolutionId}/annex`;
  b.annex.push({ label: 'Annex', id: annexId, props: { resolutionId: b.resolutionId, titleZh: annex.titleZh } });
  b.nodeAtLine.set(annex.titleSource.line, annexId);
  b.relate('HAS_ANNEX', b.resolutionId, 'Resolution', annexId, 'Annex');
  b.elements.push({
    id: annexId,
    label: 'Annex',
    textZh: annex.titleZh,
    origin: { source: annex.titleSource, textStart: 0 },
    exclude: [],
    parts: [],
  });
  annex.programmes.forEach((programme, p) => addProgramme(b, annexId, programme, p + 1));
}

function addProgramme(b: GraphBuilder, annexId: string, programme: ParsedProgramme, order: number): void {
  const id = `${annexId}/p${order}`;
  b.programmes.push({
    label: 'Programme',
    id,
    props: { resolutionId: b.resolutionId, number: programme.number, titleZh: programme.titleZh },
  });
  b.nodeAtLine.set(programme.source.line, id);
  b.relate('HAS_PROGRAMME', annexId, 'Annex', id, 'Programme', { order });
  b.elements.push({
    id,
    label: 'Programme',
    textZh: programme.titleZh,
    origin: { source: programme.source, textStart: programme.titleStart },
    exclude: [],
    parts: [],
  });
  programme.items.forEach((item, k) => addAnnexItem(b, id, item, null, 1, k + 1));
}

/**
 * An annex item and the items under it, depth first; ids are ordinal paths (…/p2/i3/i1). An item
 * of an inline enumeration is a part of its parent's text element, not one of its own.
 */
function addAnnexItem(
  b: GraphBuilder,
  programmeId: string,
  item: ParsedAnnexItem,
  parent: { id: string; element: TextElement } | null,
  level: number,
  order: number,
): void {
  const parentId = parent?.id ?? null;
  const id = `${parentId ?? programmeId}/i${order}`;
  b.items.push({
    label: 'AnnexItem',
    id,
    props: {
      resolutionId: b.resolutionId,
      programmeId,
      kind: item.kind,
      label: item.label,
      level,
      ordinal: b.items.length + 1,
      textZh: item.textZh,
      parentId,
    },
  });
  b.nodeAtLine.set(item.source.line, id);
  b.relate('HAS_ITEM', parentId ?? programmeId, parentId ? 'AnnexItem' : 'Programme', id, 'AnnexItem', { order });
  let element: TextElement;
  if (item.inParent && parent) {
    parent.element.parts.push({ id, textZh: item.textZh, ...item.inParent });
    element = parent.element;
  } else {
    element = {
      id,
      label: 'AnnexItem',
      textZh: item.textZh,
      origin: { source: item.source, textStart: item.textStart },
      exclude: [],
      parts: [],
    };
    b.elements.push(element);
  }
  item.children.forEach((child, k) => addAnnexItem(b, programmeId, child, { id, element }, level + 1, k + 1));
}

/** Footnotes, each attached to the node whose text carried its marker. */
function addFootnotes(b: GraphBuilder, footnotes: readonly CleanFootnote[]): void {
  footnotes.forEach((fn, k) => {
    const id = `${b.resolutionId}/fn${fn.marker}`;
    b.relate('HAS_FOOTNOTE', b.resolutionId, 'Resolution', id, 'Footnote', { order: k + 1 });
    b.footnotes.push({
      label: 'Footnote',
      id,
      props: {
        resolutionId: b.resolutionId,
        marker: fn.marker,
        textZh: fn.textZh,
        anchorZh: fn.anchorZh,
        sourceId: b.nodeAtLine.get(fn.anchorLogicalLine) ?? b.resolutionId,
      },
    });
  });
}

/**
 * Citations of other resolutions, element by element in document order, and the internal
 * references of provisions and annex items; records the cited resolutions with the meetings the
 * citations name, and leaves each text (citation spans and inline items excluded) for the mentions.
 */
function addCitations(b: GraphBuilder, doc: ParsedDocument, registries: Registries): void {
  for (const el of b.elements) {
    const citations = findCitations(el.textZh, doc.front.assembly, registries.places, el.origin);
    citations.forEach((c, k) => {
      const id = `${el.id}#c${k + 1}`;
      const targetId = `${c.targetAssembly}-${c.targetNumber}`;
      b.citations.push({
        label: 'Citation',
        id,
        props: {
          resolutionId: b.resolutionId,
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
      b.relate('HAS_CITATION', el.id, el.label, id, 'Citation', { order: k + 1 });
      b.relate('CITES', id, 'Citation', targetId, 'Resolution');
      const entry = b.cited.get(targetId) ?? {
        assembly: c.targetAssembly,
        number: c.targetNumber,
        adopted: [],
        revised: [],
      };
      b.cited.set(targetId, entry);
      if (c.citedYear !== null && c.citedCityZh !== null && c.citedCityEn !== null) {
        const ref: MeetingRef = {
          assembly: c.targetAssembly,
          year: c.citedYear,
          cityZh: c.citedCityZh,
          cityEn: c.citedCityEn,
        };
        const line = el.origin.source.line;
        b.relate('CITES_REVISION', id, 'Citation', b.meeting(ref, line), 'Meeting');
        (c.citedRevised ? entry.revised : entry.adopted).push({ ref, line });
      }
    });
    el.exclude.push(...citations.map((c) => ({ start: c.spanStart, end: c.spanEnd })));
    const label = el.label;
    if (label !== 'Provision' && label !== 'AnnexItem') continue;
    addReferences(b, el, label, doc);
    b.mentioning.push({ id: el.id, label, textZh: el.textZh, exclude: [...el.exclude, ...el.parts] });
    for (const part of el.parts) {
      const exclude = el.exclude
        .filter((s) => s.end > part.start && s.start < part.end)
        .map((s) => ({ start: s.start - part.start, end: s.end - part.start }));
      b.mentioning.push({ id: part.id, label: 'AnnexItem', textZh: part.textZh, exclude });
    }
  }
}

/** References to the annex and to paragraphs of the resolution itself (做出决议6). */
function addReferences(b: GraphBuilder, el: TextElement, label: 'Provision' | 'AnnexItem', doc: ParsedDocument): void {
  for (const r of findInternalReferences(el.textZh, doc.sections, doc.annex !== null, el.origin)) {
    const props = { spanZh: r.spanZh, spanStart: r.spanStart, spanEnd: r.spanEnd };
    if (r.target.kind === 'ANNEX') b.relate('REFERS_TO', el.id, label, `${b.resolutionId}/annex`, 'Annex', props);
    else
      b.relate(
        'REFERS_TO',
        el.id,
        label,
        `${b.resolutionId}/s${r.target.sectionOrdinal}/${r.target.label}`,
        'Provision',
        props,
      );
  }
}

/** Actors each heading, provision and annex item names, with counts. */
function addMentions(b: GraphBuilder, matcher: ActorMatcher): void {
  for (const text of b.mentioning) {
    for (const m of countMentions(text.textZh, matcher, text.exclude))
      b.relate('MENTIONS', text.id, text.label, m.actorId, 'Actor', { count: m.count });
  }
}

/** Obligations of the operative paragraphs and of the annex items that make an actor responsible. */
function addObligations(b: GraphBuilder, matcher: ActorMatcher): void {
  const annexItems = b.items.map((n) => ({ id: n.id, textZh: n.props.textZh }));
  buildObligations(b.operative, annexItems, matcher).forEach((o, k) => {
    b.relate('HAS_OBLIGATION', b.resolutionId, 'Resolution', o.id, 'Obligation', { order: k + 1 });
    b.relate('STATED_IN', o.id, 'Obligation', o.sourceId, o.sourceLabel);
    o.addressees.forEach((a, j) => b.relate('ADDRESSED_TO', o.id, 'Obligation', a, 'Actor', { order: j + 1 }));
    o.collaborators.forEach((a, j) =>
      b.relate('IN_COLLABORATION_WITH', o.id, 'Obligation', a, 'Actor', { order: j + 1 }),
    );
    b.obligations.push({
      label: 'Obligation',
      id: o.id,
      props: {
        resolutionId: b.resolutionId,
        sourceId: o.sourceId,
        modality: o.modality,
        conditionsZh: o.conditionsZh,
        ordinal: k + 1,
      },
    });
  });
}

/** The curated history of the loaded resolution, checked against the adoption its header names. */
function addOwnHistory(
  b: GraphBuilder,
  front: FrontMatter,
  registries: Registries,
  ownFacts: ResolutionFact | null,
): void {
  const adoption = front.adopted ? { ref: front.adopted, line: front.lines[0] } : null;
  addFactHistory(b, registries, b.resolutionId, front.assembly, ownFacts, adoption);
}

/** The resolutions the text cites, with the curated facts and every meeting known for them. */
function addCitedResolutions(b: GraphBuilder, registries: Registries): void {
  const cited = [...b.cited.entries()]
    .filter(([id]) => id !== b.resolutionId)
    .sort(([, x], [, y]) => ASSEMBLIES.indexOf(x.assembly) - ASSEMBLIES.indexOf(y.assembly) || x.number - y.number);
  for (const [id, entry] of cited) {
    const facts = registries.facts.find((f) => f.id === id) ?? null;
    const adoption = entry.adopted[0] ?? null;
    addFactHistory(b, registries, id, entry.assembly, facts, adoption);
    if (adoption) b.relate('ADOPTED_AT', id, 'Resolution', b.meeting(adoption.ref, adoption.line), 'Meeting');
    for (const rev of entry.revised) b.relate('REVISED_AT', id, 'Resolution', b.meeting(rev.ref, rev.line), 'Meeting');
    b.citedResolutions.push(citedResolution(id, entry.assembly, entry.number, facts));
  }
}

function citedResolution(id: string, assembly: Assembly, number: number, facts: ResolutionFact | null): ResolutionNode {
  return {
    label: 'Resolution',
    id,
    props: {
      assembly,
      number,
      titleZh: null,
      titleEn: facts?.titleEn ?? null,
      textLoaded: false,
      factsSource: facts?.source ?? null,
      sourceFile: null,
      noteEn: facts?.noteEn ?? null,
    },
  };
}

/**
 * The first adoption and later revisions the curated facts give for a resolution; a first
 * adoption in another year than the one the text names is an error on the text's line.
 */
function addFactHistory(
  b: GraphBuilder,
  registries: Registries,
  id: string,
  assembly: Assembly,
  facts: ResolutionFact | null,
  textAdoption: { ref: MeetingRef; line: number } | null,
): void {
  if (facts?.firstAdopted && textAdoption && facts.firstAdopted.year !== textAdoption.ref.year) {
    throw new IngestError(
      textAdoption.line,
      `${id} first adopted in ${facts.firstAdopted.year} (${facts.source})`,
      `${textAdoption.ref.year}`,
    );
  }
  const meetingOf = (fact: { year: number; cityEn: string }): string => {
    const place = registries.places.find((p) => p.en === fact.cityEn);
    if (!place) throw new RegistryError([`a fact names ${fact.cityEn}, which is not in the place table`]);
    return b.meeting({ assembly, year: fact.year, cityZh: place.zh, cityEn: place.en }, null);
  };
  if (facts?.firstAdopted) b.relate('ADOPTED_AT', id, 'Resolution', meetingOf(facts.firstAdopted), 'Meeting');
  for (const rev of facts?.laterRevisions ?? []) b.relate('REVISED_AT', id, 'Resolution', meetingOf(rev), 'Meeting');
}

/** The actor registry and its hierarchy. */
function addActors(b: GraphBuilder, registries: Registries): void {
  for (const a of registries.actors) {
    if (a.parent) b.relate('PART_OF', a.id, 'Actor', a.parent, 'Actor');
    b.actors.push({
      label: 'Actor',
      id: a.id,
      props: { kind: a.kind, acronym: a.acronym, nameZh: a.nameZh, nameEn: a.nameEn, aliasesZh: a.aliasesZh },
    });
  }
}
