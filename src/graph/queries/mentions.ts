/**
 * Where an actor is mentioned: pages of the headings, provisions and annex items whose text
 * names it (MENTIONS), in document order, each with how often it names the actor. Many actors'
 * pages are one statement (an actor list asking each for its mentions), every value a parameter.
 */
import type { Query } from '../database';
import { documentPosition } from './document-order';
import { nodeRow } from './node-row';

export interface MentionPageRequest {
  actor: string;
  offset: number;
  limit: number;
}

/** The cache key of a page request: equal requests share one entry. */
export function mentionPageKey({ actor, offset, limit }: MentionPageRequest): string {
  return JSON.stringify([actor, offset, limit]);
}

/** A page of the texts that mention the actor a prefetch row is. */
export interface MentionPageOf {
  offset: number;
  limit: number;
}

/**
 * The page `page` of the texts that mention the actor `v`, as one map `totalCount` and `rows`
 * ({count, node}, each node projected by `project`), in the order of `mentionPagesQuery`. Its
 * own variables end in `_suffix`, so that it can be nested in any query.
 */
export function mentionPageExpression(
  v: string,
  page: MentionPageOf,
  project: (n: string) => string,
  suffix: number,
): string {
  const [m, n, count, matched, x, hit] = ['m', 'n', 'count', 'matched', 'x', 'hit'].map((name) => `${name}_${suffix}`);
  return `[${matched} IN [COLLECT {
    MATCH (${v})<-[${m}:MENTIONS]-(${n})
    WITH ${n}, ${m}.count AS ${count} ORDER BY ${documentPosition(n).replace(/\n/g, '\n      ')}, ${n}.id
    RETURN {count: ${count}, node: ${n}}
  }] | {totalCount: size(${matched}), rows: [${x} IN ${matched}[${page.offset}..${page.offset + page.limit}] | {count: ${x}.count, node: [${hit} IN [${x}.node] | ${project(hit)}][0]}]}][0]`;
}

/**
 * Rows `key`, `totalCount` and `rows` ({count, node}, the node projected by `project`, default
 * `nodeRow`), one per request whose actor is mentioned anywhere.
 */
export function mentionPagesQuery(
  requests: readonly MentionPageRequest[],
  project: (v: string) => string = nodeRow,
): Query {
  return {
    cypher: `UNWIND $requests AS req
CALL (req) {
  MATCH (:Actor {id: req.actor})<-[m:MENTIONS]-(n)
  WITH n, m.count AS count ORDER BY ${documentPosition('n').replace(/\n/g, '\n    ')}, n.id
  RETURN collect({count: count, node: n}) AS matched
}
WITH req, matched WHERE size(matched) > 0
RETURN req.key AS key, size(matched) AS totalCount,
       [x IN matched[req.offset..req.offset + req.limit] | {count: x.count, node: [hit IN [x.node] | ${project('hit')}][0]}] AS rows`,
    params: { requests: requests.map((request) => ({ key: mentionPageKey(request), ...request })) },
  };
}
