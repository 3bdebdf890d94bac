/**
 * Limits on the shape of a request, checked before anything runs, by GraphQL Armor: depth,
 * aliases, directives and a static cost, field suggestions hidden in production; tokens by the
 * graphql-js parser itself.
 * On top of it, the API is read-only. Every rejection names the limit it hit; the values come
 * from the environment (src/config.ts) and are documented in the README.
 */
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, OperationTypeNode, type ASTVisitor, type ValidationContext } from 'graphql';

export interface RequestLimits {
  /** Fields nested in one another (fragments flattened); the deepest contract operation nests 5. */
  maxDepth: number;
  /** Aliased fields in one operation. */
  maxAliases: number;
  /** Directives in one operation. */
  maxDirectives: number;
  /** Tokens the parser reads before giving up; the contract operations use under 200. */
  maxTokens: number;
  /** Static cost (objects 2, scalars 1, times 1.5 per level of depth); the contract operations cost 23 to 1,062. */
  maxCost: number;
  /**
   * Graph nodes an operation may return, aliases × page sizes × nesting (node-budget.ts). The
   * largest operations the explorer and the contract send count 2,001 (a neighbourhood of
   * depth 3 and limit 500), 1,535 (the annex reader) and 1,016 (an actor's page of 100).
   */
  maxNodes: number;
  /** Past this many nodes (or with a full introspection) a request takes the admission queue's heavy lane. */
  heavyNodes: number;
}

export const DEFAULT_LIMITS: RequestLimits = {
  maxDepth: 10,
  maxAliases: 20,
  maxDirectives: 20,
  maxTokens: 2_000,
  maxCost: 5_000,
  // The explorer's deepest graph counts 2,001, and any two walks of depth 3 at least 2,002 (each
  // 1 + WALK_FANOUT ** 3, whatever it selects): an operation holds one.
  maxNodes: 2_001,
  heavyNodes: 250,
};

/** Only queries: there is nothing to mutate or subscribe to. */
export function readOnlyRule(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(node) {
      if (node.operation !== OperationTypeNode.QUERY) {
        context.reportError(
          new GraphQLError(`expected a query operation (the API is read-only), got a ${node.operation}`, {
            nodes: [node],
          }),
        );
      }
    },
  };
}

/**
 * GraphQL Armor's Apollo protection for these limits: validation rules, plugins, no batched
 * HTTP requests, no stack traces in responses.
 */
export function armorProtection(limits: RequestLimits, options: { production: boolean }) {
  return new ApolloArmor({
    maxDepth: { n: limits.maxDepth, flattenFragments: true, exposeLimits: true },
    maxAliases: { n: limits.maxAliases, exposeLimits: true },
    maxDirectives: { n: limits.maxDirectives, exposeLimits: true },
    // The token limit is graphql-js's own parser option (parseOptions.maxTokens, set by
    // createApolloServer): Armor's Apollo plugin for it re-parses in a hook, which turns a
    // syntax error into a 500.
    maxTokens: { enabled: false },
    costLimit: { maxCost: limits.maxCost, exposeLimits: true },
    blockFieldSuggestion: { enabled: options.production },
  }).protect();
}
