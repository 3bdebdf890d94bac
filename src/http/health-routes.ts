/**
 *   /health/live    the process is up
 *   /health/ready   Neo4j answers and the seed is loaded (with the graph version)
 *
 * A 503 says what is wrong in words a caller can act on; the database's address and the
 * driver's own text go to the log only.
 */
import { isUnavailable } from '../api/errors';
import type { Database } from '../graph/database';
import { readGraphVersion } from '../graph/seed';
import type { Logger } from '../logger';
import { type Route, sendJson } from './exchange';

/** Why Neo4j did not answer the readiness check, in words. */
function notReadyReason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return 'the graph database refused the configured credentials';
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') return 'the configured database does not exist';
  if (isUnavailable(error)) return 'the graph database is unreachable';
  return 'the graph database did not answer the readiness check';
}

export function healthRoutes(db: Database, logger: Logger, onVersion: (version: string | null) => void): Route[] {
  return [
    {
      name: 'health-live',
      matches: (url) => url.pathname === '/health/live',
      handle: async ({ res }) => sendJson(res, 200, { status: 'live' }),
    },
    {
      name: 'health-ready',
      matches: (url) => url.pathname === '/health/ready',
      async handle({ res, requestId }) {
        try {
          const version = await readGraphVersion(db);
          onVersion(version);
          if (version === null) sendJson(res, 503, { status: 'not-ready', reason: 'the graph is not loaded' });
          else sendJson(res, 200, { status: 'ready', graphVersion: version });
        } catch (error) {
          const reason = notReadyReason(error);
          logger.warn({ requestId, err: error, reason }, 'not ready');
          sendJson(res, 503, { status: 'not-ready', reason });
        }
      },
    },
  ];
}
