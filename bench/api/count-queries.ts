/**
 * Counts the Cypher statements a process sends, whoever sends them: wraps `driver.session()`
 * so that every `tx.run` inside `executeRead`/`executeWrite` (and every `session.run`) adds one.
 * Our API (Database.read), @neo4j/graphql (its Executor) and the floor all open a session per
 * query and run one statement in it, so this is the number of database round trips.
 * With `trace` on, each statement is also kept with its parameters and its time, for profiling.
 */
import type { Driver, ManagedTransaction, Session } from 'neo4j-driver';

export interface TracedQuery {
  cypher: string;
  params: Record<string, unknown>;
  ms: number;
  rows: number;
}

export interface QueryCounter {
  count: number;
  trace: TracedQuery[] | null;
}

function timed(
  counter: QueryCounter,
  run: (cypher: string, params?: Record<string, unknown>) => Promise<{ records: unknown[] }>,
) {
  return async (cypher: string, params?: Record<string, unknown>) => {
    counter.count += 1;
    const began = process.hrtime.bigint();
    const result = await run(cypher, params);
    if (counter.trace) {
      counter.trace.push({
        cypher,
        params: params ?? {},
        ms: Number(process.hrtime.bigint() - began) / 1e6,
        rows: result.records.length,
      });
    }
    return result;
  };
}

function wrapTransaction(tx: ManagedTransaction, counter: QueryCounter): ManagedTransaction {
  const run = timed(counter, tx.run.bind(tx) as never);
  return new Proxy(tx, { get: (target, key) => (key === 'run' ? run : Reflect.get(target, key)) });
}

export function countQueries(driver: Driver): QueryCounter {
  const counter: QueryCounter = { count: 0, trace: null };
  const openSession = driver.session.bind(driver);
  driver.session = ((config?: Parameters<Driver['session']>[0]) => {
    const session: Session = openSession(config);
    const executeRead = session.executeRead.bind(session);
    const executeWrite = session.executeWrite.bind(session);
    const run = timed(counter, session.run.bind(session) as never);
    session.executeRead = ((work: (tx: ManagedTransaction) => unknown, txConfig?: object) =>
      executeRead((tx) => work(wrapTransaction(tx, counter)) as never, txConfig)) as Session['executeRead'];
    session.executeWrite = ((work: (tx: ManagedTransaction) => unknown, txConfig?: object) =>
      executeWrite((tx) => work(wrapTransaction(tx, counter)) as never, txConfig)) as Session['executeWrite'];
    session.run = run as unknown as Session['run'];
    return session;
  }) as Driver['session'];
  return counter;
}
