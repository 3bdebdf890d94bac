/**
 * Structured JSON logs (pino) on stdout. Secrets never reach a log line: the Neo4j password is redacted.
 *
 * Each line is written at once, synchronously: pino's default (asynchronous) destination hands
 * every write to libuv's thread pool, and under load that hand-off (a thread woken, the write,
 * the completion signalled back to the event loop) cost more syscalls per request than the write
 * itself. A line is also never lost to a crash or a `process.exit` right after it.
 */
import pino, { type Logger } from 'pino';

export type { Logger };

export function createLogger(level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino(
    {
      level,
      base: { service: 'itu-resolutions-graph' },
      redact: { paths: ['password', '*.password', 'neo4j.password', 'headers.authorization'], censor: '[redacted]' },
    },
    pino.destination({ dest: 1, sync: true }),
  );
}
