/**
 * The contract operations frontends send: shared/contract beside the repository when it is
 * there, else the copy in test/contract/operations. One reader for the contract tests, the
 * schema and limits tests, the soak test and the benchmark.
 */
import fs from 'node:fs';
import path from 'node:path';

const SHARED = path.resolve(__dirname, '../../../shared/contract');

export const CONTRACT_DIR =
  process.env.CONTRACT_DIR ?? (fs.existsSync(SHARED) ? SHARED : path.join(__dirname, 'operations'));

export interface ContractOperation {
  /** The file's name, e.g. `03-obligations.graphql`. */
  file: string;
  /** The file's name without extension, e.g. `03-obligations`. */
  name: string;
  query: string;
  variableSets: Record<string, unknown>[];
}

/** Every operation with its variable sets, in file-name order. */
export function readContract(dir = CONTRACT_DIR): ContractOperation[] {
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.graphql$/, '');
      return {
        file,
        name,
        query: fs.readFileSync(path.join(dir, file), 'utf8'),
        variableSets: JSON.parse(fs.readFileSync(path.join(dir, `${name}.variables.json`), 'utf8')) as Record<
          string,
          unknown
        >[],
      };
    });
}
