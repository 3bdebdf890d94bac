/** The ingest CLI: summary and JSON on success; `file:line: message`, exit 1 and no output file on failure. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { edit } from './fixture';
import { SOURCE } from './real-text';

const ROOT = resolve(__dirname, '../../..');
const run = (...args: string[]) =>
  spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'src/cli/ingest.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });

describe('npm run ingest', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ingest-cli-'));

  it('prints the summary and writes pretty JSON with sorted keys', () => {
    const out = join(dir, 'graph.json');
    const result = run(SOURCE, '--out', out);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('resolution        WTSA-44');
    expect(result.stdout).toContain(
      'obligations       50 (RESOLVES 10, INVITES 13, INSTRUCTS 23, ENCOURAGES 2, ACTION_PLAN 2)',
    );
    const json = readFileSync(out, 'utf8');
    expect(json.startsWith('{\n  "nodes": [\n    {\n      "id": "WTSA-44",\n      "label": "Resolution",')).toBe(true);
  }, 30_000);

  it('reports file:line: message, exits 1 and writes nothing', () => {
    const bad = join(dir, 'bad.zh.txt');
    writeFileSync(bad, edit(7, 0, 'd) 第四段， ').join('\n'));
    const out = join(dir, 'bad.json');
    const result = run(bad, '--out', out);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`${bad}:7: expected label c after b in 考虑到, found “d”\n`);
    expect(existsSync(out)).toBe(false);
  }, 30_000);
});
