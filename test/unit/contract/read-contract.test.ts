import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readContract } from '../../contract/read-contract';

function contractDir(operations: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'contract-'));
  for (const [name, query] of Object.entries(operations)) {
    fs.writeFileSync(path.join(dir, `${name}.graphql`), query);
    fs.writeFileSync(path.join(dir, `${name}.variables.json`), '[{}]');
  }
  return dir;
}

describe('the contract reader', () => {
  it('reads the shared operations and adds the repository’s own, the shared file winning a name', () => {
    const shared = contractDir({ '01-a': 'query A { shared }', '02-b': 'query B { shared }' });
    const own = contractDir({ '01-a': 'query A { copy }', '03-c': 'query C { own }' });
    expect(readContract([shared, own]).map((op) => [op.file, op.query])).toEqual([
      ['01-a.graphql', 'query A { shared }'],
      ['02-b.graphql', 'query B { shared }'],
      ['03-c.graphql', 'query C { own }'],
    ]);
  });

  it('holds every operation of the repository whether or not a shared contract is beside it', () => {
    const own = path.resolve(__dirname, '../../contract/operations');
    const names = readContract().map((op) => op.file);
    for (const file of fs.readdirSync(own).filter((f) => f.endsWith('.graphql'))) expect(names).toContain(file);
  });
});
