import path from 'node:path';
import { parse, print } from 'graphql';
import { readContract } from '../../contract/read-contract';
import { buildManifest, MANIFEST_FILE, operationKey, readManifest } from '../../../src/api/trusted-documents';

const ROOT = path.resolve(__dirname, '..', '..', '..');

describe('the trusted-document manifest', () => {
  it('is up to date with the contract operations and the explorer documents (npm run codegen)', () => {
    expect(readManifest(MANIFEST_FILE)).toEqual(buildManifest(ROOT));
  });

  it('holds every contract operation, each id the SHA-256 of its body', () => {
    const manifest = buildManifest(ROOT);
    const contract = readContract(path.join(ROOT, 'test', 'contract', 'operations'));
    const names = contract.map((op) => /query (\w+)/.exec(op.query)![1]);
    expect(names.length).toBeGreaterThanOrEqual(7);
    expect(manifest.operations.filter((op) => op.source.startsWith('test/contract/')).map((op) => op.name)).toEqual(
      names,
    );
    for (const op of manifest.operations) expect(op.id).toMatch(/^[0-9a-f]{64}$/);
  });

  it('knows an operation again whatever its layout, comments, fragment order and __typename fields', () => {
    const sent = parse(`
      # a comment
      query Q($id: ID!) { node(id: $id) { __typename ...B ...A } }
      fragment A on Node { id }
      fragment B on Node { __typename id }`);
    const trusted = parse(
      'query Q($id: ID!) { node(id: $id) { ...B ...A } } fragment B on Node { id } fragment A on Node { id }',
    );
    expect(operationKey(sent)).toBe(operationKey(trusted));
    expect(operationKey(parse(print(sent)))).toBe(operationKey(trusted));
    expect(operationKey(parse('query Q($id: ID!) { node(id: $id) { id } }'))).not.toBe(operationKey(trusted));
  });

  it('picks the named operation of a document with several, and none when the name is missing', () => {
    const document = parse('query A { __typename } query B { node(id: "x") { id } }');
    expect(operationKey(document, 'B')).toBe(operationKey(parse('query B { node(id: "x") { id } }')));
    expect(operationKey(document)).toBeNull();
  });
});
