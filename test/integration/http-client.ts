/** Small HTTP helpers for the suites that talk to a running server over real sockets. */
import { startServer, type RunningServer } from '../../src/server';
import { createLogger } from '../../src/logger';
import type { Database } from '../../src/graph/database';

export interface HttpServerHandle {
  start(): Promise<unknown>;
  stop(): Promise<unknown>;
  /** `http://localhost:<port>` once started. */
  base(): string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- GraphQL answers are read as the tests' queries shape them
  graphql(query: string): Promise<Record<string, any>>;
}

/** An API server on a free port over the suite's database (given once the suite's beforeAll has run). */
export function httpServer(database: () => Database): HttpServerHandle {
  let running: RunningServer | undefined;
  const base = () => {
    if (!running) throw new Error('expected a running server, found none: start() was not called');
    return `http://localhost:${running.port}`;
  };
  return {
    async start() {
      running = await startServer({ db: database(), logger: createLogger('silent'), port: 0, host: '127.0.0.1' });
    },
    async stop() {
      await running?.stop();
      await new Promise((resolve) => running?.httpServer.close(resolve));
    },
    base,
    async graphql(query: string) {
      const response = await fetch(`${base()}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
      const body = (await response.json()) as { data?: Record<string, any>; errors?: unknown[] };
      if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
      return body.data ?? {};
    },
  };
}
