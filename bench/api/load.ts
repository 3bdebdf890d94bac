/**
 * One load measurement with autocannon (as a library, loopback only): POST the same body over
 * `connections` keep-alive connections for `seconds`, and keep every response's latency so
 * that p50/p95/p99 are exact (autocannon's own histogram has no p95). Counts transport errors,
 * timeouts, non-2xx answers and 2xx answers that carry GraphQL `errors`. Several windows of the
 * same load (taken in turns with another target's) pool into one measurement.
 */
import autocannon from 'autocannon';

export interface LoadFigures {
  connections: number;
  seconds: number;
  requests: number;
  reqPerSec: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  /** Transport errors + timeouts + non-2xx + 2xx answers with GraphQL errors (+1 when none answered): must be 0. */
  errors: number;
  non2xx: number;
  graphqlErrors: number;
  bytesPerResponse: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

/** One window of load, raw: every latency kept, so that windows pool into exact percentiles. */
export interface LoadSample {
  connections: number;
  seconds: number;
  /** The window's length as autocannon measured it, in seconds. */
  elapsed: number;
  latencies: number[];
  bytes: number;
  transportErrors: number;
  non2xx: number;
  graphqlErrors: number;
}

export async function sampleLoad(
  url: string,
  body: unknown,
  connections: number,
  seconds: number,
): Promise<LoadSample> {
  const latencies: number[] = [];
  let graphqlErrors = 0;
  let bytes = 0;
  const instance = autocannon({
    url,
    connections,
    duration: seconds,
    timeout: 30,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(body),
        onResponse: (status: number, responseBody: string) => {
          if (status >= 200 && status < 300 && responseBody.includes('"errors":')) graphqlErrors += 1;
        },
      },
    ],
  });
  (instance as unknown as NodeJS.EventEmitter).on(
    'response',
    (_client: unknown, _status: number, resBytes: number, responseTime: number) => {
      latencies.push(responseTime);
      bytes += resBytes;
    },
  );
  const result = await instance;
  return {
    connections,
    seconds,
    elapsed: result.duration || seconds,
    latencies,
    bytes,
    transportErrors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    graphqlErrors,
  };
}

/** The figures of one or more windows of the same load, pooled: requests over their summed length. */
export function figuresOf(samples: LoadSample[]): LoadFigures {
  if (samples.length === 0) throw new Error('expected at least one window of load to summarise');
  const latencies = samples.flatMap((s) => s.latencies).sort((a, b) => a - b);
  const sum = (pick: (s: LoadSample) => number) => samples.reduce((total, s) => total + pick(s), 0);
  const requests = latencies.length;
  const non2xx = sum((s) => s.non2xx);
  const graphqlErrors = sum((s) => s.graphqlErrors);
  return {
    connections: samples[0].connections,
    seconds: sum((s) => s.seconds),
    requests,
    reqPerSec: round(requests / sum((s) => s.elapsed), 1),
    p50: round(percentile(latencies, 50)),
    p95: round(percentile(latencies, 95)),
    p99: round(percentile(latencies, 99)),
    mean: round(requests ? latencies.reduce((a, b) => a + b, 0) / requests : NaN),
    errors: sum((s) => s.transportErrors) + non2xx + graphqlErrors,
    non2xx,
    graphqlErrors,
    bytesPerResponse: requests ? Math.round(sum((s) => s.bytes) / requests) : 0,
  };
}

export async function runLoad(url: string, body: unknown, connections: number, seconds: number): Promise<LoadFigures> {
  return figuresOf([await sampleLoad(url, body, connections, seconds)]);
}
