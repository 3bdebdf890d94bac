/**
 * The cost of an operation in the graph nodes it may return, known once its variables are:
 * aliases × page sizes × nesting, refused up front (BAD_USER_INPUT naming the budget) when it
 * exceeds `maxNodes`. GraphQL Armor's static cost ignores arguments, so twenty aliased
 * `neighborhood(limit: 500)` cost it the same as one `neighborhood(limit: 1)`.
 *
 * Every object a field returns counts one node, times how many times its parent may occur.
 * A list's size is, in order: its own slicing argument (`first`, `limit`, the length of `ids`);
 * the slicing argument of the field that returned its parent object (a connection's `edges` and
 * a neighbourhood's `nodes` take their size from `first`/`limit` one level up); otherwise
 * ASSUMED_LIST_SIZE. A field that walks the graph (it takes a `depth`, like `neighborhood`)
 * also counts the nodes its walk may visit, WALK_FANOUT ** depth, whatever it returns: a walk
 * of depth 3 costs the graph around its centre even with `limit: 1`. Introspection fields are not counted here: at most one `__schema` per
 * operation is allowed (singleSchemaIntrospectionRule), and the response size cap bounds the rest.
 */
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isListType,
  Kind,
  valueFromAST,
  type ASTVisitor,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';
import { LIMITS } from './arguments';

/** The size assumed for a list no argument bounds (a resolution's sections, a section's provisions). */
export const ASSUMED_LIST_SIZE = 3;

const SLICING_ARGUMENTS = ['first', 'limit'];

/**
 * The items a walk is priced at per step from each node it reached: a walk of depth d counts
 * WALK_FANOUT ** d. In the graph of Resolution 44 (284 nodes, 737 relationships), a walk of
 * depth 2 reaches 63 nodes on average over every centre, and one of depth 3 from WTSA-44 reaches
 * 257 nodes, and returns 252 of them with the 670 relationships among them: about 10³ items, whatever
 * its limit once that passes 252. At 10 per step, two walks of depth 3 of 25 nodes or more
 * each exceed the default node budget: in `npm run bench:abuse`, four clients looping
 * two aliased walks of depth 3 pushed the normal query's p95 to 3.4-4.1x its p95 alone (the check
 * is 3x), when 8 per step and a budget of 5,000 took two of any limit.
 */
export const WALK_FANOUT = 10;

interface Walk {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  /** Fragment names being expanded, against cycles (validation refuses them, but this may run first). */
  expanding: Set<string>;
}

/** The nodes the walk of a field with a `depth` argument may visit; 0 for any other field. */
function walkSize(field: GraphQLField<unknown, unknown>, node: FieldNode, walk: Walk): number {
  const arg = field.args.find((a) => a.name === 'depth');
  if (!arg) return 0;
  const given = node.arguments?.find((argument) => argument.name.value === 'depth');
  const depth = given ? valueFromAST(given.value, arg.type, walk.variables) : arg.defaultValue;
  if (typeof depth !== 'number' || !Number.isFinite(depth)) return 0;
  // A depth outside the field's range is refused by the field itself, with a message that says so.
  return WALK_FANOUT ** Math.min(Math.max(0, depth), LIMITS.neighborhoodDepth.max);
}

/** The value of a field's slicing argument: first/limit, or the length of a list argument `ids`. */
function slicingSize(field: GraphQLField<unknown, unknown>, node: FieldNode, walk: Walk): number | null {
  for (const arg of field.args) {
    const given = node.arguments?.find((argument) => argument.name.value === arg.name);
    const value = given ? valueFromAST(given.value, arg.type, walk.variables) : arg.defaultValue;
    if (SLICING_ARGUMENTS.includes(arg.name) && typeof value === 'number' && Number.isFinite(value))
      return Math.max(0, value);
    if (arg.name === 'ids' && Array.isArray(value)) return value.length;
  }
  return null;
}

function countSelection(
  selectionSet: SelectionSetNode,
  parentType: GraphQLCompositeType,
  times: number,
  pageSize: number | null,
  walk: Walk,
): number {
  let total = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const name = selection.name.value;
      if (name.startsWith('__') || !('getFields' in parentType)) continue;
      const field = parentType.getFields()[name];
      if (!field || !selection.selectionSet) continue;
      const ownSize = slicingSize(field, selection, walk);
      const isList = isListType(getNullableType(field.type));
      const size = isList ? (ownSize ?? pageSize ?? ASSUMED_LIST_SIZE) : 1;
      const occurrences = times * size;
      const childType = getNamedType(field.type) as GraphQLCompositeType;
      total +=
        occurrences +
        times * walkSize(field, selection, walk) +
        countSelection(selection.selectionSet, childType, occurrences, isList ? null : ownSize, walk);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition
        ? (walk.schema.getType(selection.typeCondition.name.value) as GraphQLCompositeType)
        : parentType;
      if (type) total += countSelection(selection.selectionSet, type, times, pageSize, walk);
    } else {
      const name = selection.name.value;
      const fragment = walk.fragments[name];
      if (!fragment || walk.expanding.has(name)) continue;
      const type = walk.schema.getType(fragment.typeCondition.name.value) as GraphQLCompositeType | undefined;
      if (!type) continue;
      walk.expanding.add(name);
      total += countSelection(fragment.selectionSet, type, times, pageSize, walk);
      walk.expanding.delete(name);
    }
  }
  return total;
}

/** The most graph nodes the operation may return, with these variables. */
export function countNodes(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown> = {},
): number {
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;
  return countSelection(operation.selectionSet, root, 1, null, { schema, fragments, variables, expanding: new Set() });
}

/**
 * The fragments of a document by name. Apollo hands a repeated document's request the parsed
 * document it validated the first time, so they are gathered once per document.
 */
const fragmentsByDocument = new WeakMap<DocumentNode, Record<string, FragmentDefinitionNode>>();

function fragmentsOf(document: DocumentNode): Record<string, FragmentDefinitionNode> {
  let fragments = fragmentsByDocument.get(document);
  if (!fragments) {
    fragments = {};
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
    }
    fragmentsByDocument.set(document, fragments);
  }
  return fragments;
}

/** Where a request takes its turn to run (src/http/admission.ts, through the context). */
export interface AdmissionTicket {
  /**
   * Resolves when the request may run; rejects when it is refused (the server answers 503).
   * `heavyNodes`: 0 for a light request, else what it weighs in the heavy lane (its node count;
   * Infinity for one that takes the whole lane).
   */
  enter(heavyNodes: number): Promise<void>;
}

/** Whether the operation asks for the whole schema (at its root, where `__schema` may be). */
function asksForSchema(operation: OperationDefinitionNode): boolean {
  return operation.selectionSet.selections.some(
    (selection) => selection.kind === Kind.FIELD && selection.name.value === '__schema',
  );
}

/**
 * Once the operation and its variables are known: refuses it when its node count exceeds
 * `maxNodes`, else waits for its turn at the admission queue, in the heavy lane when it may
 * return more than `heavyNodes` nodes or asks for the whole schema.
 */
export function nodeBudgetPlugin<
  T extends BaseContext & { admission: AdmissionTicket | null; readOneAtATime(): void },
>(limits: { maxNodes: number; heavyNodes: number }): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, operation, document, request, contextValue }) {
          if (!operation) return;
          const count = countNodes(schema, operation, fragmentsOf(document), request.variables ?? {});
          if (count > limits.maxNodes) throw new NodeBudgetError(count, limits.maxNodes);
          // A full introspection counts no nodes here but is megabytes: it takes the heavy lane alone.
          const heavyNodes = asksForSchema(operation) ? Infinity : count > limits.heavyNodes ? count : 0;
          if (heavyNodes > 0) contextValue.readOneAtATime();
          await contextValue.admission?.enter(heavyNodes);
        },
      };
    },
  };
}

export class NodeBudgetError extends GraphQLError {
  constructor(count: number, maxNodes: number) {
    super(
      `the operation may return up to ${count} graph nodes, more than the node budget of ${maxNodes} ` +
        '(aliases × page sizes × nesting); ask for smaller pages or fewer aliases',
      { extensions: { code: 'BAD_USER_INPUT', limit: 'maxNodes', http: { status: 400 } } },
    );
  }
}

/** At most one `__schema` per operation: one full introspection is megabytes; twenty aliased ones were an attack. */
export function singleSchemaIntrospectionRule(context: ValidationContext): ASTVisitor {
  let count = 0;
  return {
    OperationDefinition: {
      enter() {
        count = 0;
      },
    },
    Field(node) {
      if (node.name.value !== '__schema') return;
      count += 1;
      if (count === 2) {
        context.reportError(
          new GraphQLError('expected at most one __schema introspection per operation, got more', { nodes: [node] }),
        );
      }
    },
  };
}
