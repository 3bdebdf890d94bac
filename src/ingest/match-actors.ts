/**
 * Finds the actors a text names, by the aliases of the actor registry: longest alias first, and
 * matches never overlap, so 国际电联电信标准化部门各研究组 is ITU-T-SG and not ITU-T followed by
 * 各研究组, and ITU-T研究组的区域组 is ITU-T-RG.
 *
 * Two habits of the text are read as one mention:
 * - a name followed by its acronym in brackets, 电信标准化局（TSB）;
 * - a bureau sharing 的主任 with the next one, BDT和无线电通信局（BR）的主任: both are directors.
 * Latin aliases match whole words only (ITU is not found in ITU-T). A name of a group that stands
 * for each of its members (各局主任, vocabulary.ts) is a match of each member, on the same span.
 */
import type { ActorEntry } from './registries';
import { BUREAU_DIRECTORS_ZH } from './vocabulary';

export interface ActorMatch {
  actorId: string;
  alias: string;
  start: number;
  end: number;
}

export interface Span {
  start: number;
  end: number;
}

export interface ActorMatcher {
  /** Matches in text order, skipping the excluded spans (e.g. citations). */
  match(text: string, exclude?: readonly Span[]): ActorMatch[];
  actor(id: string): ActorEntry;
}

const LATIN = /[A-Za-z0-9-]/;
const SHARED_TITLE_JOINERS = ['和', '及', '以及', '、'];
const SHARED_TITLE = '的主任';

export function createActorMatcher(actors: readonly ActorEntry[]): ActorMatcher {
  const byId = new Map(actors.map((a) => [a.id, a]));
  const directors = actors
    .filter((a) => a.kind === 'OFFICIAL' && a.parent !== null && byId.get(a.parent)?.kind === 'BUREAU')
    .map((a) => a.id);
  const aliases = [
    ...actors.map((a) => a.aliasesZh.map((alias) => ({ alias, actorIds: [a.id] }))).flat(),
    ...(directors.length > 0 ? BUREAU_DIRECTORS_ZH.map((alias) => ({ alias, actorIds: directors })) : []),
  ].sort((x, y) => y.alias.length - x.alias.length || x.alias.localeCompare(y.alias));

  const isWholeWord = (text: string, start: number, end: number): boolean =>
    !(LATIN.test(text[start]) && start > 0 && LATIN.test(text[start - 1])) &&
    !(LATIN.test(text[end - 1]) && end < text.length && LATIN.test(text[end]));

  const directorOf = (bureauId: string): string | null =>
    actors.find((a) => a.parent === bureauId && a.kind === 'OFFICIAL')?.id ?? null;

  function match(text: string, exclude: readonly Span[] = []): ActorMatch[] {
    const found: ActorMatch[] = [];
    let i = 0;
    while (i < text.length) {
      const skip = exclude.find((s) => i >= s.start && i < s.end);
      if (skip) {
        i = skip.end;
        continue;
      }
      const hit = aliases.find((a) => text.startsWith(a.alias, i) && isWholeWord(text, i, i + a.alias.length));
      if (!hit) {
        i += 1;
        continue;
      }
      let end = i + hit.alias.length;
      const only = hit.actorIds.length === 1 ? byId.get(hit.actorIds[0]) : undefined;
      const acronym = only?.aliasesZh.find((a) => text.startsWith(`（${a}）`, end));
      if (acronym) end += acronym.length + 2;
      for (const actorId of hit.actorIds) found.push({ actorId, alias: hit.alias, start: i, end });
      i = end;
    }
    return found.map((m, k) => {
      const next = found[k + 1];
      const shares =
        next && next.alias.endsWith(SHARED_TITLE) && SHARED_TITLE_JOINERS.includes(text.slice(m.end, next.start));
      const director = shares && byId.get(m.actorId)?.kind === 'BUREAU' ? directorOf(m.actorId) : null;
      return director ? { ...m, actorId: director } : m;
    });
  }

  function actor(id: string): ActorEntry {
    const entry = byId.get(id);
    if (!entry) throw new Error(`expected an actor id from the registry, received "${id}"`);
    return entry;
  }

  return { match, actor };
}
