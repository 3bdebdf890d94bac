/**
 * The contract operations frontends send: the shared contract beside the repository
 * (shared/contract) together with the repository's own operations (test/contract/operations),
 * which hold a copy of the shared ones plus those the API added since. Where both have a file of
 * the same name, the shared one is read. One reader for the contract tests, the schema and limits
 * tests, the soak test and the benchmarks.
 */
import fs from 'node:fs';
import path from 'node:path';

const SHARED = path.resolve(__dirname, '../../../shared/contract');
const OWN = path.join(__dirname, 'operations');

/** Where the operations are read from, shared first; CONTRACT_DIR replaces both. */
export const CONTRACT_DIRS: string[] = process.env.CONTRACT_DIR
  ? [process.env.CONTRACT_DIR]
  : [SHARED, OWN].filter((dir) => fs.existsSync(dir));

export interface ContractOperation {
  /** The file's name, e.g. `03-obligations.graphql`. */
  file: string;
  /** The file's name without extension, e.g. `03-obligations`. */
  name: string;
  query: string;
  variableSets: Record<string, unknown>[];
}

/** Every operation with its variable sets, in file-name order; the first directory wins a name. */
export function readContract(dirs: string | string[] = CONTRACT_DIRS): ContractOperation[] {
  const byFile = new Map<string, ContractOperation>();
  for (const dir of typeof dirs === 'string' ? [dirs] : dirs) {
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.graphql'))) {
      if (!byFile.has(file)) byFile.set(file, readOperation(dir, file));
    }
  }
  return [...byFile.values()].sort((a, b) => a.file.localeCompare(b.file));
}

function readOperation(dir: string, file: string): ContractOperation {
  const name = file.replace(/\.graphql$/, '');
  const variables = fs.readFileSync(path.join(dir, `${name}.variables.json`), 'utf8');
  return {
    file,
    name,
    query: fs.readFileSync(path.join(dir, file), 'utf8'),
    variableSets: JSON.parse(variables) as Record<string, unknown>[],
  };
}
