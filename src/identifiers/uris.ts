/**
 * The identifier scheme: a URI path for every node, in the spirit of ELI (European Legislation
 * Identifier) and Akoma Ntoso's FRBR levels.
 *
 *   /id/WTSA-44                        the work: Resolution 44 of WTSA, whatever its revision
 *   /id/WTSA-44/2022                   the revision adopted in 2022 (its only language so far)
 *   /id/WTSA-44/2022/zh                the expression: the Chinese text of that revision
 *   /id/WTSA-44/2022/zh/s8/3           a subdivision of that expression (node id WTSA-44/s8/3)
 *   /id/WTSA-44/2022/zh/s8/3%23o       the obligation stated in it (node id WTSA-44/s8/3#o)
 *   /id/actor/TSB-DIRECTOR             an actor
 *   /id/meeting/MEETING-WTSA-2022      a session of an assembly
 *
 * A node that belongs to a resolution's text gets the expression path of the text it was loaded
 * from, followed by its id without the resolution's prefix, one path segment per `/` of the id,
 * each segment percent-encoded as `encodeURIComponent` does (so `#` is `%23`; ids hold no `/`
 * inside a segment). The revision is the year of the meeting that adopted the text; a text
 * whose adopting meeting is unknown is the revision `undated`.
 */

export const ID_ROOT = '/id';

/** The language tag of an expression: the lower-case code in the source file name (`….zh.txt`), else `zh`. */
export function expressionLanguage(sourceFile: string | null | undefined): string {
  const match = /\.([a-z]{2})\.[a-z]+$/i.exec(sourceFile ?? '');
  return match ? match[1].toLowerCase() : 'zh';
}

export function revisionKey(year: number | null | undefined): string {
  return year == null ? 'undated' : String(year);
}

/** Where an expression sits: the work, the revision and the language. */
export interface ExpressionKey {
  resolutionId: string;
  revision: string;
  lang: string;
}

export function expressionId({ resolutionId, revision, lang }: ExpressionKey): string {
  return `${resolutionId}/${revision}/${lang}`;
}

const encodeSegments = (id: string) => id.split('/').map(encodeURIComponent).join('/');

export function workPath(resolutionId: string): string {
  return `${ID_ROOT}/${encodeURIComponent(resolutionId)}`;
}

export function revisionPath(resolutionId: string, revision: string): string {
  return `${workPath(resolutionId)}/${encodeURIComponent(revision)}`;
}

export function expressionPath(key: ExpressionKey): string {
  return `${revisionPath(key.resolutionId, key.revision)}/${encodeURIComponent(key.lang)}`;
}

/** The path of a node of a resolution's text, in the expression it was loaded from. */
export function unitPath(key: ExpressionKey, nodeId: string): string {
  const prefix = `${key.resolutionId}/`;
  if (!nodeId.startsWith(prefix)) {
    throw new Error(`expected a node id of ${key.resolutionId} (starting with "${prefix}"), received "${nodeId}"`);
  }
  return `${expressionPath(key)}/${encodeSegments(nodeId.slice(prefix.length))}`;
}

export function actorPath(actorId: string): string {
  return `${ID_ROOT}/actor/${encodeURIComponent(actorId)}`;
}

export function meetingPath(meetingId: string): string {
  return `${ID_ROOT}/meeting/${encodeURIComponent(meetingId)}`;
}

/** What a path under /id/ names. */
export type IdTarget =
  | { kind: 'work'; resolutionId: string }
  | { kind: 'revision'; resolutionId: string; revision: string }
  | { kind: 'expression'; key: ExpressionKey }
  | { kind: 'unit'; key: ExpressionKey; nodeId: string }
  | { kind: 'actor'; id: string }
  | { kind: 'meeting'; id: string };

/** A path that is not one of the scheme's: the message says why. */
export class IdPathError extends Error {
  override name = 'IdPathError';
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new IdPathError(`"${segment}" is not valid percent-encoded UTF-8`);
  }
}

/**
 * Reads a path under /id/ (as it came in the request, still percent-encoded). Every segment is
 * decoded once; a decoded segment that holds a `/` names no node (ids have none inside a
 * segment), and an empty segment is refused. Returns null for a path outside /id/.
 */
export function parseIdPath(pathname: string): IdTarget | null {
  if (pathname !== ID_ROOT && !pathname.startsWith(`${ID_ROOT}/`)) return null;
  const raw = pathname.slice(ID_ROOT.length + 1);
  if (raw === '') throw new IdPathError('the path names nothing after /id/');
  const segments = raw.split('/').map(decodeSegment);
  if (segments.some((segment) => segment === ''))
    throw new IdPathError('the path has an empty segment (a doubled or trailing "/")');
  if (segments.some((segment) => segment.includes('/')))
    throw new IdPathError('a segment holds an encoded "/" (%2F), which no id has');
  const [first, ...rest] = segments as [string, ...string[]];
  if (first === 'actor' || first === 'meeting') {
    if (rest.length !== 1)
      throw new IdPathError(`expected /id/${first}/<id>, received ${rest.length} segments after /id/${first}`);
    return { kind: first, id: rest[0] };
  }
  if (rest.length === 0) return { kind: 'work', resolutionId: first };
  const [revision, lang, ...unit] = rest as [string, ...string[]];
  if (lang === undefined) return { kind: 'revision', resolutionId: first, revision };
  const key = { resolutionId: first, revision, lang };
  if (unit.length === 0) return { kind: 'expression', key };
  return { kind: 'unit', key, nodeId: `${first}/${unit.join('/')}` };
}

/** The canonical path of what a parsed path names (to redirect a non-canonical spelling to it). */
export function canonicalPath(target: IdTarget): string {
  switch (target.kind) {
    case 'work':
      return workPath(target.resolutionId);
    case 'revision':
      return revisionPath(target.resolutionId, target.revision);
    case 'expression':
      return expressionPath(target.key);
    case 'unit':
      return unitPath(target.key, target.nodeId);
    case 'actor':
      return actorPath(target.id);
    case 'meeting':
      return meetingPath(target.id);
  }
}
