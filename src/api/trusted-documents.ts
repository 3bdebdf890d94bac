/**
 * Trusted documents: the operations this project's own clients send — the shared contract
 * operations (test/contract/operations) and the explorer's documents (explorer/operations) —
 * kept as a manifest in Apollo's persisted-query manifest format
 * (`src/api/__generated__/trusted-documents.json`, written by `npm run codegen`).
 *
 * Each manifest entry is one operation with the fragments it uses, printed by graphql-js; its id
 * is the SHA-256 of that text, so a client built from the manifest may send the id alone (as an
 * automatic-persisted-query hash) and the server already knows the document. With
 * TRUSTED_DOCUMENTS_ONLY=true, any other document is refused. A document counts as trusted when
 * it is the same operation up to layout, comments, the order of fragments and `__typename`
 * fields (Apollo Client and urql add those to every selection set before sending).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ApolloServerPlugin } from '@apollo/server';
import { InMemoryLRUCache, type KeyValueCache, type KeyValueCacheSetOptions } from '@apollo/utils.keyvaluecache';
import {
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type OperationDefinitionNode,
  OperationTypeNode,
  parse,
  print,
  visit,
} from 'graphql';
import manifestJson from './__generated__/trusted-documents.json';

export const MANIFEST_FILE = path.join(__dirname, '__generated__', 'trusted-documents.json');

/** Folders (from the repository root) whose *.graphql files are trusted documents. */
export const DOCUMENT_DIRS = ['test/contract/operations', 'explorer/operations'];

export interface ManifestOperation {
  /** SHA-256 (hex) of `body`. */
  id: string;
  name: string;
  type: 'query';
  body: string;
  /** The file it was read from, relative to the repository root. */
  source: string;
}

export interface Manifest {
  format: 'apollo-persisted-query-manifest';
  version: 1;
  operations: ManifestOperation[];
}

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Every operation of every *.graphql file under DOCUMENT_DIRS, in path order. */
export function buildManifest(rootDir: string): Manifest {
  const operations: ManifestOperation[] = [];
  for (const dir of DOCUMENT_DIRS) {
    const absolute = path.join(rootDir, dir);
    if (!fs.existsSync(absolute)) continue;
    for (const file of fs
      .readdirSync(absolute)
      .filter((name) => name.endsWith('.graphql'))
      .sort()) {
      const source = `${dir}/${file}`;
      const document = parse(fs.readFileSync(path.join(absolute, file), 'utf8'));
      for (const operation of document.definitions.filter(isOperation)) {
        if (!operation.name)
          throw new Error(`expected every operation in ${source} to have a name, found an anonymous one`);
        if (operation.operation !== OperationTypeNode.QUERY)
          throw new Error(`expected only queries in ${source}, found a ${operation.operation}`);
        const body = print(operationDocument(document, operation));
        operations.push({ id: sha256(body), name: operation.name.value, type: 'query', body, source });
      }
    }
  }
  const names = new Set<string>();
  for (const { name, source } of operations) {
    if (names.has(name))
      throw new Error(
        `expected operation names to be unique across the trusted documents, found ${name} twice (again in ${source})`,
      );
    names.add(name);
  }
  return { format: 'apollo-persisted-query-manifest', version: 1, operations };
}

/** The committed manifest: imported, so that a build (tsc into dist/) carries it along. */
export const TRUSTED_MANIFEST = manifestJson as Manifest;

export function readManifest(file = MANIFEST_FILE): Manifest {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest;
}

/**
 * What makes two documents the same operation: the selected operation and the fragments it
 * uses, fragments in name order, without `__typename` fields, printed by graphql-js.
 */
export function operationKey(document: DocumentNode, operationName?: string | null): string | null {
  const operations = document.definitions.filter(isOperation);
  const operation = operationName
    ? operations.find((op) => op.name?.value === operationName)
    : operations.length === 1
      ? operations[0]
      : undefined;
  if (!operation) return null;
  return sha256(print(withoutTypename(operationDocument(document, operation))));
}

/**
 * The APQ cache Apollo Server uses, with the manifest's documents already in it (under Apollo's
 * `apq:` prefix), so that their ids work without being registered first and never expire.
 */
export class ManifestFirstCache implements KeyValueCache<string> {
  private readonly known: Map<string, string>;
  constructor(
    manifest: Manifest,
    private readonly rest: KeyValueCache<string> = new InMemoryLRUCache<string>(),
  ) {
    this.known = new Map(manifest.operations.map((op) => [`apq:${op.id}`, op.body]));
  }
  async get(key: string): Promise<string | undefined> {
    return this.known.get(key) ?? (await this.rest.get(key));
  }
  async set(key: string, value: string, options?: KeyValueCacheSetOptions): Promise<void> {
    if (!this.known.has(key)) await this.rest.set(key, value, options);
  }
  async delete(key: string): Promise<boolean | void> {
    return this.rest.delete(key);
  }
}

/** The error for a document outside the manifest while only trusted documents run. */
export class UntrustedDocumentError extends GraphQLError {
  constructor() {
    super(
      'this server runs only its trusted documents (TRUSTED_DOCUMENTS_ONLY); the operation sent is not one of them',
      {
        extensions: { code: 'PERSISTED_QUERY_NOT_IN_LIST', http: { status: 400 } },
      },
    );
  }
}

/** Refuses, once the operation is known and before it runs, any document not in the manifest. */
export function trustedDocumentsOnly(manifest: Manifest): ApolloServerPlugin {
  const trusted = new Set(manifest.operations.map((op) => operationKey(parse(op.body))));
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operationName }) {
          if (!trusted.has(operationKey(document, operationName))) throw new UntrustedDocumentError();
        },
      };
    },
  };
}

function isOperation(definition: DefinitionNode): definition is OperationDefinitionNode {
  return definition.kind === Kind.OPERATION_DEFINITION;
}

/** The operation with the fragments it uses (transitively), fragments sorted by name. */
function operationDocument(document: DocumentNode, operation: OperationDefinitionNode): DocumentNode {
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const used = new Map<string, FragmentDefinitionNode>();
  const collect = (node: OperationDefinitionNode | FragmentDefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        const fragment = fragments.get(spread.name.value);
        if (fragment && !used.has(fragment.name.value)) {
          used.set(fragment.name.value, fragment);
          collect(fragment);
        }
      },
    });
  collect(operation);
  const sorted = [...used.values()].sort((a, b) => (a.name.value < b.name.value ? -1 : 1));
  return { kind: Kind.DOCUMENT, definitions: [operation, ...sorted] };
}

function withoutTypename(document: DocumentNode): DocumentNode {
  return visit(document, {
    Field(field) {
      return field.name.value === '__typename' && !field.alias ? null : undefined;
    },
  });
}
