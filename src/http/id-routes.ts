/**
 *   /id/…           every node's URI (src/identifiers/uris.ts), in HTML, JSON-LD or Turtle
 *
 * A subdivision of a text, and an expression, answer from the snapshot stored when that
 * revision was loaded (src/graph/annotate-graph.ts), so that a URI keeps naming the same text
 * after a later revision replaces it in the graph. A work redirects (303) to its latest loaded
 * expression; a resolution known only through citations, an actor and a meeting answer from the
 * live graph. A path spelled with needless percent-encoding redirects (301) to its canonical
 * form; one that cannot be decoded is a 400; a URI that names nothing is a 404 that says why.
 */
import { unpackSnapshot } from '../graph/annotate-graph';
import type { Database } from '../graph/database';
import { expressionQuery, exportNodes, nodeNeighbourhoodQuery } from '../graph/queries/export';
import { displayLabel, type ExportGraph, type ExportNode, type ExportRelationship } from '../export/graph-data';
import { notFoundPage, nodePage } from '../export/html';
import { describeQuads } from '../export/rdf';
import { jsonLdChunks, toTurtle } from '../export/serialize-rdf';
import {
  canonicalPath,
  expressionPath,
  IdPathError,
  parseIdPath,
  type ExpressionKey,
  type IdTarget,
} from '../identifiers/uris';
import { type Exchange, HttpError, type Route, sendJson } from './exchange';
import { MEDIA_TYPES, negotiate, type Representation } from './negotiate';

/** Parsed snapshots kept per expression and load time, so that repeated requests do not parse them again. */
const SNAPSHOT_CACHE_SIZE = 16;

interface Described {
  uri: string;
  title: string;
  node?: ExportNode;
  graph: ExportGraph;
  note?: string;
}

class NotFound extends Error {}

interface Snapshot {
  nodes: ExportNode[];
  relationships: ExportRelationship[];
}

export interface IdRouteOptions {
  db: Database;
  baseUri: () => string;
}

export function idRoute(options: IdRouteOptions): Route {
  const { db } = options;
  const snapshots = new Map<string, Snapshot>();

  async function loadedRevisions(resolutionId: string): Promise<{ revision: string; lang: string; uriPath: string }[]> {
    const [row] = await db.read(expressionQuery(resolutionId, '', ''));
    return (row?.loaded as { revision: string; lang: string; uriPath: string }[] | undefined) ?? [];
  }

  async function snapshotOf(key: ExpressionKey): Promise<Snapshot> {
    const [row] = await db.read(expressionQuery(key.resolutionId, key.revision, key.lang));
    if (!row || row.snapshot === null) {
      const loaded = ((row?.loaded as { uriPath: string }[] | undefined) ?? []).map((e) => e.uriPath);
      throw new NotFound(
        loaded.length > 0
          ? `${key.resolutionId} has no text of revision ${key.revision} in language ${key.lang}; loaded: ${loaded.join(', ')}`
          : `no text of ${key.resolutionId} is loaded`,
      );
    }
    const cacheKey = `${expressionPath(key)} ${String(row.loadedAt)}`;
    let snapshot = snapshots.get(cacheKey);
    if (!snapshot) {
      snapshot = unpackSnapshot(row.snapshot as string) as unknown as Snapshot;
      snapshots.set(cacheKey, snapshot);
      if (snapshots.size > SNAPSHOT_CACHE_SIZE) snapshots.delete(snapshots.keys().next().value as string);
    }
    return snapshot;
  }

  async function liveNode(label: 'Actor' | 'Meeting' | 'Resolution', id: string, baseUri: string): Promise<Described> {
    const [row] = await db.read(nodeNeighbourhoodQuery(label, id));
    if (!row) throw new NotFound(`no ${label.toLowerCase()} has the id ${id}`);
    const nodes = exportNodes(row.nodes as ExportNode[]);
    const node = nodes.find((n) => n.id === id) as ExportNode;
    const graph: ExportGraph = {
      scope: id,
      version: null,
      baseUri,
      nodes,
      relationships: row.relationships as ExportRelationship[],
    };
    return { uri: `${baseUri}${node.props.uriPath as string}`, title: displayLabel(node), node, graph };
  }

  async function describe(target: IdTarget, baseUri: string): Promise<Described | { redirect: string }> {
    switch (target.kind) {
      case 'actor':
        return liveNode('Actor', target.id, baseUri);
      case 'meeting':
        return liveNode('Meeting', target.id, baseUri);
      case 'work': {
        const loaded = await loadedRevisions(target.resolutionId);
        if (loaded.length === 0) return liveNode('Resolution', target.resolutionId, baseUri);
        const latest = [...loaded].sort((a, b) => revisionOrder(b.revision) - revisionOrder(a.revision))[0];
        return { redirect: latest.uriPath };
      }
      case 'revision': {
        const loaded = (await loadedRevisions(target.resolutionId)).filter((e) => e.revision === target.revision);
        if (loaded.length === 0)
          throw new NotFound(`no text of ${target.resolutionId} of revision ${target.revision} is loaded`);
        return { redirect: loaded[0].uriPath };
      }
      case 'expression':
      case 'unit': {
        const snapshot = await snapshotOf(target.key);
        const graph: ExportGraph = { scope: target.key.resolutionId, version: null, baseUri, ...snapshot };
        const id = target.kind === 'unit' ? target.nodeId : target.key.resolutionId;
        const node = snapshot.nodes.find((n) => n.id === id);
        const own =
          node && (node.id === target.key.resolutionId || node.props.resolutionId === target.key.resolutionId);
        if (!node || !own)
          throw new NotFound(
            `the text of ${target.key.resolutionId} (revision ${target.key.revision}, ${target.key.lang}) has no part ${id}`,
          );
        const note = `Revision ${target.key.revision}, language ${target.key.lang}: this URI names this text even after a later revision is loaded.`;
        const uri = `${baseUri}${target.kind === 'unit' ? (node.props.uriPath as string) : expressionPath(target.key)}`;
        return { uri, title: displayLabel(node), node, graph, note };
      }
    }
  }

  return {
    name: 'id',
    matches: (url) => url.pathname === '/id' || url.pathname.startsWith('/id/'),
    async handle({ req, res, url }: Exchange) {
      if (req.method !== 'GET' && req.method !== 'HEAD')
        throw new HttpError(405, 'URIs answer GET and HEAD only', { allow: 'GET, HEAD' });
      let target: IdTarget;
      try {
        target = parseIdPath(url.pathname) as IdTarget;
      } catch (error) {
        if (error instanceof IdPathError) throw new HttpError(400, `not an identifier of this graph: ${error.message}`);
        throw error;
      }
      const canonical = canonicalPath(target);
      if (canonical !== url.pathname) {
        res.writeHead(301, { location: `${canonical}${url.search}` });
        res.end();
        return;
      }
      const representation = negotiate(req, url);
      const baseUri = options.baseUri();
      res.setHeader('vary', 'Accept');
      let described: Described | { redirect: string };
      try {
        described = await describe(target, baseUri);
      } catch (error) {
        if (!(error instanceof NotFound)) throw error;
        sendNotFound(res, representation, `${baseUri}${url.pathname}`, error.message);
        return;
      }
      if ('redirect' in described) {
        res.writeHead(303, { location: `${described.redirect}${url.search}`, vary: 'Accept' });
        res.end();
        return;
      }
      send(res, representation, described, url.pathname, baseUri, req.method === 'HEAD');
    },
  };
}

/** Years in order, `undated` before any. */
function revisionOrder(revision: string): number {
  const year = Number(revision);
  return Number.isFinite(year) ? year : -1;
}

function sendNotFound(res: Exchange['res'], representation: Representation, uri: string, message: string): void {
  if (representation === 'html') {
    res.statusCode = 404;
    res.setHeader('content-type', MEDIA_TYPES.html);
    res.end(notFoundPage(`${uri}: ${message}.`));
  } else {
    sendJson(res, 404, { error: 'not found', uri, reason: message });
  }
}

function send(
  res: Exchange['res'],
  representation: Representation,
  described: Described,
  path: string,
  baseUri: string,
  head: boolean,
): void {
  const quads = describeQuads(described.graph, described.uri);
  let body: string;
  if (representation === 'html') {
    body = nodePage({
      baseUri,
      uri: described.uri,
      path,
      title: described.title,
      node: described.node,
      quads,
      note: described.note,
    });
  } else if (representation === 'jsonld') {
    body = [...jsonLdChunks(quads, baseUri)].join('');
  } else {
    body = toTurtle(quads, baseUri);
  }
  res.statusCode = 200;
  res.setHeader('content-type', MEDIA_TYPES[representation]);
  res.setHeader(
    'link',
    `<${path}?format=jsonld>; rel="alternate"; type="application/ld+json", <${path}?format=turtle>; rel="alternate"; type="text/turtle"`,
  );
  res.end(head ? undefined : body);
}
