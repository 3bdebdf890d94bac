/**
 * The Cypher projection shared by every builder: a node as a row (its properties and
 * `nodeLabel`, the label beside `Entity`), so that every loader returns the same shape.
 */
import type { Query } from '../database';

/** `n {.*, nodeLabel: ...}` for the variable `v`. */
export function nodeRow(v: string): string {
  return `${v} {.*, nodeLabel: head([l IN labels(${v}) WHERE l <> 'Entity'])}`;
}

/** Nodes by id, any label: one row per id that exists (`id`, `row`). */
export function nodesByIdQuery(ids: readonly string[]): Query {
  return {
    cypher: `UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id, ${nodeRow('n')} AS row`,
    params: { ids: [...ids] },
  };
}
