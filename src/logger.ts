/** Structured JSON logs (pino). Secrets never reach a log line: the Neo4j password is redacted. */
import pino, { type Logger } from 'pino';

export type { Logger };

export function createLogger(level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({
    level,
    base: { service: 'itu-resolutions-graph' },
    redact: { paths: ['password', '*.password', 'neo4j.password', 'headers.authorization'], censor: '[redacted]' },
  });
}
