import { cpuMs, perRequest } from '../../../bench/api/cpu';

describe('CPU time per request', () => {
  it('reads a live process’s CPU time, growing as it works, and nothing for an unknown one', () => {
    const before = cpuMs(process.pid);
    expect(before).not.toBeNull();
    const until = Date.now() + 50;
    while (Date.now() < until); // busy for 50 ms
    expect(cpuMs(process.pid)).toBeGreaterThan(before as number);
    expect(cpuMs(undefined)).toBeNull();
    expect(cpuMs(2 ** 30)).toBeNull();
  });

  it('divides the time of a window by its requests, unknown when either end or the requests are missing', () => {
    expect(perRequest(1_000, 1_250, 100)).toBe(2.5);
    expect(perRequest(null, 1_250, 100)).toBeNull();
    expect(perRequest(1_000, null, 100)).toBeNull();
    expect(perRequest(1_000, 1_250, 0)).toBeNull();
  });
});
