/**
 * Obligations: pages of obligations for many filters at once (a top-level listing and the
 * obligations of each actor in a list share one query), and what it takes to cite each one.
 *
 * Order: modality strength (MODALITY_ORDER), then the stating resolution, then document order.
 */
import type { Modality } from '../../ingest/types';
import type { Query } from '../database';
import { actorPagePrefix, MODALITY_ORDER, TALLY_LABEL, tallyId, type Role, type TallyRole } from '../obligation-keys';
import { Cypher, param, holds, nodeRowOf, page, valueAt, ZERO } from './cypher';

export { MODALITY_ORDER };

/** Rank by modality, and the rank of any other: parameters, like every value. */
const MODALITY_RANK = new Cypher.NamedParam(
  'modalityRank',
  Object.fromEntries(MODALITY_ORDER.map((modality, rank) => [modality, rank])),
);
const OTHER_RANK = new Cypher.NamedParam('otherModalityRank', MODALITY_ORDER.length);

export type { Role };
export type RoleFilter = Role | 'EITHER';

const ROLE_RELATIONSHIPS: Readonly<Record<RoleFilter, readonly string[]>> = {
  ADDRESSEE: ['ADDRESSED_TO'],
  COLLABORATOR: ['IN_COLLABORATION_WITH'],
  EITHER: ['ADDRESSED_TO', 'IN_COLLABORATION_WITH'],
};

/** The role of an actor by the type of the relationship that names it: a parameter. */
const ROLE_OF_TYPE = new Cypher.NamedParam('roleOfType', {
  ADDRESSED_TO: 'ADDRESSEE',
  IN_COLLABORATION_WITH: 'COLLABORATOR',
} satisfies Record<string, Role>);

/** The relationship types of a role filter. */
export function roleRelationships(role: RoleFilter): readonly string[] {
  return ROLE_RELATIONSHIPS[role];
}

/** The relationship type pattern of a role filter: `ADDRESSED_TO|IN_COLLABORATION_WITH`. */
function roleType(role: RoleFilter): string | Cypher.LabelExpr {
  const [first, ...rest] = ROLE_RELATIONSHIPS[role];
  return rest.length === 0 ? first : Cypher.labelExpr.or(first, ...rest);
}

export interface ObligationPageRequest {
  /** Only obligations in which this actor has `role`; null: all. */
  actor: string | null;
  /** With `actor`: the role it has in them (ADDRESSEE unless asked otherwise). */
  role: RoleFilter;
  /** With `actor`: also those of the actors PART_OF it, at any depth. */
  includeSubordinates: boolean;
  /** Only these modalities; null: all. */
  modalities: Modality[] | null;
  /** true: only obligations with a condition; false: only those without; null: all. */
  conditional: boolean | null;
  /** Only obligations with a condition containing this text; null: all. */
  condition: string | null;
  /** Only obligations of this resolution; null: all. */
  resolution: string | null;
  offset: number;
  limit: number;
}

/** The cache key of a page request: equal requests share one entry. */
export function obligationPageKey(request: ObligationPageRequest): string {
  const { actor, role, includeSubordinates, modalities, conditional, condition, resolution, offset, limit } = request;
  return JSON.stringify([
    actor,
    role,
    includeSubordinates,
    modalities,
    conditional,
    condition,
    resolution,
    offset,
    limit,
  ]);
}

/** The rank of a modality in MODALITY_ORDER (strongest 0). */
function modalityRank(modality: Cypher.Expr): Cypher.Expr {
  return Cypher.coalesce(valueAt(MODALITY_RANK, modality), OTHER_RANK);
}

/** The ORDER BY keys of obligation `o`: modality strength, stating resolution, document order. */
function obligationOrder(o: Cypher.Variable): Cypher.Expr[] {
  return [modalityRank(o.property('modality')), o.property('resolutionId'), o.property('ordinal'), o.property('id')];
}

/** `value IS NULL OR test`: a filter that a null parameter turns off. */
function unlessNull(value: Cypher.Expr, test: Cypher.Predicate): Cypher.Predicate {
  return Cypher.or(Cypher.isNull(value), test);
}

/** The obligations a request without an actor asks for. */
function allObligations(req: Cypher.Variable, o: Cypher.Node): Cypher.Clause {
  return Cypher.utils.concat(
    new Cypher.With(req).where(Cypher.isNull(req.property('actor'))),
    new Cypher.Match(new Cypher.Pattern(o, { labels: ['Obligation'] })).where(
      unlessNull(req.property('resolution'), Cypher.eq(o.property('resolutionId'), req.property('resolution'))),
    ),
    new Cypher.Return(o),
  );
}

/** The obligations in which the request's actor (or, with `includeSubordinates`, any actor below it) has its role. */
function actorObligations(req: Cypher.Variable, o: Cypher.Node): Cypher.Clause {
  const a = new Cypher.Node();
  const r = new Cypher.Relationship();
  const hierarchy = new Cypher.Pattern({ labels: ['Actor'], properties: { id: req.property('actor') } })
    .related({ type: 'PART_OF', direction: 'left', length: { min: 0, max: 20 } })
    .to(a, { labels: ['Actor'] });
  const named = new Cypher.Pattern(o, { labels: ['Obligation'] })
    .related(r, { type: roleType('EITHER'), direction: 'right' })
    .to(a);
  return Cypher.utils.concat(
    new Cypher.With(req).where(Cypher.isNotNull(req.property('actor'))),
    new Cypher.Match(hierarchy).where(
      Cypher.or(holds(req.property('includeSubordinates')), Cypher.eq(a.property('id'), req.property('actor'))),
    ),
    new Cypher.Match(named).where(
      Cypher.and(
        Cypher.in(Cypher.type(r), req.property('relationships')),
        unlessNull(req.property('resolution'), Cypher.eq(o.property('resolutionId'), req.property('resolution'))),
      ),
    ),
    new Cypher.Return(o),
  );
}

/** The request's filters on the obligation `o` itself: modalities, conditional, condition text. */
function obligationFilters(req: Cypher.Variable, o: Cypher.Variable): Cypher.Predicate {
  const c = new Cypher.Variable();
  return Cypher.and(
    unlessNull(req.property('modalities'), Cypher.in(o.property('modality'), req.property('modalities'))),
    unlessNull(
      req.property('conditional'),
      // `isEmpty(c) <> conditional`: a comparison's operand cannot be another comparison (`a > b = c` chains).
      Cypher.neq(Cypher.isEmpty(o.property('conditionsZh')), req.property('conditional')),
    ),
    unlessNull(
      req.property('condition'),
      Cypher.any(c, o.property('conditionsZh'), Cypher.contains(c, req.property('condition'))),
    ),
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
  const o = new Cypher.Node();
  const matched = new Cypher.Variable();
  const x = new Cypher.Node();
  const params = requests.map((request) => ({
    key: obligationPageKey(request),
    ...request,
    relationships: roleRelationships(request.role),
  }));
  const rows = new Cypher.ListComprehension(x)
    .in(page(matched, req.property('offset'), req.property('limit')))
    .map(project(x));
  return Cypher.utils
    .concat(
      new Cypher.Unwind([param(params), req]),
      new Cypher.Call(new Cypher.Union(allObligations(req, o), actorObligations(req, o)), [req]),
      new Cypher.With(req, o).where(obligationFilters(req, o)),
      new Cypher.With(req, o).orderBy(...obligationOrder(o)),
      new Cypher.With(req, [Cypher.collect(o), matched]),
      new Cypher.Return(
        [req.property('key'), new Cypher.NamedVariable('key')],
        [Cypher.size(matched), new Cypher.NamedVariable('totalCount')],
        [rows, new Cypher.NamedVariable('rows')],
      ),
    )
    .build();
}

/**
 * Whether a page can be read from the keys and tallies the loader stores (obligation-keys.ts):
 * one actor, in one role or either, without its subordinates, conditions or a resolution.
 */
export function isIndexedPage(request: ObligationPageRequest): boolean {
  return (
    request.actor !== null &&
    !request.includeSubordinates &&
    request.conditional === null &&
    request.condition === null &&
    request.resolution === null
  );
}

/**
 * The first `end` obligations, in page order, in which the actor whose page keys start with
 * `prefix` has the role of `type`: an index range read in order.
 */
function pageKeysOf(
  type: string,
  request: { prefix: Cypher.Expr; modalities: Cypher.Expr; end: Cypher.Expr },
  o: Cypher.Node,
  pageKey: Cypher.Variable,
): Cypher.Clause {
  const r = new Cypher.Relationship();
  const named = new Cypher.Pattern(o, { labels: ['Obligation'] })
    .related(r, { type, direction: 'right' })
    .to({ labels: ['Actor'] });
  return Cypher.utils.concat(
    new Cypher.Match(named).where(
      Cypher.and(
        Cypher.startsWith(r.property('pageKey'), request.prefix),
        unlessNull(request.modalities, Cypher.in(o.property('modality'), request.modalities)),
      ),
    ),
    new Cypher.Return(o, [r.property('pageKey'), pageKey]).orderBy(pageKey).limit(Cypher.toInteger(request.end)),
  );
}

/**
 * The page of an indexed request (isIndexedPage) as obligationPagesQuery gives it (one row: `key`,
 * `totalCount`, `rows`), without touching the actor's other obligations: each role's page keys
 * are an index range in page order, of which only the first `offset + limit` are read, and
 * `totalCount` sums the actor's tallies for the role and modalities asked. Only the role asked
 * is read: its relationship type is a part of the text (one text per role), not a flag that
 * turned the other role's branch off after Neo4j had planned, and run, an index scan for it.
 */
export function indexedObligationPageQuery(
  request: ObligationPageRequest,
  project: (o: Cypher.Variable) => Cypher.Expr = nodeRowOf,
): Query {
  const actor = request.actor as string;
  const o = new Cypher.Node();
  const pageKey = new Cypher.Variable();
  const found = new Cypher.Variable();
  const x = new Cypher.Node();
  const t = new Cypher.Node();
  const totalCount = new Cypher.NamedVariable('totalCount');
  const window = {
    prefix: param(actorPagePrefix(actor)),
    modalities: param(request.modalities),
    end: param(request.offset + request.limit),
  };
  const roles: TallyRole[] = [request.role];
  const tallies = roles.flatMap((role) =>
    (request.modalities ?? MODALITY_ORDER).map((modality) => tallyId(actor, role, modality)),
  );
  const counted = Cypher.utils.concat(
    new Cypher.Match(new Cypher.Pattern(t, { labels: [TALLY_LABEL] })).where(
      Cypher.in(t.property('id'), param(tallies)),
    ),
    new Cypher.Return([Cypher.sum(t.property('count')), totalCount]),
  );
  const [first, ...others] = roleRelationships(request.role).map((type) => pageKeysOf(type, window, o, pageKey));
  return Cypher.utils
    .concat(
      new Cypher.Call(others.length === 0 ? first : new Cypher.Union(first, ...others), []),
      new Cypher.With(o, pageKey)
        .orderBy(pageKey)
        .skip(Cypher.toInteger(param(request.offset)))
        .limit(Cypher.toInteger(param(request.limit))),
      new Cypher.With([Cypher.collect(o), found]),
      new Cypher.Call(counted, []),
      new Cypher.Return([param(obligationPageKey(request)), new Cypher.NamedVariable('key')], totalCount, [
        new Cypher.ListComprehension(x).in(found).map(project(x)),
        new Cypher.NamedVariable('rows'),
      ]),
    )
    .build();
}

/** A page of the obligations of one actor or one resolution (the node a prefetch row is). */
export interface ObligationPageOf {
  by: 'actor' | 'resolution';
  /** With by 'actor': its role in them. */
  role: RoleFilter;
  includeSubordinates: boolean;
  modalities: Modality[] | null;
  offset: number;
  limit: number;
}

/**
 * The obligations of the node `v`, an actor (with its subordinates or not, in its role) or a
 * resolution. Role, subordinates and modalities are parameters, not parts of the pattern: the
 * page of every actor has one text whatever it asks for.
 */
function obligationsOfNode(v: Cypher.Node, load: ObligationPageOf, o: Cypher.Node): Cypher.Clause[] {
  const modalities = param(load.modalities);
  const ofModality = unlessNull(modalities, Cypher.in(o.property('modality'), modalities));
  if (load.by === 'resolution') {
    const match = new Cypher.Match(
      new Cypher.Pattern(o, { labels: ['Obligation'], properties: { resolutionId: v.property('id') } }),
    );
    return [match.where(ofModality)];
  }
  const a = new Cypher.Node();
  const r = new Cypher.Relationship();
  const hierarchy = new Cypher.Pattern(v)
    .related({ type: 'PART_OF', direction: 'left', length: { min: 0, max: 20 } })
    .to(a, { labels: ['Actor'] });
  const named = new Cypher.Pattern(o, { labels: ['Obligation'] })
    .related(r, { type: roleType('EITHER'), direction: 'right' })
    .to(a);
  return [
    new Cypher.Match(hierarchy).where(Cypher.or(holds(param(load.includeSubordinates)), Cypher.eq(a, v))),
    new Cypher.Match(named).where(
      Cypher.and(Cypher.in(Cypher.type(r), param(roleRelationships(load.role))), ofModality),
    ),
    new Cypher.With(o).distinct(),
  ];
}

/**
 * The page `load` of the obligations of the node `v` (an actor or a resolution) as one map:
 * `key` (a parameter, for the resolver to find its page), `totalCount` and `rows` (each
 * projected by `project`), in the order of `obligationPagesQuery`. Offset, limit and
 * modalities are parameters.
 */
export function obligationPageExpression(
  v: Cypher.Variable,
  load: ObligationPageOf,
  key: string,
  project: (o: Cypher.Variable) => Cypher.Expr,
): Cypher.Expr {
  const o = new Cypher.Node();
  const matched = new Cypher.Variable();
  const x = new Cypher.Node();
  const ordered = new Cypher.Collect(
    Cypher.utils.concat(
      ...obligationsOfNode(v as Cypher.Node, load, o),
      new Cypher.With(o).orderBy(...obligationOrder(o)),
      new Cypher.Return(o),
    ),
  );
  const rows = new Cypher.ListComprehension(x).in(page(matched, param(load.offset), param(load.limit))).map(project(x));
  const map = new Cypher.Map({ key: param(key), totalCount: Cypher.size(matched), rows });
  return Cypher.head(new Cypher.ListComprehension(matched).in(new Cypher.List([ordered])).map(map));
}

/**
 * The citation of the obligation `o` in both languages, as one map (null when it states
 * nothing): an obligation is cited as the unit that states it — a paragraph by its own citation,
 * an annex item by its programme's — and the loader stored every unit's citation
 * (src/identifiers/unit-citations.ts, composed by the same rules, src/api/language.ts). Reading
 * the two stored strings replaced composing them per request from the resolution, its text's
 * meeting, the section's heading and addressees and the paragraph's labels: six matches per
 * obligation, a third of Neo4j's and a quarter of the server's work on a page of obligations.
 */
export function obligationCitationExpression(o: Cypher.Variable): Cypher.Expr {
  return statedUnitCitation(
    o,
    (ofUnit) =>
      new Cypher.Map({ id: o.property('id'), citationEn: ofUnit('citationEn'), citationZh: ofUnit('citationZh') }),
  );
}

/** The languages a unit's citation is stored in. */
export type CitationLang = 'EN' | 'ZH';

/**
 * The citation of the obligation `o` in `lang` alone, a string (null when it states nothing):
 * what a look-ahead fetches for `citation(lang)`, a third of the bytes of both languages and an id.
 */
export function obligationCitationTextExpression(o: Cypher.Variable, lang: CitationLang): Cypher.Expr {
  return statedUnitCitation(o, (ofUnit) => ofUnit(lang === 'EN' ? 'citationEn' : 'citationZh'));
}

/**
 * `project` of the citations stored on the unit that states `o` (its programme's, for an annex
 * item, looked up only for one): the first value, or null.
 */
function statedUnitCitation(
  o: Cypher.Variable,
  project: (ofUnit: (property: string) => Cypher.Expr) => Cypher.Expr,
): Cypher.Expr {
  const s = new Cypher.Node();
  const ofProgramme = (property: string) => {
    const programme = new Cypher.Node();
    const match = new Cypher.Match(
      new Cypher.Pattern(programme, { labels: ['Programme'], properties: { id: s.property('programmeId') } }),
    );
    return Cypher.head(new Cypher.Collect(Cypher.utils.concat(match, new Cypher.Return(programme.property(property)))));
  };
  const ofUnit = (property: string) =>
    new Cypher.Case().when(s.hasLabel('AnnexItem')).then(ofProgramme(property)).else(s.property(property));
  return Cypher.head(
    new Cypher.Collect(
      Cypher.utils.concat(
        new Cypher.Match(new Cypher.Pattern(o).related({ type: 'STATED_IN', direction: 'right' }).to(s)),
        new Cypher.Return(project(ofUnit)),
      ),
    ),
  );
}

/** The citations of many obligations: one row `row` per known obligation id that states something. */
export function obligationCitationQuery(ids: readonly string[]): Query {
  const id = new Cypher.Variable();
  const o = new Cypher.Node();
  const row = new Cypher.NamedVariable('row');
  return Cypher.utils
    .concat(
      new Cypher.Unwind([param([...ids]), id]),
      new Cypher.Match(new Cypher.Pattern(o, { labels: ['Obligation'], properties: { id } })),
      new Cypher.With([obligationCitationExpression(o), row]).where(Cypher.isNotNull(row)),
      new Cypher.Return(row),
    )
    .build();
}

export interface ObligationFacetsRequest {
  actor: string;
  /** Also the obligations of the actors PART_OF it, at any depth. */
  includeSubordinates: boolean;
  /** Only obligations of this resolution; null: all. */
  resolution: string | null;
}

/**
 * How many obligations the actor has, by modality and role: rows `modality`, `role` (ADDRESSEE or
 * COLLABORATOR), `count`, strongest modality first, addressee before collaborator. An obligation
 * counts once per role the actor (or, with includeSubordinates, any actor part of it) has in it.
 */
export function obligationFacetsQuery({ actor, includeSubordinates, resolution }: ObligationFacetsRequest): Query {
  if (!includeSubordinates && resolution === null) return tallyFacetsQuery(actor);
  const actorId = param(actor);
  const resolutionId = param(resolution);
  const a = new Cypher.Node();
  const o = new Cypher.Node();
  const r = new Cypher.Relationship();
  const modality = new Cypher.NamedVariable('modality');
  const role = new Cypher.NamedVariable('role');
  const count = new Cypher.NamedVariable('count');
  const hierarchy = new Cypher.Pattern({ labels: ['Actor'], properties: { id: actorId } })
    .related({ type: 'PART_OF', direction: 'left', length: { min: 0, max: 20 } })
    .to(a, { labels: ['Actor'] });
  const named = new Cypher.Pattern(o, { labels: ['Obligation'] })
    .related(r, { type: roleType('EITHER'), direction: 'right' })
    .to(a);
  return Cypher.utils
    .concat(
      new Cypher.Match(hierarchy).where(
        Cypher.or(holds(param(includeSubordinates)), Cypher.eq(a.property('id'), actorId)),
      ),
      new Cypher.Match(named).where(unlessNull(resolutionId, Cypher.eq(o.property('resolutionId'), resolutionId))),
      new Cypher.With(o, [valueAt(ROLE_OF_TYPE, Cypher.type(r)), role]).distinct(),
      new Cypher.With([o.property('modality'), modality], role, [Cypher.count(o), count]),
      new Cypher.Return(modality, role, count).orderBy(modalityRank(modality), role),
    )
    .build();
}

/** obligationFacetsQuery's rows for one actor alone, read from the tallies the loader keeps. */
function tallyFacetsQuery(actor: string): Query {
  const t = new Cypher.Node();
  const modality = new Cypher.NamedVariable('modality');
  const role = new Cypher.NamedVariable('role');
  const count = new Cypher.NamedVariable('count');
  const roles: Role[] = ['ADDRESSEE', 'COLLABORATOR'];
  const tallies = roles.flatMap((r) => MODALITY_ORDER.map((m) => tallyId(actor, r, m)));
  return Cypher.utils
    .concat(
      new Cypher.Match(new Cypher.Pattern(t, { labels: [TALLY_LABEL] })).where(
        Cypher.and(Cypher.in(t.property('id'), param(tallies)), Cypher.gt(t.property('count'), ZERO)),
      ),
      new Cypher.Return(
        [t.property('modality'), modality],
        [t.property('role'), role],
        [t.property('count'), count],
      ).orderBy(modalityRank(modality), role),
    )
    .build();
}
