/**
 * The Cypher projection shared by every builder: a node as a row (its properties and
 * `nodeLabel`, the label beside `Entity`), so that every loader returns the same shape.
 */

/** `n {.*, nodeLabel: ...}` for the variable `v`. */
export function nodeRow(v: string): string {
  return `${v} {.*, nodeLabel: head([l IN labels(${v}) WHERE l <> 'Entity'])}`;
}
