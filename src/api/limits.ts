/**
 * Limits on the shape of a request, checked before anything runs: the API is read-only, a
 * query may nest only so deep and use only so many aliases, and the parser stops at a token
 * budget. Each failure is a validation (or parse) error saying what was expected and received.
 */
import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

export const REQUEST_LIMITS = {
  /** Fields nested in one another; the deepest contract operation nests 5. */
  maxDepth: 10,
  /** Aliased fields in one document. */
  maxAliases: 20,
  /** Tokens the parser reads before giving up; the contract operations use under 200. */
  maxTokens: 2_000,
} as const;

/** Only queries: there is nothing to mutate or subscribe to. */
export function readOnlyRule(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(node) {
      if (node.operation !== 'query') {
        context.reportError(
          new GraphQLError(`expected a query operation (the API is read-only), got a ${node.operation}`, { nodes: [node] }),
        );
      }
    },
  };
}

function selectionDepth(
  set: SelectionSetNode | undefined,
  fragments: Map<string, FragmentDefinitionNode>,
  visiting: Set<string>,
): number {
  if (!set) return 0;
  let deepest = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      deepest = Math.max(deepest, 1 + selectionDepth(selection.selectionSet, fragments, visiting));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, selectionDepth(selection.selectionSet, fragments, visiting));
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (!fragment || visiting.has(name)) continue;
      visiting.add(name);
      deepest = Math.max(deepest, selectionDepth(fragment.selectionSet, fragments, visiting));
      visiting.delete(name);
    }
  }
  return deepest;
}

/** Fields may nest at most `max` deep (fragments counted where they are spread). */
export function depthLimitRule(max: number = REQUEST_LIMITS.maxDepth) {
  return (context: ValidationContext): ASTVisitor => {
    const document = context.getDocument();
    const fragments = new Map(
      document.definitions
        .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
        .map((d) => [d.name.value, d]),
    );
    return {
      OperationDefinition(node) {
        const depth = selectionDepth(node.selectionSet, fragments, new Set());
        if (depth > max) {
          context.reportError(new GraphQLError(`expected fields nested at most ${max} deep, got a depth of ${depth}`, { nodes: [node] }));
        }
      },
    };
  };
}

/** At most `max` aliased fields in the document. */
export function aliasLimitRule(max: number = REQUEST_LIMITS.maxAliases) {
  return (context: ValidationContext): ASTVisitor => {
    let aliases = 0;
    return {
      Field(node) {
        if (node.alias) aliases += 1;
      },
      Document: {
        leave(node) {
          if (aliases > max) {
            context.reportError(new GraphQLError(`expected at most ${max} aliased fields, got ${aliases}`, { nodes: [node] }));
          }
        },
      },
    };
  };
}

export const validationRules = [readOnlyRule, depthLimitRule(), aliasLimitRule()];
