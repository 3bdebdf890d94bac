/**
 * Every node's `uri` and every unit's `citation(lang)`: both read from properties the loader
 * wrote (src/graph/annotate-graph.ts), `uriPath` joined to the base the server publishes under.
 * The fields are declared in ../fields.ts (URI and CITATION).
 */
import type { AnyRow } from '../../graph/rows';
import { actorPath, meetingPath, workPath } from '../../identifiers/uris';
import type { Context } from '../context';
import { textIn, type Lang } from '../language';

/** The path of a shared node written before paths were stored; a unit of a text always has its own. */
function pathOf(row: AnyRow): string {
  if (row.uriPath) return row.uriPath;
  if (row.nodeLabel === 'Resolution') return workPath(row.id);
  if (row.nodeLabel === 'Actor') return actorPath(row.id);
  if (row.nodeLabel === 'Meeting') return meetingPath(row.id);
  throw new Error(
    `expected the node ${row.id} to carry its uriPath, found none: the graph predates URIs, load it again`,
  );
}

/** A node's URI: the path the loader stored, joined to the base the server publishes under. */
export const uri = (row: AnyRow, _: unknown, ctx: Context) => `${ctx.baseUri}${pathOf(row)}`;

/** A unit's citation in `lang`, as the loader composed it. */
export const citation = (row: AnyRow, { lang }: { lang: Lang }) =>
  textIn(lang, { EN: row.citationEn, ZH: row.citationZh });
