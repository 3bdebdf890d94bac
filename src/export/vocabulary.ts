/**
 * The namespaces of the RDF exports, and this graph's own small vocabulary (`itu:`) for what no
 * established one covers: the structure of a resolution's text below ELI's subdivisions,
 * citations as nodes, obligations with their modality, addressees, collaborators and conditions.
 * The vocabulary is published at its namespace (`<base>/ns/itu`) in Turtle, JSON-LD and HTML.
 */
import { DataFactory, type NamedNode, type Quad, type Quad_Object } from 'n3';
import { MODALITY_ORDER } from '../graph/obligation-keys';

const namedNode = (iri: string) => DataFactory.namedNode(iri);
const literal = (value: string, languageOrDatatype?: string | NamedNode) =>
  DataFactory.literal(value, languageOrDatatype);
const quad = (subject: NamedNode, predicate: NamedNode, object: Quad_Object) =>
  DataFactory.quad(subject, predicate, object);

export const NS = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  owl: 'http://www.w3.org/2002/07/owl#',
  eli: 'http://data.europa.eu/eli/ontology#',
  dct: 'http://purl.org/dc/terms/',
  skos: 'http://www.w3.org/2004/02/skos/core#',
} as const;

/** The path of the vocabulary document; its terms are `<base>/ns/itu#Term`. */
export const VOCABULARY_PATH = '/ns/itu';
/** The path of the JSON-LD context the exports and the /id/ answers name. */
export const CONTEXT_PATH = '/ns/context.jsonld';

export function vocabularyNamespace(baseUri: string): string {
  return `${baseUri}${VOCABULARY_PATH}#`;
}

/** Every prefix of the exports, `itu` bound to the vocabulary of this base. */
export function prefixes(baseUri: string): Record<string, string> {
  return { ...NS, itu: vocabularyNamespace(baseUri) };
}

/** The JSON-LD context: the prefixes, so that documents use compact IRIs (`eli:cites`). */
export function jsonLdContext(baseUri: string): { '@context': Record<string, string> } {
  return { '@context': prefixes(baseUri) };
}

type Term = [name: string, label: string, comment: string];

const CLASSES: Term[] = [
  [
    'Section',
    'section',
    'A section of a resolution: the paragraphs under one formula (considering, resolves, instructs …).',
  ],
  ['Provision', 'paragraph', 'A paragraph of a section, or a sub-item of a paragraph.'],
  ['Footnote', 'footnote', 'A footnote of a resolution.'],
  ['Annex', 'annex', 'The annex of a resolution.'],
  ['Programme', 'programme', 'A programme of an annex (an action plan).'],
  ['AnnexItem', 'annex item', 'An item of a programme: objectives, activities, or a nested bullet.'],
  ['Citation', 'citation', 'One reference in a text to another resolution, with the revision it names.'],
  ['Obligation', 'obligation', 'What a paragraph or an annex item asks of actors, with its modality.'],
  ['Actor', 'actor', 'A body, official or group a resolution addresses or names (also a skos:Concept).'],
  ['Meeting', 'meeting', 'One session of an assembly: where and when a resolution was adopted or revised.'],
  ['Export', 'export', 'A file exported from the graph, with the graph version it was made from.'],
];

const PROPERTIES: Term[] = [
  ['modality', 'modality', 'How strongly an obligation asks: one of the Modality individuals.'],
  ['addressee', 'addressee', 'The actor a section or an obligation is addressed to.'],
  ['collaborator', 'collaborator', 'An actor the addressee is to work with.'],
  ['condition', 'condition', 'A condition the text attaches (在可用资源范围内 — within available resources).'],
  ['statedIn', 'stated in', 'The paragraph or annex item that states an obligation.'],
  ['hasObligation', 'has obligation', 'An obligation a resolution text states.'],
  ['hasCitation', 'has citation', 'A citation standing in this unit of text.'],
  ['source', 'source', 'The unit of text a citation stands in.'],
  ['target', 'target', 'The resolution (work) a citation cites.'],
  ['citedRevision', 'cited revision', 'The meeting whose revision a citation names.'],
  ['citedYear', 'cited year', 'The year of the revision a citation names.'],
  ['citedCity', 'cited city', 'The city of the revision a citation names.'],
  ['outdated', 'outdated', 'Whether a later revision of the cited resolution is known than the one cited.'],
  ['span', 'span', 'The exact words of a citation in its text.'],
  ['description', 'description', "The text's own description of what it cites."],
  ['refersTo', 'refers to', 'An internal reference to another part of the same text.'],
  ['mentions', 'mentions', 'An actor a unit of text names.'],
  ['text', 'text', 'The text of a paragraph, item or footnote.'],
  ['heading', 'heading', 'The heading of a section as it stands in the text.'],
  ['sectionKind', 'section kind', 'The formula of a section: one of the SectionKind individuals.'],
  ['part', 'part', 'PREAMBLE or OPERATIVE.'],
  ['further', 'further', 'Whether the section formula is repeated with "further" (进一步).'],
  ['level', 'level', 'Depth of a paragraph or item below its section or programme (1-based).'],
  ['ordinal', 'ordinal', 'Position in document order.'],
  ['itemKind', 'item kind', 'OBJECTIVES, ACTIVITIES, GROUP or BULLET.'],
  ['marker', 'marker', 'The marker of a footnote.'],
  ['anchor', 'anchor', 'The words a footnote marker is attached to.'],
  ['assembly', 'assembly', 'The assembly that adopts a resolution or holds a meeting (PP, WTSA, …).'],
  ['year', 'year', 'The year of a meeting.'],
  ['city', 'city', 'The city of a meeting.'],
  ['adoptedAt', 'adopted at', 'The meeting that first adopted a resolution.'],
  ['revisedAt', 'revised at', 'A meeting that revised a resolution.'],
  ['adoptedBy', 'adopted by', 'The meeting that adopted this expression (revision) of a resolution.'],
  ['revision', 'revision', 'The revision key of an expression: the year of the meeting that adopted it.'],
  ['actorKind', 'actor kind', 'The kind of an actor (OFFICIAL, BUREAU, …).'],
  ['graphVersion', 'graph version', 'The version of the graph an export was made from.'],
];

/** The modalities, strongest first, as the graph orders obligations. */
export const MODALITIES = MODALITY_ORDER;
export const SECTION_KINDS = [
  'CONSIDERING',
  'RECOGNIZING',
  'RECALLING',
  'NOTING',
  'BEARING_IN_MIND',
  'RESOLVES',
  'INSTRUCTS',
  'INVITES',
  'ENCOURAGES',
  'REQUESTS',
  'URGES',
] as const;

/** The vocabulary as RDF: classes, properties and the modality and section-kind individuals. */
export function vocabularyQuads(baseUri: string): Quad[] {
  const itu = vocabularyNamespace(baseUri);
  const doc = namedNode(`${baseUri}${VOCABULARY_PATH}`);
  const a = namedNode(`${NS.rdf}type`);
  const label = namedNode(`${NS.rdfs}label`);
  const comment = namedNode(`${NS.rdfs}comment`);
  const definedBy = namedNode(`${NS.rdfs}isDefinedBy`);
  const quads: Quad[] = [
    quad(doc, a, namedNode(`${NS.owl}Ontology`)),
    quad(doc, namedNode(`${NS.dct}title`), literal('Vocabulary of the ITU resolutions graph', 'en')),
    quad(
      doc,
      namedNode(`${NS.dct}description`),
      literal(
        'Terms for what ELI, Dublin Core and SKOS do not cover: obligations, their modality, addressees, collaborators and conditions; citations as nodes; the parts of a resolution text.',
        'en',
      ),
    ),
  ];
  const term = (name: string, type: string, text: string, note: string) => {
    const iri = namedNode(`${itu}${name}`);
    quads.push(
      quad(iri, a, namedNode(type)),
      quad(iri, label, literal(text, 'en')),
      quad(iri, comment, literal(note, 'en')),
      quad(iri, definedBy, doc),
    );
  };
  for (const [name, text, note] of CLASSES) term(name, `${NS.rdfs}Class`, text, note);
  for (const [name, text, note] of PROPERTIES) term(name, `${NS.rdf}Property`, text, note);
  term('Modality', `${NS.rdfs}Class`, 'modality', 'How strongly an obligation asks.');
  term('SectionKind', `${NS.rdfs}Class`, 'section kind', 'The formula that opens a section.');
  for (const name of MODALITIES)
    term(name, `${itu}Modality`, name.toLowerCase().replace('_', ' '), `The modality ${name}.`);
  for (const name of SECTION_KINDS) {
    if ((MODALITIES as readonly string[]).includes(name))
      quads.push(quad(namedNode(`${itu}${name}`), a, namedNode(`${itu}SectionKind`)));
    else term(name, `${itu}SectionKind`, name.toLowerCase().replace(/_/g, ' '), `The section formula ${name}.`);
  }
  return quads;
}
