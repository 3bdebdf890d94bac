/**
 * RDF as text: Turtle through n3's Writer (prefixes from vocabulary.ts), and JSON-LD written
 * from the same triples — one node object per subject, compact IRIs under the published
 * context (`<base>/ns/context.jsonld`), literals as `@value` with `@language` or `@type`.
 * Both are produced piece by piece, so that a route can stream them.
 */
import { Writer, type Quad } from 'n3';
import { CONTEXT_PATH, NS, prefixes } from './vocabulary';

/** Turtle of the quads, in chunks (the prefixes first, then a block of statements per subject). */
export function* turtleChunks(quads: Quad[], baseUri: string, comment?: string): Generator<string> {
  if (comment)
    yield `${comment
      .split('\n')
      .map((line) => `# ${line}`)
      .join('\n')}\n`;
  const ns = prefixes(baseUri);
  let first = true;
  for (const group of groupBySubject(quads).values()) {
    const writer = new Writer({ prefixes: ns });
    writer.addQuads(group);
    let text = '';
    writer.end((error, result) => {
      if (error) throw error;
      text = result;
    });
    // Every block is written with the prefixes; they are declared once, at the top.
    yield first ? text : `\n${text.replace(/^@prefix [^\n]*\n/gm, '').replace(/^\n+/, '')}`;
    first = false;
  }
}

export function toTurtle(quads: Quad[], baseUri: string, comment?: string): string {
  return [...turtleChunks(quads, baseUri, comment)].join('');
}

function groupBySubject(quads: Quad[]): Map<string, Quad[]> {
  const groups = new Map<string, Quad[]>();
  for (const q of quads) {
    const list = groups.get(q.subject.value);
    if (list) list.push(q);
    else groups.set(q.subject.value, [q]);
  }
  return groups;
}

function compact(iri: string, ns: Record<string, string>): string {
  for (const [prefix, namespace] of Object.entries(ns)) {
    if (iri.startsWith(namespace) && iri.length > namespace.length) {
      const local = iri.slice(namespace.length);
      if (/^[A-Za-z_][\w.-]*$/.test(local)) return `${prefix}:${local}`;
    }
  }
  return iri;
}

type JsonLdValue = { '@id': string } | { '@value': string | number | boolean; '@language'?: string; '@type'?: string };

/** One JSON-LD node object per subject. */
export function jsonLdNodes(quads: Quad[], baseUri: string): Record<string, unknown>[] {
  const ns = prefixes(baseUri);
  const nodes: Record<string, unknown>[] = [];
  for (const [subject, group] of groupBySubject(quads)) {
    const node: Record<string, unknown> = { '@id': subject };
    const types: string[] = [];
    for (const q of group) {
      if (q.predicate.value === `${NS.rdf}type`) {
        types.push(compact(q.object.value, ns));
        continue;
      }
      const key = compact(q.predicate.value, ns);
      let value: JsonLdValue;
      if (q.object.termType === 'Literal') {
        const { language, datatype } = q.object;
        if (language) value = { '@value': q.object.value, '@language': language };
        else if (datatype.value === `${NS.xsd}string`) value = { '@value': q.object.value };
        else value = { '@value': q.object.value, '@type': compact(datatype.value, ns) };
      } else {
        value = { '@id': q.object.value };
      }
      const list = (node[key] as JsonLdValue[] | undefined) ?? [];
      list.push(value);
      node[key] = list;
    }
    if (types.length > 0) node['@type'] = types;
    nodes.push(node);
  }
  return nodes;
}

/** A JSON-LD document in chunks: the context by reference, then `@graph` one node at a time. */
export function* jsonLdChunks(quads: Quad[], baseUri: string): Generator<string> {
  yield `{\n  "@context": ${JSON.stringify(`${baseUri}${CONTEXT_PATH}`)},\n  "@graph": [`;
  let first = true;
  for (const node of jsonLdNodes(quads, baseUri)) {
    yield `${first ? '\n    ' : ',\n    '}${JSON.stringify(node)}`;
    first = false;
  }
  yield '\n  ]\n}\n';
}

export function toJsonLd(quads: Quad[], baseUri: string): string {
  return [...jsonLdChunks(quads, baseUri)].join('');
}
