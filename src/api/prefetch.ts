/**
 * Look-ahead: from the selection set of a root field, the prefetch tree of everything its
 * resolvers will load and read below it (src/graph/queries/prefetch.ts), so that the root
 * field's one statement fetches it all and each row carries what its resolvers need: one round
 * trip for the whole field instead of one per level.
 *
 * What each field loads and reads comes from its declaration (./fields.ts), the same one its
 * resolver comes from: a field without one reads the row's property of its name, as graphql-js's
 * default resolver does.
 */
import {
  getArgumentValues,
  getNamedType,
  isAbstractType,
  isInterfaceType,
  isObjectType,
  Kind,
  type GraphQLNamedType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import { addLoad, emptyTree, limitTree, NODE_LABEL, type PrefetchTree } from '../graph/queries/prefetch';
import { fieldDeclaration, type Field } from './fields';

/**
 * The most loads one statement prefetches (nearest the root first; the contract operations need
 * at most 9). Beyond that, Neo4j takes longer to plan the statement than the loaders take.
 */
export const MAX_PREFETCHED_LOADS = 32;

function hasLoads(field: Field): boolean {
  return field.value !== undefined || field.uses !== undefined || field.same === true;
}

/** Adds what one selected field loads and reads, and what its own selection below needs. */
function collectField(
  info: GraphQLResolveInfo,
  field: Field,
  fieldType: GraphQLNamedType,
  args: () => Record<string, unknown>,
  selectionSet: SelectionSetNode | undefined,
  tree: PrefetchTree,
  visited: Set<string>,
): void {
  if (field.same) collect(info, fieldType, selectionSet, tree, visited);
  const valueLoad = typeof field.value === 'function' ? field.value(args()) : field.value;
  if (valueLoad) {
    collect(info, fieldType, selectionSet, addLoad(tree, valueLoad), visited);
  }
  for (const path of field.uses?.(args()) ?? []) {
    const used = [path].flat().reduce(addLoad, tree);
    if (field.usesProps) for (const prop of field.usesProps) used.props.add(prop);
    else used.all = true;
  }
}

/**
 * Adds to `tree` what the fields selected in `selectionSet` on `type` load and read, through
 * fragment spreads and inline fragments (each on its own type condition, so that an interface's
 * selection collects the loads of every type it names). Rows of an interface carry their label,
 * which `__resolveType` reads. Directives are not evaluated: a field under @skip is prefetched
 * all the same, which costs a little and changes no answer.
 */
function collect(
  info: GraphQLResolveInfo,
  type: GraphQLNamedType,
  selectionSet: SelectionSetNode | undefined,
  tree: PrefetchTree,
  visited: Set<string>,
): void {
  if (!selectionSet || !(isObjectType(type) || isInterfaceType(type))) return;
  if (isAbstractType(type)) tree.props.add(NODE_LABEL);
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      const condition = selection.typeCondition ? info.schema.getType(selection.typeCondition.name.value) : type;
      if (condition) collect(info, condition, selection.selectionSet, tree, visited);
    } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = info.fragments[selection.name.value];
      if (!fragment || visited.has(selection.name.value)) continue;
      const condition = info.schema.getType(fragment.typeCondition.name.value);
      if (condition) collect(info, condition, fragment.selectionSet, tree, new Set([...visited, selection.name.value]));
    } else {
      const name = selection.name.value;
      const schemaField = type.getFields()[name];
      if (!schemaField) continue;
      const field = fieldDeclaration(type.name, name) ?? {};
      let values: Record<string, unknown> | undefined;
      const args = () => (values ??= getArgumentValues(schemaField, selection, info.variableValues));
      const reads = typeof field.reads === 'function' ? field.reads(args()) : field.reads;
      for (const prop of reads ?? (hasLoads(field) ? [] : [name])) tree.props.add(prop);
      if (!hasLoads(field)) continue;
      collectField(info, field, getNamedType(schemaField.type), args, selection.selectionSet, tree, visited);
    }
  }
}

/** What the resolvers below the field being resolved will load and read, from the rows of its value. */
export function prefetchTree(info: GraphQLResolveInfo, maxLoads = MAX_PREFETCHED_LOADS): PrefetchTree {
  const tree = emptyTree();
  const type = getNamedType(info.returnType);
  for (const node of info.fieldNodes) collect(info, type, node.selectionSet, tree, new Set());
  limitTree(tree, maxLoads);
  return tree;
}
