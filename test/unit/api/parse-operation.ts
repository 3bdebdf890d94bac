import { Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';

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
