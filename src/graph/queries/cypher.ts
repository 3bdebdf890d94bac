/**
 * What the statements are built from: `@neo4j/cypher-builder` syntax trees, in which every
 * variable gets its name when the statement is built (never by renaming text) and every value is
 * a parameter, so that one shape of statement is one text, which Neo4j plans once.
 *
 * Besides the request's values, the few constants the statements compare with (the label every
 * node has, the ranks of an order) are parameters too: the text of a statement holds no literal
 * at all, except the bounds of a variable-length pattern, which Cypher does not take as parameters.
 */
import Cypher from '@neo4j/cypher-builder';

export { Cypher };

/**
 * A value as a parameter, null included: the builder writes a null `Param` as the literal NULL,
 * which would make the text depend on the value (an unset filter, a null resolution).
 */
class ValueParam<T> extends Cypher.Param<T> {
  override get isNull(): boolean {
    return false;
  }
}

export function param<T>(value: T): Cypher.Param<T> {
  return new ValueParam(value);
}

/** A constant as a parameter of its own name, the same in every statement. */
function constant<T>(name: string, value: T): Cypher.NamedParam {
  return new Cypher.NamedParam(name, value);
}

export const ENTITY_LABEL = constant('entityLabel', 'Entity');
export const ZERO = constant('zero', 0);
export const ONE = constant('one', 1);
export const TWO = constant('two', 2);

/**
 * `list[from..to]` with expressions as bounds, and `container[key]` with an expression as key:
 * cypher-builder's `listRange` and `listIndex` take only numbers, which would put values in the
 * text. Both compile their parts through the builder, so names and parameters stay its own.
 */
export function slice(list: Cypher.Expr, from: Cypher.Expr, to: Cypher.Expr): Cypher.Raw {
  return new Cypher.Raw((context) => `${context.compile(list)}[${context.compile(from)}..${context.compile(to)}]`);
}

/** The `limit` items of `list` from `offset`: `list[offset..offset + limit]`. */
export function page(list: Cypher.Expr, offset: Cypher.Expr, limit: Cypher.Expr): Cypher.Raw {
  return slice(list, offset, Cypher.plus(offset, limit));
}

export function valueAt(container: Cypher.Expr, key: Cypher.Expr): Cypher.Raw {
  return new Cypher.Raw((context) => `${context.compile(container)}[${context.compile(key)}]`);
}

/** A boolean expression (a parameter, a property) as a predicate: `WHERE $flag`. */
export function holds(value: Cypher.Expr): Cypher.Raw {
  return new Cypher.Raw((context) => context.compile(value));
}

/** The label of the node `v` beside `Entity`. */
export function nodeLabelOf(v: Cypher.Variable): Cypher.Expr {
  const label = new Cypher.Variable();
  return Cypher.head(new Cypher.ListComprehension(label).in(Cypher.labels(v)).where(Cypher.neq(label, ENTITY_LABEL)));
}

/** The node `v` as a row: all its properties and `nodeLabel`. */
export function nodeRowOf(v: Cypher.Variable): Cypher.MapProjection {
  return new Cypher.MapProjection(v, '*', { nodeLabel: nodeLabelOf(v) });
}
