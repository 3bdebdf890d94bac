/**
 * The graph as RDF. Resolutions follow ELI's levels: the work (`eli:LegalResource`, the
 * resolution whatever its revision) is realized by the expression of the loaded text
 * (`eli:LegalExpression`: a revision in a language), whose parts — sections, paragraphs,
 * footnotes, the annex, its programmes and items — are `eli:LegalResourceSubdivision`s linked
 * by `eli:has_part` / `eli:is_part_of`. Citations become `eli:cites` from the citing unit and
 * expression to the cited work, and `itu:Citation` nodes with the revision they name. Actors
 * are SKOS concepts (`skos:prefLabel`, `skos:broader`); every node has its GraphQL id as
 * `dct:identifier` and its citations as `dct:bibliographicCitation`.
 */
import { DataFactory, type NamedNode, type Quad, type Quad_Object } from 'n3';
import { expressionLanguage, expressionPath, revisionKey } from '../identifiers/uris';
import { displayLabel, type ExportGraph, type ExportNode, GraphIndex } from './graph-data';
import { PART_RELATIONS } from '../ingest/types';
import { NS, vocabularyNamespace } from './vocabulary';

const namedNode = (iri: string) => DataFactory.namedNode(iri);
const literal = (value: string, languageOrDatatype?: string | NamedNode) =>
  DataFactory.literal(value, languageOrDatatype);
const quad = (subject: NamedNode, predicate: NamedNode, object: Quad_Object) =>
  DataFactory.quad(subject, predicate, object);

const rdf = (name: string) => namedNode(`${NS.rdf}${name}`);
const rdfs = (name: string) => namedNode(`${NS.rdfs}${name}`);
const eli = (name: string) => namedNode(`${NS.eli}${name}`);
const dct = (name: string) => namedNode(`${NS.dct}${name}`);
const skos = (name: string) => namedNode(`${NS.skos}${name}`);
const xsd = (name: string) => namedNode(`${NS.xsd}${name}`);

/** ISO 639-3 codes of the EU's language authority table, which ELI's `eli:language` expects. */
const LANGUAGE_AUTHORITY: Record<string, string> = { zh: 'ZHO', en: 'ENG', fr: 'FRA', es: 'SPA', ru: 'RUS', ar: 'ARA' };

const UNIT_CLASS: Partial<Record<ExportNode['label'], string>> = {
  Section: 'Section',
  Provision: 'Provision',
  Footnote: 'Footnote',
  Annex: 'Annex',
  Programme: 'Programme',
  AnnexItem: 'AnnexItem',
};

class RdfBuilder {
  readonly quads: Quad[] = [];
  private readonly index: GraphIndex;
  private readonly itu: (name: string) => NamedNode;

  constructor(private readonly graph: ExportGraph) {
    this.index = new GraphIndex(graph);
    const ns = vocabularyNamespace(graph.baseUri);
    this.itu = (name) => namedNode(`${ns}${name}`);
  }

  private add(subject: NamedNode, predicate: NamedNode, object: Quad_Object | null | undefined): void {
    if (object) this.quads.push(quad(subject, predicate, object));
  }

  private text(subject: NamedNode, predicate: NamedNode, value: unknown, lang: string): void {
    if (typeof value === 'string' && value !== '') this.add(subject, predicate, literal(value, lang));
  }

  private plain(subject: NamedNode, predicate: NamedNode, value: unknown): void {
    if (typeof value === 'string' && value !== '') this.add(subject, predicate, literal(value));
    else if (typeof value === 'number') this.add(subject, predicate, literal(String(value), xsd('integer')));
    else if (typeof value === 'boolean') this.add(subject, predicate, literal(String(value), xsd('boolean')));
  }

  private node(node: ExportNode): NamedNode {
    return namedNode(this.index.uri(node));
  }

  /** The expression of a resolution whose text is in the graph; null for one known only by citations. */
  expressionOf(resolution: ExportNode): NamedNode | null {
    if (!resolution.props.textLoaded) return null;
    const [meeting] = this.index.targets(resolution.id, 'TEXT_ADOPTED_BY');
    const key = {
      resolutionId: resolution.id,
      revision: revisionKey((meeting?.props.year as number | undefined) ?? null),
      lang: expressionLanguage(resolution.props.sourceFile as string | undefined),
    };
    return namedNode(`${this.graph.baseUri}${expressionPath(key)}`);
  }

  /** The subject that holds a part: a resolution's expression, or the unit itself. */
  private whole(node: ExportNode): NamedNode {
    return node.label === 'Resolution' ? (this.expressionOf(node) ?? this.node(node)) : this.node(node);
  }

  private common(node: ExportNode, subject: NamedNode): void {
    this.plain(subject, dct('identifier'), node.id);
    this.add(subject, rdfs('label'), literal(displayLabel(node, 'en')));
    this.text(subject, dct('bibliographicCitation'), node.props.citationEn, 'en');
    this.text(subject, dct('bibliographicCitation'), node.props.citationZh, 'zh');
  }

  resolution(node: ExportNode): void {
    const { itu } = this;
    const work = this.node(node);
    const p = node.props;
    this.add(work, rdf('type'), eli('LegalResource'));
    this.common(node, work);
    this.plain(work, eli('number'), String(p.number));
    this.plain(work, itu('assembly'), p.assembly);
    this.text(work, dct('title'), p.titleEn, 'en');
    this.text(work, dct('title'), p.titleZh, 'zh');
    for (const meeting of this.index.targets(node.id, 'ADOPTED_AT'))
      this.add(work, itu('adoptedAt'), this.node(meeting));
    for (const meeting of this.index.targets(node.id, 'REVISED_AT'))
      this.add(work, itu('revisedAt'), this.node(meeting));
    const expression = this.expressionOf(node);
    if (!expression) return;
    const lang = expressionLanguage(p.sourceFile as string | undefined);
    this.add(work, eli('is_realized_by'), expression);
    this.add(expression, rdf('type'), eli('LegalExpression'));
    this.add(expression, eli('realizes'), work);
    this.plain(expression, dct('identifier'), expression.value.slice(this.graph.baseUri.length + '/id/'.length));
    this.add(expression, rdfs('label'), literal(`${displayLabel(node, 'en')} (${lang})`));
    this.text(expression, dct('bibliographicCitation'), p.citationEn, 'en');
    this.text(expression, dct('bibliographicCitation'), p.citationZh, 'zh');
    this.plain(expression, dct('language'), lang);
    const authority = LANGUAGE_AUTHORITY[lang];
    if (authority)
      this.add(
        expression,
        eli('language'),
        namedNode(`http://publications.europa.eu/resource/authority/language/${authority}`),
      );
    this.text(expression, eli('title'), p.titleZh, lang);
    for (const meeting of this.index.targets(node.id, 'TEXT_ADOPTED_BY')) {
      this.add(expression, itu('adoptedBy'), this.node(meeting));
      this.plain(expression, itu('revision'), String(meeting.props.year));
      this.add(expression, eli('date_document'), literal(String(meeting.props.year), xsd('gYear')));
    }
  }

  unit(node: ExportNode): void {
    const { itu } = this;
    const subject = this.node(node);
    const p = node.props;
    this.add(subject, rdf('type'), eli('LegalResourceSubdivision'));
    this.add(subject, rdf('type'), itu(UNIT_CLASS[node.label] as string));
    this.common(node, subject);
    if (node.label === 'Section') {
      this.add(subject, itu('sectionKind'), itu(p.kind as string));
      this.plain(subject, itu('part'), p.part);
      this.plain(subject, itu('further'), p.further);
      this.text(subject, itu('heading'), p.headingZh, 'zh');
      for (const condition of (p.conditionsZh as string[] | undefined) ?? [])
        this.text(subject, itu('condition'), condition, 'zh');
    }
    if (typeof p.label === 'string') this.plain(subject, eli('number'), p.label);
    if (node.label === 'Programme') this.plain(subject, eli('number'), String(p.number));
    this.text(subject, itu('text'), p.textZh, 'zh');
    this.text(subject, eli('title'), p.titleZh, 'zh');
    this.plain(subject, itu('level'), p.level);
    this.plain(subject, itu('ordinal'), p.ordinal);
    this.plain(subject, itu('itemKind'), p.kind !== undefined && node.label === 'AnnexItem' ? p.kind : undefined);
    this.plain(subject, itu('marker'), p.marker);
    this.text(subject, itu('anchor'), p.anchorZh, 'zh');
  }

  citation(node: ExportNode): void {
    const { itu } = this;
    const subject = this.node(node);
    const p = node.props;
    this.add(subject, rdf('type'), itu('Citation'));
    this.common(node, subject);
    this.text(subject, itu('span'), p.spanZh, 'zh');
    this.text(subject, itu('description'), p.descriptionZh, 'zh');
    this.plain(subject, itu('citedYear'), p.citedYear);
    this.text(subject, itu('citedCity'), p.citedCityEn, 'en');
    this.text(subject, itu('citedCity'), p.citedCityZh, 'zh');
    this.plain(subject, itu('outdated'), p.outdated);
    const source = this.index.nodes.get(p.sourceId as string);
    const citing = this.index.nodes.get(p.resolutionId as string);
    for (const target of this.index.targets(node.id, 'CITES')) {
      const work = this.node(target);
      this.add(subject, itu('target'), work);
      if (source) this.add(this.node(source), eli('cites'), work);
      const expression = citing ? this.expressionOf(citing) : null;
      if (expression) this.add(expression, eli('cites'), work);
    }
    if (source) this.add(subject, itu('source'), this.node(source));
    for (const meeting of this.index.targets(node.id, 'CITES_REVISION'))
      this.add(subject, itu('citedRevision'), this.node(meeting));
  }

  actor(node: ExportNode): void {
    const { itu } = this;
    const subject = this.node(node);
    const p = node.props;
    this.add(subject, rdf('type'), skos('Concept'));
    this.add(subject, rdf('type'), itu('Actor'));
    this.add(subject, skos('inScheme'), namedNode(`${this.graph.baseUri}/id/actor`));
    this.common(node, subject);
    this.text(subject, skos('prefLabel'), p.nameEn, 'en');
    this.text(subject, skos('prefLabel'), p.nameZh, 'zh');
    for (const alias of (p.aliasesZh as string[] | undefined) ?? [])
      if (alias !== p.nameZh) this.text(subject, skos('altLabel'), alias, 'zh');
    this.plain(subject, skos('notation'), p.acronym);
    this.plain(subject, itu('actorKind'), p.kind);
    for (const parent of this.index.targets(node.id, 'PART_OF')) this.add(subject, skos('broader'), this.node(parent));
  }

  meeting(node: ExportNode): void {
    const { itu } = this;
    const subject = this.node(node);
    const p = node.props;
    this.add(subject, rdf('type'), itu('Meeting'));
    this.common(node, subject);
    this.plain(subject, itu('assembly'), p.assembly);
    if (typeof p.year === 'number') this.add(subject, itu('year'), literal(String(p.year), xsd('gYear')));
    this.text(subject, itu('city'), p.cityEn, 'en');
    this.text(subject, itu('city'), p.cityZh, 'zh');
  }

  obligation(node: ExportNode): void {
    const { itu } = this;
    const subject = this.node(node);
    const p = node.props;
    this.add(subject, rdf('type'), itu('Obligation'));
    this.common(node, subject);
    this.add(subject, itu('modality'), itu(p.modality as string));
    this.plain(subject, itu('ordinal'), p.ordinal);
    for (const condition of (p.conditionsZh as string[] | undefined) ?? [])
      this.text(subject, itu('condition'), condition, 'zh');
    for (const source of this.index.targets(node.id, 'STATED_IN'))
      this.add(subject, itu('statedIn'), this.node(source));
    const resolution = this.index.nodes.get(p.resolutionId as string);
    const expression = resolution ? this.expressionOf(resolution) : null;
    if (expression) this.add(expression, itu('hasObligation'), subject);
  }

  /** Relationships that read the same from any node: parts, addressees, mentions, internal references. */
  links(node: ExportNode): void {
    const { itu } = this;
    for (const rel of this.index.out(node.id)) {
      const target = this.index.nodes.get(rel.to);
      if (!target) continue;
      const object = this.node(target);
      if (PART_RELATIONS.has(rel.type)) {
        const whole = this.whole(node);
        this.add(whole, eli('has_part'), object);
        this.add(object, eli('is_part_of'), whole);
      } else if (rel.type === 'ADDRESSED_TO') this.add(this.node(node), itu('addressee'), object);
      else if (rel.type === 'IN_COLLABORATION_WITH') this.add(this.node(node), itu('collaborator'), object);
      else if (rel.type === 'MENTIONS') this.add(this.node(node), itu('mentions'), object);
      else if (rel.type === 'REFERS_TO') this.add(this.node(node), itu('refersTo'), object);
      else if (rel.type === 'HAS_CITATION') this.add(this.node(node), itu('hasCitation'), object);
    }
  }

  add_node(node: ExportNode): void {
    switch (node.label) {
      case 'Resolution':
        this.resolution(node);
        break;
      case 'Citation':
        this.citation(node);
        break;
      case 'Actor':
        this.actor(node);
        break;
      case 'Meeting':
        this.meeting(node);
        break;
      case 'Obligation':
        this.obligation(node);
        break;
      case 'Section':
      case 'Provision':
      case 'Footnote':
      case 'Annex':
      case 'Programme':
      case 'AnnexItem':
        this.unit(node);
    }
    this.links(node);
  }
}

/** Every node and relationship of the graph as triples, and one describing the export itself. */
export function graphQuads(graph: ExportGraph, exportUri?: string): Quad[] {
  const builder = new RdfBuilder(graph);
  for (const node of graph.nodes) builder.add_node(node);
  if (exportUri) {
    const itu = vocabularyNamespace(graph.baseUri);
    const subject = namedNode(exportUri);
    builder.quads.push(quad(subject, rdf('type'), namedNode(`${itu}Export`)));
    if (graph.version) {
      builder.quads.push(quad(subject, namedNode(`${itu}graphVersion`), literal(graph.version)));
      builder.quads.push(quad(subject, dct('hasVersion'), literal(graph.version)));
    }
    builder.quads.push(quad(subject, dct('subject'), literal(graph.scope)));
  }
  return dedupe(builder.quads);
}

/** What a URI answers: the triples about it (the expression's too, for a resolution with a text). */
export function describeQuads(graph: ExportGraph, subjectUri: string): Quad[] {
  return graphQuads(graph).filter((q) => q.subject.value === subjectUri);
}

function dedupe(quads: Quad[]): Quad[] {
  const seen = new Set<string>();
  return quads.filter((q) => {
    const key = `${q.subject.value} ${q.predicate.value} ${q.object.termType}:${q.object.value}:${q.object.termType === 'Literal' ? `${q.object.language}|${q.object.datatype.value}` : ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
