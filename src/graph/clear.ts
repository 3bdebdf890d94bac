/**
 * Deletes every node and relationship, in write transactions of at most 20,000 nodes so that a
 * large corpus does not need one huge transaction. For tests and benchmarks, which own their
 * database; nothing in the service calls it.
 */
import type { Database } from './database';

export async function clearDatabase(db: Database): Promise<void> {
  for (;;) {
    const deleted = await db.write(async (tx) => {
      const result = await tx.run('MATCH (n) WITH n LIMIT 20000 DETACH DELETE n RETURN count(*) AS n');
      return Number(result.records[0].get('n'));
    });
    if (deleted === 0) return;
  }
}
