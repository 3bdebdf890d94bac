/**
 * Pages of citations across the graph, filtered by what they cite, by the resolution whose text
 * cites and by whether the cited revision has been replaced, in the document order of the citing
 * texts. Many pages are one statement (the citedBy pages of a list of resolutions), and every
 * value is a parameter: one statement text for every filter and page.
 */
import type { Query } from '../database';
import { Cypher, param, nodeRowOf, page, ZERO } from './cypher';
import { documentPosition } from './document-order';

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

/** The years of the meetings found by `pattern` from the citation's target (bound to `meeting`). */
function meetingYears(pattern: Cypher.Pattern, meeting: Cypher.Node): Cypher.Expr {
  return new Cypher.Collect(new Cypher.Match(pattern).return(meeting.property('year')));
}

/**
 * Whether citation `c` names a revision of its target that a later known one replaced; null when
 * it names none. "Known" as Citation.outdated reads it: the target's adoption, revisions and the
 * meeting of its loaded text, and every revision any citation of it names.
 */
export function outdatedExpression(c: Cypher.Variable): Cypher.Expr {
  const target = () => ({ labels: ['Resolution'], properties: { id: c.property('targetId') } });
  const own = new Cypher.Node();
  const cited = new Cypher.Node();
  const history = new Cypher.Pattern(target())
    .related({ type: Cypher.labelExpr.or('ADOPTED_AT', 'REVISED_AT', 'TEXT_ADOPTED_BY'), direction: 'right' })
    .to(own, { labels: ['Meeting'] });
  const citedRevisions = new Cypher.Pattern(target())
    .related({ type: 'CITES', direction: 'left' })
    .to({ labels: ['Citation'] })
    .related({ type: 'CITES_REVISION', direction: 'right' })
    .to(cited, { labels: ['Meeting'] });
  const latest = new Cypher.Variable();
  const year = new Cypher.Variable();
  const latestYear = Cypher.reduce(
    latest,
    ZERO,
    year,
    Cypher.plus(meetingYears(history, own), meetingYears(citedRevisions, cited)),
    new Cypher.Case().when(Cypher.gt(year, latest)).then(year).else(latest),
  );
  return new Cypher.Case()
    .when(Cypher.isNotNull(c.property('citedYear')))
    .then(Cypher.gt(latestYear, c.property('citedYear')));
}

/**
 * Rows `key` (as `citationPageKey` makes it), `totalCount` and `rows` (each citation projected by
 * `project`, default the whole node), one per request that matches something.
 */
export function citationPagesQuery(
  requests: readonly CitationPageRequest[],
  project: (v: Cypher.Variable) => Cypher.Expr = nodeRowOf,
): Query {
  const req = new Cypher.Variable();
  const c = new Cypher.Node();
  const outdated = new Cypher.Variable();
  const source = new Cypher.Node();
  const matched = new Cypher.Variable();
  const x = new Cypher.Node();
  const matching = Cypher.utils.concat(
    new Cypher.Match(new Cypher.Pattern(c, { labels: ['Citation'] })).where(
      Cypher.and(
        Cypher.or(Cypher.isNull(req.property('target')), Cypher.eq(c.property('targetId'), req.property('target'))),
        Cypher.or(
          Cypher.isNull(req.property('citingResolution')),
          Cypher.eq(c.property('resolutionId'), req.property('citingResolution')),
        ),
      ),
    ),
    new Cypher.With(c, [outdatedExpression(c), outdated]).where(
      Cypher.or(Cypher.isNull(req.property('outdated')), Cypher.eq(outdated, req.property('outdated'))),
    ),
    new Cypher.Match(new Cypher.Pattern(source, { labels: ['Entity'], properties: { id: c.property('sourceId') } })),
    new Cypher.With(c).orderBy(documentPosition(source), c.property('spanStart'), c.property('id')),
    new Cypher.Return([Cypher.collect(c), matched]),
  );
  const params = requests.map((request) => ({ key: citationPageKey(request), ...request }));
  return Cypher.utils
    .concat(
      new Cypher.Unwind([param(params), req]),
      new Cypher.Call(matching, [req]),
      new Cypher.With(req, matched).where(Cypher.gt(Cypher.size(matched), ZERO)),
      new Cypher.Return(
        [req.property('key'), new Cypher.NamedVariable('key')],
        [Cypher.size(matched), new Cypher.NamedVariable('totalCount')],
        [
          new Cypher.ListComprehension(x)
            .in(page(matched, req.property('offset'), req.property('limit')))
            .map(project(x)),
          new Cypher.NamedVariable('rows'),
        ],
      ),
    )
    .build();
}
