import { ratio, statusOf, TargetTable } from '../../../bench/api/target-rows';

describe('the bench target table', () => {
  it('computes pass and miss from the bound and its direction, and never passes what was not measured', () => {
    expect(statusOf(1.4, 1.5, 'at-most')).toBe('pass');
    expect(statusOf(1.6, 1.5, 'at-most')).toBe('miss');
    expect(statusOf(2, 2, 'at-least')).toBe('pass');
    expect(statusOf(1.99, 2, 'at-least')).toBe('miss');
    expect(statusOf(NaN, 2, 'at-least')).toBe('not measured');
    expect(statusOf(Infinity, 2, 'at-most')).toBe('not measured');
    expect(ratio(10, 0)).toBeNaN();
    expect(ratio(undefined, 5)).toBeNaN();
    expect(ratio(10, 4)).toBe(2.5);
  });

  it('keeps the rows any part pushes, prints them by target in order, and writes NaN as null in JSON', () => {
    const table = new TargetTable();
    table.push({
      target: 6,
      check: 'RSS ≤ bound',
      subject: 'api',
      value: NaN,
      bound: 300,
      direction: 'at-most',
      figures: '-',
    });
    table.push({
      target: 3,
      check: 'uncached req/s ≥ 2× @neo4j/graphql',
      subject: '01-resolution',
      value: 2.3456,
      bound: 2,
      direction: 'at-least',
      figures: '469 vs 200 req/s',
    });
    expect(table.of(3)[0]).toMatchObject({ value: 2.35, status: 'pass' });
    const printed = table.print().join('\n');
    expect(printed.indexOf('[3]')).toBeLessThan(printed.indexOf('[6]'));
    expect(printed).toMatch(/PASS\s+01-resolution\s+2\.35\s+≥2/);
    expect(printed).toMatch(/not measured api/);
    const markdown = table.markdown();
    expect(markdown[2]).toBe(
      '| 3 | uncached req/s ≥ 2× @neo4j/graphql | 01-resolution | 2.35 | ≥ 2 | **pass** | 469 vs 200 req/s |',
    );
    expect(markdown[3]).toMatch(/^\| 6 \| RSS ≤ bound \| api \| - \| ≤ 300 \| not measured \|/);
    const json = JSON.parse(JSON.stringify(table.toJSON()));
    expect(json.rows[0].value).toBeNull();
    expect(json.summary).toEqual({
      3: { pass: 1, miss: 0, 'not measured': 0 },
      6: { pass: 0, miss: 0, 'not measured': 1 },
    });
  });
});
