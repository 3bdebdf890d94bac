/**
 *   /health/live    the process is up
 *   /health/ready   Neo4j answers and the seed is loaded (with the graph version)
 */
import type { Database } from '../graph/database';
import { readGraphVersion } from '../graph/seed';
import { type Route, sendJson } from './exchange';

export function healthRoutes(db: Database, onVersion: (version: string | null) => void): Route[] {
  return [
    {
      name: 'health-live',
      matches: (url) => url.pathname === '/health/live',
      handle: async ({ res }) => sendJson(res, 200, { status: 'live' }),
    },
    {
      name: 'health-ready',
      matches: (url) => url.pathname === '/health/ready',
      async handle({ res }) {
        try {
          const version = await readGraphVersion(db);
          onVersion(version);
          if (version === null) sendJson(res, 503, { status: 'not-ready', reason: 'the graph is not loaded' });
          else sendJson(res, 200, { status: 'ready', graphVersion: version });
        } catch (error) {
          sendJson(res, 503, { status: 'not-ready', reason: `Neo4j is unreachable: ${(error as Error).message}` });
        }
      },
    },
  ];
}
