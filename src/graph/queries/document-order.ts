/**
 * Document order across the kinds of a resolution's text, as one list to sort by: the body
 * before the annex; in the body, section by section, a heading before its provisions (which
 * follow their ordinal); in the annex, its title, then programme by programme, a title before
 * its items (by ordinal). Sections and programmes are found by the ids their parts hold.
 */
import { Cypher, ONE, ZERO } from './cypher';

/** 1 when `v` has one of `labels`, else 0. */
function oneIf(v: Cypher.Node, [first, ...rest]: [string, ...string[]]): Cypher.Expr {
  const has = Cypher.or(v.hasLabel(first), ...rest.map((label) => v.hasLabel(label)));
  return new Cypher.Case().when(has).then(ONE).else(ZERO);
}

/** The `property` of the node of `label` whose id `v` holds in `key`; null when none. */
function propertyOfHeld(v: Cypher.Node, key: string, label: string, property: string): Cypher.Expr {
  const held = new Cypher.Node();
  return Cypher.head(
    new Cypher.Collect(
      new Cypher.Match(new Cypher.Pattern(held, { labels: [label], properties: { id: v.property(key) } })).return(
        held.property(property),
      ),
    ),
  );
}

/** The sort key of the text node `v` (a Section, Provision, Annex, Programme or AnnexItem). */
export function documentPosition(v: Cypher.Node): Cypher.Expr {
  const isPart = Cypher.or(v.hasLabel('Provision'), v.hasLabel('AnnexItem'));
  return new Cypher.List([
    v.property('resolutionId'),
    oneIf(v, ['Annex', 'Programme', 'AnnexItem']),
    Cypher.coalesce(
      new Cypher.Case()
        .when(v.hasLabel('Section'))
        .then(v.property('ordinal'))
        .when(v.hasLabel('Programme'))
        .then(v.property('number')),
      propertyOfHeld(v, 'sectionId', 'Section', 'ordinal'),
      propertyOfHeld(v, 'programmeId', 'Programme', 'number'),
      ZERO,
    ),
    oneIf(v, ['Provision', 'AnnexItem']),
    Cypher.coalesce(new Cypher.Case().when(isPart).then(v.property('ordinal')), ZERO),
  ]);
}
