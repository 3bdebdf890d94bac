import {
  buildSchema,
  Kind,
  parse,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { loadTypeDefs } from '../../../src/api';

/** The first operation of a document and its fragments by name, as graphql-js hands them to the server's plugins. */
export function parseOperation(query: string): {
  operation: OperationDefinitionNode;
  fragments: Record<string, FragmentDefinitionNode>;
} {
  const document = parse(query);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  if (!operation) throw new Error(`expected an operation in ${query}`);
  const fragments = Object.fromEntries(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  return { operation, fragments };
}

let apiSchema: GraphQLSchema | undefined;

/**
 * The info graphql-js gives the resolver of the first root field of `query`'s first operation,
 * over the API's schema: what the look-ahead reads (its schema, fragments, field nodes, return
 * type and variables).
 */
export function rootFieldInfo(query: string, variableValues: Record<string, unknown> = {}): GraphQLResolveInfo {
  apiSchema ??= buildSchema(loadTypeDefs());
  const { operation, fragments } = parseOperation(query);
  const fieldNode = operation.selectionSet.selections[0] as FieldNode;
  const returnType = apiSchema.getQueryType()!.getFields()[fieldNode.name.value].type;
  return {
    schema: apiSchema,
    fragments,
    fieldNodes: [fieldNode],
    returnType,
    variableValues,
  } as unknown as GraphQLResolveInfo;
}
