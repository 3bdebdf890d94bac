/**
 * The minimal HTML page a URI answers a browser with: the node's title and text, its URI and
 * citation, what the RDF says about it (links to its parts, the works it cites, its actors),
 * links to the JSON-LD and Turtle of the same URI, and to the explorer's page of the node
 * (`/n/<id>`). Server-rendered, no script, no asset from elsewhere.
 */
import type { Quad } from 'n3';
import type { ExportNode } from './graph-data';
import { prefixes } from './vocabulary';

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
h1{font-size:1.4rem}code{font-size:.9em;word-break:break-all}blockquote{font-size:1.1rem;border-left:4px solid #888;margin:1rem 0;padding:.2rem 1rem}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}th{white-space:nowrap;font-weight:600}
nav a{margin-right:1rem}`;

function compact(iri: string, ns: Record<string, string>): string {
  for (const [prefix, namespace] of Object.entries(ns))
    if (iri.startsWith(namespace)) return `${prefix}:${iri.slice(namespace.length)}`;
  return iri;
}

export interface PageOptions {
  baseUri: string;
  uri: string;
  /** The path of the page's request, for the alternates' links. */
  path: string;
  title: string;
  node?: ExportNode;
  quads: Quad[];
  /** A line under the title, e.g. which revision a subdivision belongs to. */
  note?: string;
}

/** A whole HTML document describing one URI. */
export function nodePage(options: PageOptions): string {
  const { node, quads, uri, baseUri } = options;
  const ns = prefixes(baseUri);
  const text = node
    ? ((node.props.textZh ?? node.props.spanZh ?? node.props.headingZh ?? node.props.titleZh ?? node.props.nameZh) as
        string | undefined)
    : undefined;
  const rows = quads
    .map((q) => {
      const value =
        q.object.termType === 'NamedNode'
          ? `<a href="${escapeHtml(q.object.value.startsWith(baseUri) ? q.object.value.slice(baseUri.length) : q.object.value)}">${escapeHtml(compact(q.object.value, ns))}</a>`
          : `${escapeHtml(q.object.value)}${q.object.termType === 'Literal' && q.object.language ? ` <small>@${escapeHtml(q.object.language)}</small>` : ''}`;
      return `<tr><th>${escapeHtml(compact(q.predicate.value, ns))}</th><td>${value}</td></tr>`;
    })
    .join('\n');
  const lang = text && /[\u4e00-\u9fff]/.test(text) ? ' lang="zh"' : '';
  const explorer = node ? `<a href="/n/${encodeURIComponent(node.id)}">Open in the explorer</a>` : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)}</title>
<link rel="alternate" type="application/ld+json" href="${escapeHtml(options.path)}?format=jsonld">
<link rel="alternate" type="text/turtle" href="${escapeHtml(options.path)}?format=turtle">
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${escapeHtml(options.title)}</h1>
${options.note ? `<p>${escapeHtml(options.note)}</p>` : ''}
<p>URI: <code>${escapeHtml(uri)}</code></p>
${text ? `<blockquote${lang}>${escapeHtml(text)}</blockquote>` : ''}
<nav><a href="${escapeHtml(options.path)}?format=jsonld">JSON-LD</a><a href="${escapeHtml(options.path)}?format=turtle">Turtle</a>${explorer}</nav>
<h2>Statements</h2>
<table>
${rows}
</table>
</main>
</body>
</html>
`;
}

/** A page that says what was not found, and why. */
export function notFoundPage(message: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Not found</title><style>${STYLE}</style></head>
<body><main><h1>Not found</h1><p>${escapeHtml(message)}</p><p>Identifiers are described at <a href="/ns/itu">/ns/itu</a>; the API is at <a href="/graphql">/graphql</a>.</p></main></body>
</html>
`;
}
