/**
 * Obligations: pages of obligations for many filters at once (a top-level listing and the
 * obligations of each actor in a list share one query), and what it takes to cite each one.
 *
 * Order: modality strength (MODALITY_ORDER), then the stating resolution, then document order.
 */
import type { Modality } from '../../ingest/types';
import type { Query } from '../database';
import { Cypher, nodeRowOf, slice, valueAt, ZERO } from './cypher';

/** Strongest first: what the assembly resolves, then what it instructs, requests ... asks. */
export const MODALITY_ORDER: readonly Modality[] = [
  'RESOLVES',
  'INSTRUCTS',
  'REQUESTS',
  'URGES',
  'INVITES',
  'ENCOURAGES',
  'ACTION_PLAN',
];

/** Rank by modality, and the rank of any other: parameters, like every value. */
const MODALITY_RANK = new Cypher.NamedParam('modalityRank', Object.fromEntries(MODALITY_ORDER.map((m, rank) => [m, rank])));
const OTHER_RANK = new Cypher.NamedParam('otherModalityRank', MODALITY_ORDER.length);

export interface ObligationPageRequest {
  /** Only obligations addressed to this actor; null: all. */
  actor: string | null;
  /** With `actor`: also those addressed to the actors PART_OF it, at any depth. */
  includeSubordinates: boolean;
  /** Only these modalities; null: all. */
  modalities: Modality[] | null;
  /** Only obligations of this resolution; null: all. */
  resolution: string | null;
  offset: number;
  limit: number;
}

/** The cache key of a page request: equal requests share one entry. */
export function obligationPageKey(request: ObligationPageRequest): string {
  const { actor, includeSubordinates, modalities, resolution, offset, limit } = request;
  return JSON.stringify([actor, includeSubordinates, modalities, resolution, offset, limit]);
}

/** The ORDER BY keys of obligation `o`: modality strength, stating resolution, document order. */
function obligationOrder(o: Cypher.Variable): Cypher.Expr[] {
  const rank = Cypher.coalesce(valueAt(MODALITY_RANK, o.property('modality')), OTHER_RANK);
  return [rank, o.property('resolutionId'), o.property('ordinal'), o.property('id')];
}

/** The obligations a request without an actor asks for. */
function allObligations(req: Cypher.Variable, o: Cypher.Node): Cypher.Clause {
  return Cypher.utils.concat(
    new Cypher.With(req).where(Cypher.isNull(req.property('actor'))),
    new Cypher.Match(new Cypher.Pattern(o, { labels: ['Obligation'] })).where(
      Cypher.or(Cypher.isNull(req.property('resolution')), Cypher.eq(o.property('resolutionId'), req.property('resolution'))),
    ),
    new Cypher.Return(o),
  );
}

/** The obligations addressed to the request's actor (or, with `includeSubordinates`, to any actor below it). */
function actorObligations(req: Cypher.Variable, o: Cypher.Node): Cypher.Clause {
  const a = new Cypher.Node();
  const hierarchy = new Cypher.Pattern({ labels: ['Actor'], properties: { id: req.property('actor') } })
    .related({ type: 'PART_OF', direction: 'left', length: { min: 0, max: 20 } })
    .to(a, { labels: ['Actor'] });
  return Cypher.utils.concat(
    new Cypher.With(req).where(Cypher.isNotNull(req.property('actor'))),
    new Cypher.Match(hierarchy).where(Cypher.or(Cypher.eq(req.property('includeSubordinates'), Cypher.true), Cypher.eq(a.property('id'), req.property('actor')))),
    new Cypher.Match(new Cypher.Pattern(o, { labels: ['Obligation'] }).related({ type: 'ADDRESSED_TO', direction: 'right' }).to(a)).where(
      Cypher.or(Cypher.isNull(req.property('resolution')), Cypher.eq(o.property('resolutionId'), req.property('resolution'))),
    ),
    new Cypher.Return(o),
  );
}

/**
 * One query for many page requests: rows `key` (as `obligationPageKey` makes it), `totalCount`
 * and `rows`, each obligation projected by `project` (default: the whole node). A request that
 * matches nothing gives no row.
 */
export function obligationPagesQuery(
  requests: readonly ObligationPageRequest[],
  project: (o: Cypher.Variable) => Cypher.Expr = nodeRowOf,
): Query {
  const req = new Cypher.Variable();
  const o = new Cypher.NamedNode('o');
  const matched = new Cypher.Variable();
  const x = new Cypher.Variable();
  const params = requests.map((request) => ({ key: obligationPageKey(request), ...request }));
  const page = slice(matched, req.property('offset'), Cypher.plus(req.property('offset'), req.property('limit')));
  return Cypher.utils.concat(
    new Cypher.Unwind([new Cypher.Param(params), req]),
    new Cypher.Call(new Cypher.Union(allObligations(req, o), actorObligations(req, o)), [req]),
    new Cypher.With(req, o).where(Cypher.or(Cypher.isNull(req.property('modalities')), Cypher.in(o.property('modality'), req.property('modalities')))),
    new Cypher.With(req, o).orderBy(...obligationOrder(o)),
    new Cypher.With(req, [Cypher.collect(o), matched]),
    new Cypher.Return(
      [req.property('key'), new Cypher.NamedVariable('key')],
      [Cypher.size(matched), new Cypher.NamedVariable('totalCount')],
      [new Cypher.ListComprehension(x).in(page).map(project(x)), new Cypher.NamedVariable('rows')],
    ),
  ).build();
}

/** A page of the obligations of one actor or one resolution (the node a prefetch row is). */
export interface ObligationPageOf {
  by: 'actor' | 'resolution';
  includeSubordinates: boolean;
  modalities: Modality[] | null;
  offset: number;
  limit: number;
}

/** The obligations of the node `v`, an actor (with its subordinates or not) or a resolution. */
function obligationsOf(v: Cypher.Variable, page: ObligationPageOf, o: Cypher.Node): Cypher.Clause[] {
  const modalities = page.modalities ? Cypher.in(o.property('modality'), new Cypher.Param(page.modalities)) : undefined;
  if (page.by === 'resolution') {
    const match = new Cypher.Match(new Cypher.Pattern(o, { labels: ['Obligation'], properties: { resolutionId: v.property('id') } }));
    return [modalities ? match.where(modalities) : match];
  }
  const a = new Cypher.Node();
  const addressee = page.includeSubordinates ? a : v;
  const hierarchy = page.includeSubordinates
    ? [
        new Cypher.Match(
          new Cypher.Pattern(v).related({ type: 'PART_OF', direction: 'left', length: { min: 0, max: 20 } }).to(a, { labels: ['Actor'] }),
        ),
      ]
    : [];
  const match = new Cypher.Match(
    new Cypher.Pattern(o, { labels: ['Obligation'] }).related({ type: 'ADDRESSED_TO', direction: 'right' }).to(addressee),
  );
  return [...hierarchy, modalities ? match.where(modalities) : match, new Cypher.With(o).distinct()];
}

/**
 * The page `page` of the obligations of the node `v` (an actor or a resolution) as one map:
 * `key` (a parameter, for the resolver to find its page), `totalCount` and `rows` (each
 * projected by `project`), in the order of `obligationPagesQuery`. Offset, limit and
 * modalities are parameters.
 */
export function obligationPageExpression(
  v: Cypher.Variable,
  page: ObligationPageOf,
  key: string,
  project: (o: Cypher.Variable) => Cypher.Expr,
): Cypher.Expr {
  const o = new Cypher.Node();
  const matched = new Cypher.Variable();
  const x = new Cypher.Variable();
  const ordered = new Cypher.Collect(
    Cypher.utils.concat(...obligationsOf(v, page, o), new Cypher.With(o).orderBy(...obligationOrder(o)), new Cypher.Return(o)),
  );
  const offset = new Cypher.Param(page.offset);
  const rows = new Cypher.ListComprehension(x).in(slice(matched, offset, Cypher.plus(offset, new Cypher.Param(page.limit)))).map(project(x));
  const map = new Cypher.Map({ key: new Cypher.Param(key), totalCount: Cypher.size(matched), rows });
  return Cypher.head(new Cypher.ListComprehension(matched).in(new Cypher.List([ordered])).map(map));
}

/**
 * What the citation of the obligation `o` is made of, as one map (null when it states nothing):
 * the resolution and the meeting that adopted its loaded text, the section's kind and its
 * heading's addressees, the paragraph's label (and its parent's) or the programme's number.
 */
export function obligationCitationExpression(o: Cypher.Variable): Cypher.Expr {
  const [s, r, t, sec, parent, programme, x] = Array.from({ length: 7 }, () => new Cypher.Node());
  const a = new Cypher.Relationship();
  const byId = (node: Cypher.Node, label: string, id: Cypher.Expr) =>
    new Cypher.OptionalMatch(new Cypher.Pattern(node, { labels: [label], properties: { id } }));
  const isProvision = s.hasLabel('Provision');
  const addressees = new Cypher.Collect(
    Cypher.utils.concat(
      new Cypher.Match(new Cypher.Pattern(sec).related(a, { type: 'ADDRESSED_TO', direction: 'right' }).to(x, { labels: ['Actor'] })),
      new Cypher.With(x).orderBy(
        Cypher.coalesce(a.property('order'), a.property('ordinal'), a.property('position'), ZERO),
        x.property('id'),
      ),
      new Cypher.Return(new Cypher.MapProjection(x, ['id', 'kind', 'nameZh', 'nameEn'])),
    ),
  );
  const parts = new Cypher.Map({
    id: o.property('id'),
    assembly: r.property('assembly'),
    number: r.property('number'),
    textYear: t.property('year'),
    textCityZh: t.property('cityZh'),
    textCityEn: t.property('cityEn'),
    textRevised: Cypher.and(Cypher.isNotNull(t), Cypher.not(new Cypher.Exists(new Cypher.Pattern(r).related({ type: 'ADOPTED_AT', direction: 'right' }).to(t)))),
    sourceLabel: new Cypher.Case().when(isProvision).then(new Cypher.Param('Provision')).else(new Cypher.Param('AnnexItem')),
    sectionKind: sec.property('kind'),
    sectionFurther: sec.property('further'),
    addressees,
    label: s.property('label'),
    parentLabel: new Cypher.Case().when(isProvision).then(parent.property('label')),
    programmeNumber: programme.property('number'),
  });
  return Cypher.head(
    new Cypher.Collect(
      Cypher.utils.concat(
        new Cypher.Match(new Cypher.Pattern(o).related({ type: 'STATED_IN', direction: 'right' }).to(s)),
        new Cypher.Match(new Cypher.Pattern(r, { labels: ['Resolution'], properties: { id: o.property('resolutionId') } })),
        new Cypher.OptionalMatch(new Cypher.Pattern(r).related({ type: 'TEXT_ADOPTED_BY', direction: 'right' }).to(t, { labels: ['Meeting'] })),
        byId(sec, 'Section', s.property('sectionId')),
        byId(parent, 'Provision', s.property('parentId')),
        byId(programme, 'Programme', s.property('programmeId')),
        new Cypher.Return(parts),
      ),
    ),
  );
}

/** The citations of many obligations: one row `row` per known obligation id that states something. */
export function obligationCitationQuery(ids: readonly string[]): Query {
  const id = new Cypher.Variable();
  const o = new Cypher.Node();
  const row = new Cypher.NamedVariable('row');
  return Cypher.utils.concat(
    new Cypher.Unwind([new Cypher.Param([...ids]), id]),
    new Cypher.Match(new Cypher.Pattern(o, { labels: ['Obligation'], properties: { id } })),
    new Cypher.With([obligationCitationExpression(o), row]).where(Cypher.isNotNull(row)),
    new Cypher.Return(row),
  ).build();
}
