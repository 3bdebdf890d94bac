/**
 * Reads what the exports and the /id/ routes are written from (src/export/graph-data.ts): the
 * whole graph, one resolution with everything its text points at, or one node with its
 * neighbours; and the snapshot of one expression. Citations carry `outdated`, computed as the
 * API computes it (a later revision of the cited resolution is known: latestKnownRevision).
 */
import type { Database, Query } from '../database';
import type { ExportNode, ExportRelationship } from '../../export/graph-data';
import { EXPRESSION_LABEL } from '../schema';
import { GRAPH_META_ID } from './lists';
import { NODE_ROW_PARAMS, nodeLabel } from './node-row';

const NODE = (v: string) => `{label: ${nodeLabel(v)}, id: ${v}.id, props: properties(${v})}`;

/** `outdated` of the citation `c`, as Citation.outdated answers it. */
const OUTDATED = `CALL (n) {
    OPTIONAL MATCH (t:Resolution {id: n.targetId}) WHERE n:Citation
    WITH t
    UNWIND CASE WHEN t IS NULL THEN [] ELSE
        COLLECT { MATCH (t)-[:ADOPTED_AT|REVISED_AT|TEXT_ADOPTED_BY]->(x:Meeting) RETURN x.year }
      + COLLECT { MATCH (t)<-[:CITES]-(:Citation)-[:CITES_REVISION]->(x:Meeting) RETURN x.year } END AS year
    RETURN max(year) AS latest
  }`;

const WITH_OUTDATED = (v: string) =>
  `{label: ${nodeLabel(v)}, id: ${v}.id, props: properties(${v}),
    outdated: CASE WHEN ${v}:Citation AND ${v}.citedYear IS NOT NULL THEN coalesce(latest > ${v}.citedYear, false) END}`;

/** Every node and relationship of the graph. */
export function wholeGraphQuery(): Query {
  return {
    cypher: `CALL () {
               MATCH (n:Entity) ${OUTDATED}
               RETURN collect(${WITH_OUTDATED('n')}) AS nodes
             }
             CALL () {
               MATCH (a:Entity)-[r]->(b:Entity)
               RETURN collect({type: type(r), from: a.id, to: b.id, props: properties(r)}) AS relationships
             }
             OPTIONAL MATCH (m:GraphMeta {id: $graphMetaId})
             RETURN nodes, relationships, m.version AS version`,
    params: { graphMetaId: GRAPH_META_ID, ...NODE_ROW_PARAMS },
  };
}

/**
 * One resolution: itself, every node of its text, what they point at (actors, meetings, cited
 * resolutions), and the relationships leaving the text's nodes and joining its actors; null
 * rows when there is no such resolution.
 */
export function resolutionGraphQuery(resolutionId: string): Query {
  return {
    cypher: `MATCH (res:Resolution {id: $id})
             WITH [res] + COLLECT { MATCH (o:Entity) WHERE o.resolutionId = res.id RETURN o } AS own
             CALL (own) {
               UNWIND own AS o
               MATCH (o)-[r]->(b:Entity)
               RETURN collect(DISTINCT b) AS reached, collect({type: type(r), from: o.id, to: b.id, props: properties(r)}) AS rels
             }
             WITH own, rels, [b IN reached WHERE NOT b IN own] AS others
             CALL (others) {
               UNWIND others AS a
               MATCH (a:Actor)-[r:PART_OF]->(b:Actor) WHERE b IN others
               RETURN collect({type: type(r), from: a.id, to: b.id, props: properties(r)}) AS actorRels
             }
             CALL (own, others) {
               UNWIND own + others AS n
               ${OUTDATED}
               RETURN collect(${WITH_OUTDATED('n')}) AS nodes
             }
             OPTIONAL MATCH (m:GraphMeta {id: $graphMetaId})
             RETURN nodes, rels + actorRels AS relationships, m.version AS version`,
    params: { id: resolutionId, graphMetaId: GRAPH_META_ID, ...NODE_ROW_PARAMS },
  };
}

/** One node (not of a text: an actor, a meeting, a resolution known by citations), its neighbours and the relationships between them. */
export function nodeNeighbourhoodQuery(label: 'Actor' | 'Meeting' | 'Resolution', id: string): Query {
  return {
    cypher: `MATCH (n:${label} {id: $id})
             CALL (n) {
               MATCH (n)-[r]-(b:Entity)
               RETURN collect(DISTINCT b) AS neighbours,
                      collect({type: type(r), from: startNode(r).id, to: endNode(r).id, props: properties(r)}) AS relationships
             }
             UNWIND [n] + neighbours AS x
             RETURN collect(DISTINCT ${NODE('x')}) AS nodes, relationships`,
    params: { id, ...NODE_ROW_PARAMS },
  };
}

/** The stored snapshot of an expression, and the revisions loaded of its resolution. */
export function expressionQuery(resolutionId: string, revision: string, lang: string): Query {
  return {
    cypher: `OPTIONAL MATCH (e:${EXPRESSION_LABEL} {id: $id})
             CALL () {
               MATCH (x:${EXPRESSION_LABEL} {resolutionId: $resolutionId})
               RETURN collect(x {.revision, .lang, .uriPath}) AS loaded
             }
             RETURN e.snapshot AS snapshot, toString(e.loadedAt) AS loadedAt, loaded`,
    params: { id: `${resolutionId}/${revision}/${lang}`, resolutionId },
  };
}

export interface ExportRows {
  nodes: ExportNode[];
  relationships: ExportRelationship[];
  version: string | null;
}

type NodeWithOutdated = ExportNode & { outdated?: boolean | null };

/** Nodes as the serializers take them: a citation's `outdated` among its properties. */
export function exportNodes(rows: NodeWithOutdated[]): ExportNode[] {
  return rows.map(({ outdated, ...node }) =>
    outdated === null || outdated === undefined ? node : { ...node, props: { ...node.props, outdated } },
  );
}

/** The whole graph (`resolutionId` null) or one resolution's; null when there is no such resolution. */
export async function readExportRows(db: Database, resolutionId: string | null): Promise<ExportRows | null> {
  const rows = await db.read(resolutionId === null ? wholeGraphQuery() : resolutionGraphQuery(resolutionId));
  const row = rows[0];
  if (!row) return null;
  return {
    nodes: exportNodes(row.nodes as NodeWithOutdated[]),
    relationships: row.relationships as ExportRelationship[],
    version: (row.version as string | null) ?? null,
  };
}
