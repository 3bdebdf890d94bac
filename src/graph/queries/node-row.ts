/**
 * The Cypher projection shared by the statements written as text (neighbourhood, exports): a
 * node as a row (its properties and `nodeLabel`, the label beside `Entity`), the same shape as
 * `nodeRowOf` (./cypher.ts) gives the built ones. Its one constant is a parameter: a statement
 * that uses it adds NODE_ROW_PARAMS to its own.
 */

export const NODE_ROW_PARAMS = { entityLabel: 'Entity' } as const;

/** The label of the node `v` beside `Entity`. */
export function nodeLabel(v: string): string {
  return `head([l IN labels(${v}) WHERE l <> $entityLabel])`;
}

/** `n {.*, nodeLabel: ...}` for the variable `v`. */
export function nodeRow(v: string): string {
  return `${v} {.*, nodeLabel: ${nodeLabel(v)}}`;
}
