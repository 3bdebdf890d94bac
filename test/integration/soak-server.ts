/**
 * The API server of the soak test, in a process of its own so that its heap holds nothing but
 * the server: started with --expose-gc, it answers the IPC message 'heap' with its live heap
 * (used bytes after a full collection) and 'stop' by stopping.
 *
 *   node --expose-gc --import tsx test/integration/soak-server.ts   (NEO4J_URI in the environment)
 */
import pino from 'pino';
import { startServer } from '../../src/server';
import { testDatabase } from './neo4j-env';

async function main(): Promise<void> {
  if (!process.send || typeof global.gc !== 'function') throw new Error('expected an IPC channel and --expose-gc');
  const gc = global.gc;
  const db = testDatabase();
  const server = await startServer({ db, logger: pino({ level: 'silent' }), port: 0, host: '127.0.0.1' });
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
