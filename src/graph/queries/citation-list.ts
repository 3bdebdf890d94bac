/**
 * Pages of citations across the graph, filtered by what they cite, by the resolution whose text
 * cites and by whether the cited revision has been replaced, in the document order of the citing
 * texts. Many pages are one statement (the citedBy pages of a list of resolutions), and every
 * value is a parameter: one statement text for every filter and page.
 */
import type { Query } from '../database';
import { documentPosition } from './document-order';
import { nodeRow } from './node-row';

export interface CitationPageRequest {
  /** Only citations of this resolution; null: all. */
  target: string | null;
  /** Only citations made by this resolution's text; null: all. */
  citingResolution: string | null;
  /** true: only those whose cited revision a later one replaced; false: only those naming a revision not replaced; null: all. */
  outdated: boolean | null;
  offset: number;
  limit: number;
}

/** The cache key of a page request: equal requests share one entry. */
export function citationPageKey({ target, citingResolution, outdated, offset, limit }: CitationPageRequest): string {
  return JSON.stringify([target, citingResolution, outdated, offset, limit]);
}

/**
 * Whether citation `c` names a revision of its target that a later known one replaced; null when
 * it names none. "Known" as Citation.outdated reads it: the target's adoption, revisions and the
 * meeting of its loaded text, and every revision any citation of it names.
 */
export function outdatedExpression(c: string): string {
  return `CASE WHEN ${c}.citedYear IS NULL THEN null ELSE
    reduce(latest = 0, year IN
      COLLECT { MATCH (:Resolution {id: ${c}.targetId})-[:ADOPTED_AT|REVISED_AT|TEXT_ADOPTED_BY]->(meeting:Meeting) RETURN meeting.year }
      + COLLECT { MATCH (:Resolution {id: ${c}.targetId})<-[:CITES]-(:Citation)-[:CITES_REVISION]->(meeting:Meeting) RETURN meeting.year }
      | CASE WHEN year > latest THEN year ELSE latest END) > ${c}.citedYear
  END`;
}

/**
 * Rows `key` (as `citationPageKey` makes it), `totalCount` and `rows` (each citation projected by
 * `project`, default `nodeRow`), one per request that matches something.
 */
export function citationPagesQuery(
  requests: readonly CitationPageRequest[],
  project: (v: string) => string = nodeRow,
): Query {
  return {
    cypher: `UNWIND $requests AS req
CALL (req) {
  MATCH (c:Citation)
  WHERE (req.target IS NULL OR c.targetId = req.target) AND (req.citingResolution IS NULL OR c.resolutionId = req.citingResolution)
  WITH c, ${outdatedExpression('c').replace(/\n/g, '\n  ')} AS outdated
  WHERE req.outdated IS NULL OR outdated = req.outdated
  MATCH (source:Entity {id: c.sourceId})
  WITH c ORDER BY ${documentPosition('source').replace(/\n/g, '\n    ')}, c.spanStart, c.id
  RETURN collect(c) AS matched
}
WITH req, matched WHERE size(matched) > 0
RETURN req.key AS key, size(matched) AS totalCount, [c IN matched[req.offset..req.offset + req.limit] | ${project('c')}] AS rows`,
    params: { requests: requests.map((request) => ({ key: citationPageKey(request), ...request })) },
  };
}
