/**
 * The Cypher projection shared by every builder: a node as a row (its properties and
 * `nodeLabel`, the label beside `Entity`), so that every loader returns the same shape.
 */

/** The label of the node `v` beside `Entity`. */
export function nodeLabel(v: string): string {
  return `head([l IN labels(${v}) WHERE l <> 'Entity'])`;
}

/** `n {.*, nodeLabel: ...}` for the variable `v`. */
export function nodeRow(v: string): string {
  return `${v} {.*, nodeLabel: ${nodeLabel(v)}}`;
}
