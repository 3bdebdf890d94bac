/**
 * The performance targets of `npm run bench`, as one list of rows that every part of the bench
 * pushes to: each row names its target, what it compares, the figures behind the comparison,
 * the ratio (or figure) measured, its bound, and whether the bound was met. The printed table,
 * `bench/results/latest.json` and the README's Benchmarks section are all made from this list.
 *
 * A row whose value could not be measured in this run (NaN: a target that answered nothing, a
 * part skipped by `--short` or `--only`) is "not measured", never a pass.
 */

/**
 * The targets, numbered as the performance issue numbers them:
 *   1 any shape, 2 flat at scale, 3 uncached throughput, 4 cached at the floor, 5 load, 6 memory;
 * `earlier` holds the checks of earlier targets still reported (round trips per request).
 */
export const TARGETS = {
  1: 'any shape: first-seen selections',
  2: 'flat at scale',
  3: 'uncached throughput against @neo4j/graphql',
  4: 'cached at the floor',
  5: 'load against the bare UNWIND floor',
  6: 'memory',
  earlier: 'earlier targets',
} as const;

export type TargetKey = keyof typeof TARGETS;

/** The targets in the issue's order (object keys would give the numbers as strings). */
export const TARGET_KEYS: TargetKey[] = [1, 2, 3, 4, 5, 6, 'earlier'];

export type TargetStatus = 'pass' | 'miss' | 'not measured';

export interface TargetRow {
  target: TargetKey;
  /** What is compared, with its bound, e.g. `uncached req/s at c=10 ≥ 2× @neo4j/graphql`. */
  check: string;
  /** What it is measured on: an operation, a stream, a process. */
  subject: string;
  /** The measured ratio (or figure, for a bound that is not a ratio), rounded for print. */
  value: number;
  bound: number;
  /** `at-most`: value ≤ bound passes; `at-least`: value ≥ bound passes. */
  direction: 'at-most' | 'at-least';
  status: TargetStatus;
  /** The figures the value is computed from, e.g. `412.3 vs 187.0 req/s`. */
  figures: string;
  /** Anything a reader needs to weigh the row (a subset, a short run). */
  note?: string;
}

export type TargetRowInput = Omit<TargetRow, 'status' | 'value'> & { value: number };

const roundTo = (x: number) => (Math.abs(x) >= 100 ? Math.round(x) : Math.round(x * 100) / 100);

/** The status of `value` against `bound`: NaN or infinite is "not measured". */
export function statusOf(value: number, bound: number, direction: TargetRow['direction']): TargetStatus {
  if (!Number.isFinite(value)) return 'not measured';
  return (direction === 'at-most' ? value <= bound : value >= bound) ? 'pass' : 'miss';
}

/** `a / b`, NaN when either is missing or b is not positive. */
export function ratio(a: number | undefined, b: number | undefined): number {
  return a !== undefined && b !== undefined && b > 0 && Number.isFinite(a) ? a / b : NaN;
}

export class TargetTable {
  readonly rows: TargetRow[] = [];

  /** Adds a row; its status is computed from its value, bound and direction. */
  push(input: TargetRowInput): TargetRow {
    const row: TargetRow = {
      ...input,
      value: Number.isFinite(input.value) ? roundTo(input.value) : NaN,
      status: statusOf(input.value, input.bound, input.direction),
    };
    this.rows.push(row);
    return row;
  }

  /** Rows of one target, in the order they were pushed. */
  of(target: TargetKey): TargetRow[] {
    return this.rows.filter((row) => row.target === target);
  }

  /** pass/miss/not measured counts per target, for the summary line and the JSON. */
  summary(): Record<string, Record<TargetStatus, number>> {
    const out: Record<string, Record<TargetStatus, number>> = {};
    for (const row of this.rows) {
      const counts = (out[row.target] ??= { pass: 0, miss: 0, 'not measured': 0 });
      counts[row.status] += 1;
    }
    return out;
  }

  /** The table as printed: grouped by target in the issue's order, one line per row. */
  print(): string[] {
    const lines = ['targets (ratios within this run; pass/miss per row)'];
    lines.push(
      `  ${'status'.padEnd(12)} ${'subject'.padEnd(26)} ${'value'.padStart(8)} ${'bound'.padStart(8)}  check — figures`,
    );
    for (const key of TARGET_KEYS) {
      const rows = this.of(key);
      if (rows.length === 0) continue;
      lines.push(`  [${key}] ${TARGETS[key]}`);
      for (const row of rows) {
        const status = row.status === 'pass' ? 'PASS' : row.status === 'miss' ? 'MISS' : 'not measured';
        const bound = Number.isFinite(row.bound) ? `${row.direction === 'at-most' ? '≤' : '≥'}${row.bound}` : '-';
        lines.push(
          `  ${status.padEnd(12)} ${row.subject.padEnd(26)} ${(Number.isFinite(row.value) ? String(row.value) : '-').padStart(8)} ${bound.padStart(8)}  ${row.check} — ${row.figures}${row.note ? `  [${row.note}]` : ''}`,
        );
      }
    }
    const summary = this.summary();
    lines.push(
      `  summary: ${Object.entries(summary)
        .map(
          ([key, counts]) =>
            `${key}: ${counts.pass} pass, ${counts.miss} miss${counts['not measured'] ? `, ${counts['not measured']} not measured` : ''}`,
        )
        .join('; ')}`,
    );
    return lines;
  }

  /** The table as markdown (for the README's Benchmarks section): one row per row, grouped by target. */
  markdown(): string[] {
    const lines = ['| # | target | subject | value | bound | status | figures |', '|---|---|---|---:|---:|---|---|'];
    for (const key of TARGET_KEYS) {
      for (const row of this.of(key)) {
        const bound = Number.isFinite(row.bound) ? `${row.direction === 'at-most' ? '≤' : '≥'} ${row.bound}` : '-';
        const value = Number.isFinite(row.value) ? String(row.value) : '-';
        const status = row.status === 'pass' ? '**pass**' : row.status === 'miss' ? '**miss**' : 'not measured';
        const cell = (text: string) => text.replace(/\|/g, '\\|');
        lines.push(
          `| ${key} | ${cell(row.check)} | ${cell(row.subject)} | ${value} | ${bound} | ${status} | ${cell(row.figures)}${row.note ? ` (${cell(row.note)})` : ''} |`,
        );
      }
    }
    return lines;
  }

  toJSON(): { rows: TargetRow[]; summary: Record<string, Record<TargetStatus, number>> } {
    // NaN is not JSON: a row not measured carries value null.
    return {
      rows: this.rows.map((row) => ({
        ...row,
        value: Number.isFinite(row.value) ? row.value : (null as unknown as number),
      })),
      summary: this.summary(),
    };
  }
}
