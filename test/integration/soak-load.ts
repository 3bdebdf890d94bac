/**
 * The load generator of the soak test, in a process of its own so that its memory and CPU are
 * not the server's: autocannon against a URL for some seconds, cycling through every contract
 * operation with every variable set; prints one JSON line with the outcome.
 *
 *   node --import tsx test/integration/soak-load.ts <url> <connections> <seconds>
 */
import autocannon from 'autocannon';
import { readContract } from '../contract/read-contract';

function contractRequests(): { query: string; variables: unknown; name: string }[] {
  return readContract().flatMap(({ file, query, variableSets }) =>
    variableSets.map((variables) => ({ query, variables, name: file })),
  );
}

async function main(): Promise<void> {
  const [url, connections, seconds] = process.argv.slice(2);
  const failures: string[] = [];
  const requests = contractRequests().map(({ query, variables, name }) => ({
    method: 'POST' as const,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
    onResponse: (status: number, body: string) => {
      if (status !== 200 || body.includes('"errors":')) failures.push(`${name} ${status} ${body.slice(0, 200)}`);
    },
  }));
  const result = await autocannon({
    url,
    connections: Number(connections),
    duration: Number(seconds),
    // as long as the soak server's queue wait and request budget (soak-server.ts, 60 s): on a
    // busy machine a right answer can take 10 s at the tail (p99 5.5 s at load average 15), and
    // what this test counts as a timeout is an answer never given
    timeout: 60,
    requests,
  });
  process.stdout.write(
    `${JSON.stringify({
      operations: requests.length,
      requests: result.requests.total,
      reqPerSec: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      graphqlErrors: failures.length,
      failures: failures.slice(0, 5),
    })}\n`,
  );
}

main().catch((error: Error) => {
  process.stderr.write(`soak-load: ${error.message}\n`);
  process.exit(1);
});
