/**
 * Sends a list of request bodies once each, over `concurrency` workers that each take the next
 * body when their answer is in (a closed loop, like autocannon's connections): the latency of
 * every request, errors (non-200, GraphQL `errors`, transport), and the wall time of the whole
 * stream. Throughput counts only the answers without error: a request refused after its time
 * budget is not served, however long it was waited for.
 */
export interface StreamFigures {
  requests: number;
  seconds: number;
  /** Answers without error per second of the whole stream. */
  reqPerSec: number;
  p50: number;
  p95: number;
  max: number;
  errors: number;
  /** The first few errors, to say what went wrong. */
  errorSamples: string[];
  /** Latency of each body, in the order given (ms). */
  latencies: number[];
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

export async function runStream(url: string, bodies: unknown[], concurrency: number): Promise<StreamFigures> {
  const latencies: number[] = new Array(bodies.length).fill(NaN);
  const errorSamples: string[] = [];
  let errors = 0;
  let next = 0;
  const began = process.hrtime.bigint();
  const worker = async () => {
    for (let i = next++; i < bodies.length; i = next++) {
      const start = process.hrtime.bigint();
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify(bodies[i]),
        });
        const text = await response.text();
        if (response.status !== 200 || text.includes('"errors":')) {
          errors += 1;
          if (errorSamples.length < 3) errorSamples.push(`${response.status} ${text.slice(0, 300)}`);
        }
      } catch (error) {
        errors += 1;
        if (errorSamples.length < 3) errorSamples.push((error as Error).message);
      }
      latencies[i] = Number(process.hrtime.bigint() - start) / 1e6;
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, bodies.length) }, worker));
  const seconds = Number(process.hrtime.bigint() - began) / 1e9;
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    requests: bodies.length,
    seconds: round(seconds, 3),
    reqPerSec: round((bodies.length - errors) / seconds, 1),
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    max: round(sorted[sorted.length - 1] ?? NaN),
    errors,
    errorSamples,
    latencies: latencies.map((x) => round(x, 1)),
  };
}
