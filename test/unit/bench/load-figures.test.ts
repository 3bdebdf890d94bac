import { figuresOf, type LoadSample } from '../../../bench/api/load';

const window = (latencies: number[], elapsed: number, extra: Partial<LoadSample> = {}): LoadSample => ({
  connections: 10,
  seconds: 5,
  elapsed,
  latencies,
  bytes: latencies.length * 100,
  transportErrors: 0,
  non2xx: 0,
  graphqlErrors: 0,
  ...extra,
});

describe('pooling windows of load', () => {
  it('gives one window its own figures', () => {
    const figures = figuresOf([window([3, 1, 2, 4], 2)]);
    expect(figures).toMatchObject({ requests: 4, reqPerSec: 2, p50: 2, p95: 4, mean: 2.5, seconds: 5, errors: 0 });
    expect(figures.bytesPerResponse).toBe(100);
  });

  it('pools windows taken in turns: requests over their summed length, percentiles over every response', () => {
    // A fast window and a slow one: neither window's own p95, nor the mean of the two rates.
    const fast = window(
      Array.from({ length: 90 }, () => 1),
      1,
    );
    const slow = window(
      Array.from({ length: 10 }, () => 20),
      4,
      { transportErrors: 1, non2xx: 2, graphqlErrors: 3, bytes: 5_000 },
    );
    const figures = figuresOf([fast, slow]);
    expect(figures.requests).toBe(100);
    expect(figures.reqPerSec).toBe(20); // 100 answers in 5 s, not (90 + 2.5) / 2
    expect(figures.p50).toBe(1);
    expect(figures.p95).toBe(20);
    expect(figures.seconds).toBe(10);
    expect(figures.errors).toBe(6);
    expect(figures.bytesPerResponse).toBe(140); // (9,000 + 5,000) / 100
  });

  it('refuses to summarise no window at all', () => {
    expect(() => figuresOf([])).toThrow('at least one window');
  });
});
