/**
 * The API server of the soak test, in a process of its own so that its heap holds nothing but
 * the server: started with --expose-gc, it answers the IPC message 'heap' with its live heap
 * (used bytes after a full collection) and 'stop' by stopping.
 *
 *   node --expose-gc --import tsx test/integration/soak-server.ts   (NEO4J_URI in the environment)
 */
import pino from 'pino';
import { DEFAULT_ADMISSION, startServer } from '../../src/server';
import { testDatabase } from './neo4j-env';

async function main(): Promise<void> {
  if (!process.send || typeof global.gc !== 'function') throw new Error('expected an IPC channel and --expose-gc');
  const gc = global.gc;
  const db = testDatabase();
  // The soak looks for leaks under steady load, and requires every request answered. Fifty
  // connections on a machine busy with other work made some wait 5 to 7 s for their turn, past
  // the default queue wait (8 s) at the tail: a correct 503 (overload.int.test.ts covers it), but
  // not what this test measures. Here the queue waits, and the budget runs, as long as the soak.
  const server = await startServer({
    db,
    logger: pino({ level: 'silent' }),
    port: 0,
    host: '127.0.0.1',
    requestBudgetMs: 60_000,
    admission: { ...DEFAULT_ADMISSION, maxWaitMs: 60_000 },
  });
  process.on('message', async (message) => {
    if (message === 'heap') {
      gc();
      process.send!({ heap: process.memoryUsage().heapUsed });
    } else if (message === 'stop') {
      await server.stop();
      await db.close();
      process.exit(0);
    }
  });
  process.send({ url: server.url.replace('localhost', '127.0.0.1') });
}

main().catch((error: Error) => {
  process.stderr.write(`soak-server: ${error.message}\n`);
  process.exit(1);
});
