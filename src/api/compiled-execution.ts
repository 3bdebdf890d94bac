/**
 * Execution of an operation compiled to JavaScript (graphql-jit) instead of interpreted by
 * graphql-js, once its document has been seen often enough to be worth compiling. graphql-js's
 * `execute` walks the document and the schema anew for every request: it collects each object's
 * fields, coerces each field's arguments and checks each value's type at run time. A compiled
 * operation does that walk once, into a function that then only calls resolvers and shapes
 * their values.
 *
 * Contract: `execute` returns what graphql-js's `execute` returns for the same request.
 * - A document is compiled the `compileAfter`-th time it is seen (by Apollo's query hash and the
 *   operation's name); until then, and for a document graphql-jit cannot compile, graphql-js
 *   runs it. A first-seen selection thus pays no compilation.
 * - A request whose variables do not coerce runs through graphql-js as well (no resolver has run
 *   then), so that its errors are graphql-js's own, which Apollo answers with a 400.
 * - Compiled operations are kept least recently used first, up to `maxOperations`.
 */
import { execute, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';

export interface CompiledExecutionOptions {
  /** How many times a document is seen before it is compiled (Infinity: never). */
  compileAfter: number;
  /** Compiled operations kept (default 200: the contract has 13, a frontend a few dozen). */
  maxOperations?: number;
}

export interface ExecutionRequest {
  /** What identifies the document: Apollo's query hash. */
  documentKey: string;
  document: DocumentNode;
  operationName?: string | null;
  variables?: Record<string, unknown>;
  context: unknown;
}

export interface CompiledExecutionStats {
  /** Operations compiled. */
  compiled: number;
  /** Requests run by graphql-js. */
  interpreted: number;
  /** Operations graphql-jit could not compile (run by graphql-js). */
  notCompiled: number;
}

/** A document graphql-jit refused: run by graphql-js from then on. */
const NOT_COMPILED = 'not compiled';

export class CompiledExecution {
  private readonly sightings: LRUCache<string, number>;
  private readonly operations: LRUCache<string, CompiledQuery | typeof NOT_COMPILED>;
  private readonly compileAfter: number;
  private readonly counts: CompiledExecutionStats = { compiled: 0, interpreted: 0, notCompiled: 0 };

  constructor(
    private readonly schema: GraphQLSchema,
    options: CompiledExecutionOptions,
  ) {
    const max = options.maxOperations ?? 200;
    this.compileAfter = options.compileAfter;
    this.sightings = new LRUCache({ max: 4 * max });
    this.operations = new LRUCache({ max });
  }

  async execute(request: ExecutionRequest): Promise<ExecutionResult> {
    const operation = this.operationOf(request);
    if (operation) {
      const { data, errors } = await operation.query(undefined, request.context, request.variables ?? {});
      // graphql-js's shape, errors first, so that the answer's text is the same too
      if (data !== undefined) return errors?.length ? { errors, data } : { data };
    }
    this.counts.interpreted += 1;
    return execute({
      schema: this.schema,
      document: request.document,
      operationName: request.operationName,
      variableValues: request.variables,
      contextValue: request.context,
    });
  }

  /** The compiled operation of the request, once its document has been seen often enough; otherwise null. */
  private operationOf({ documentKey, document, operationName }: ExecutionRequest): CompiledQuery | null {
    const key = `${documentKey}\u0000${operationName ?? ''}`;
    let operation = this.operations.get(key);
    if (operation === undefined) {
      const seen = (this.sightings.get(key) ?? 0) + 1;
      if (seen < this.compileAfter) {
        this.sightings.set(key, seen);
        return null;
      }
      this.sightings.delete(key);
      const compiled = compileQuery(this.schema, document, operationName ?? undefined);
      operation = isCompiledQuery(compiled) ? compiled : NOT_COMPILED;
      this.counts[operation === NOT_COMPILED ? 'notCompiled' : 'compiled'] += 1;
      this.operations.set(key, operation);
    }
    return operation === NOT_COMPILED ? null : operation;
  }

  get stats(): CompiledExecutionStats {
    return { ...this.counts };
  }
}
