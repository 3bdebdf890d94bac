/**
 * Top-level listings: a page of resolutions by assembly and number, a page of actors by id.
 * Each returns one row: `totalCount` and the page's `rows`.
 */
import type { ActorKind, Assembly } from '../../ingest/types';
import type { Query } from '../database';
import { NODE_ROW_PARAMS, nodeRow } from './node-row';

export interface ResolutionListFilter {
  assembly: Assembly | null;
  textLoaded: boolean | null;
}

export function resolutionsQuery(filter: ResolutionListFilter, offset: number, limit: number): Query {
  return {
    cypher: `MATCH (r:Resolution)
WHERE ($assembly IS NULL OR r.assembly = $assembly)
  AND ($textLoaded IS NULL OR r.textLoaded = $textLoaded)
WITH r ORDER BY r.assembly, r.number, r.id
WITH collect(r) AS matched
RETURN size(matched) AS totalCount, [r IN matched[$offset..$offset + $limit] | ${nodeRow('r')}] AS rows`,
    params: { assembly: filter.assembly, textLoaded: filter.textLoaded, offset, limit, ...NODE_ROW_PARAMS },
  };
}

export interface ActorListFilter {
  kind: ActorKind | null;
}

export function actorsQuery(filter: ActorListFilter, offset: number, limit: number): Query {
  return {
    cypher: `MATCH (a:Actor)
WHERE $kind IS NULL OR a.kind = $kind
WITH a ORDER BY a.id
WITH collect(a) AS matched
RETURN size(matched) AS totalCount, [a IN matched[$offset..$offset + $limit] | ${nodeRow('a')}] AS rows`,
    params: { kind: filter.kind, offset, limit, ...NODE_ROW_PARAMS },
  };
}

/** The singleton that records the version of the loaded graph. */
export function graphMetaQuery(): Query {
  return {
    cypher: `OPTIONAL MATCH (g:GraphMeta {id: $id})
RETURN toString(g.version) AS version, toString(g.loadedAt) AS loadedAt`,
    params: { id: 'graph' },
  };
}
