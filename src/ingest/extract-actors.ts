/**
 * Who a provision or heading is about:
 * - addressees: the actors a heading names after its verb (请国际电联理事会, 责成…主任与…协作);
 * - collaborators: the actors in 与…协作 / 与…密切合作 / 与…协调 / 与…开展联络, and in 在…的协助下
 *   ("with the assistance of"); 国际电联成员 (the members of ITU) is not ITU;
 * - conditions: 在…范围内 / 在…的前提下, in text order;
 * - the subject of a sentence that starts with an actor and a modal (ITU-T须…, TSB将…);
 * - mentions: every actor the text names, with counts (references to resolutions excluded, so that
 *   全权代表大会第71号决议 does not count as a mention of the Plenipotentiary Conference).
 */
import { IngestError, quote } from './ingest-error';
import type { ActorMatcher, Span } from './match-actors';

const COLLABORATION =
  /与([^，；。：]+?)(?:密切|紧密)?(?:开展)?(?:协调和协作|协调与协作|合作与协作|协作|合作|相协调|协调|联络)(?!会议)/g;
const ASSISTANCE = /在([^，；。：在]+?)的?协助下/g;
/** 国际电联成员: the members of an actor are not the actor. */
const MEMBERS_OF = '成员';
/** 在…范围内 / 在…的前提下; a bracket inside (a cited revision) may hold ，. */
const CONDITION = /在(?:[^，；。：在（]|（[^（）]*）){1,30}?(?:的前提下|前提下|范围内)/g;
const MODAL = /^(?:须|将|应当|应|负责)/;
const ADDRESSEE_JOINERS = /以及|[和及、，\s]/g;

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}

/** The spans naming collaborators, in text order: the … of 与…协作 and of 在…的协助下. */
function collaborationSpans(text: string): Span[] {
  return [...text.matchAll(COLLABORATION), ...text.matchAll(ASSISTANCE)]
    .map((m) => ({ start: m.index + 1, end: m.index + 1 + m[1].length }))
    .sort((a, b) => a.start - b.start);
}

/** The addressees a heading names after its verb; anything there that is not an actor is an error. */
export function readAddressees(headingRestZh: string, matcher: ActorMatcher, line: number): string[] {
  const collaboration = collaborationSpans(headingRestZh)[0];
  const part = collaboration ? headingRestZh.slice(0, collaboration.start - 1) : headingRestZh;
  const matches = matcher.match(part);
  let rest = '';
  let at = 0;
  for (const m of matches) {
    rest += part.slice(at, m.start);
    at = m.end;
  }
  rest = (rest + part.slice(at)).replace(ADDRESSEE_JOINERS, '');
  if (rest !== '')
    throw new IngestError(line, 'addressees named in the actor registry', `${quote(rest)} in ${quote(headingRestZh)}`);
  return unique(matches.map((m) => m.actorId));
}

export function findCollaborators(text: string, matcher: ActorMatcher): string[] {
  const spans = collaborationSpans(text);
  const inSpan = (m: Span): boolean => spans.some((s) => m.start >= s.start && m.end <= s.end);
  const isActor = (m: Span): boolean => !text.startsWith(MEMBERS_OF, m.end);
  return unique(
    matcher
      .match(text)
      .filter((m) => inSpan(m) && isActor(m))
      .map((m) => m.actorId),
  );
}

export function findConditions(text: string): string[] {
  return [...text.matchAll(CONDITION)].map((m) => m[0]);
}

/** The actor a sentence opens with when a modal follows it: ITU-T须…, TSB主任须…. */
export function readSubject(text: string, matcher: ActorMatcher): string | null {
  const first = matcher.match(text)[0];
  return first && first.start === 0 && MODAL.test(text.slice(first.end)) ? first.actorId : null;
}

export interface Mention {
  actorId: string;
  count: number;
}

/** Mentions in order of first appearance. */
export function countMentions(text: string, matcher: ActorMatcher, exclude: readonly Span[] = []): Mention[] {
  const counts = new Map<string, number>();
  for (const m of matcher.match(text, exclude)) counts.set(m.actorId, (counts.get(m.actorId) ?? 0) + 1);
  return [...counts].map(([actorId, count]) => ({ actorId, count }));
}
