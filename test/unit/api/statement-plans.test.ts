import { readConfig } from '../../../src/config';
import { planKey, StatementPlans } from '../../../src/api/statement-plans';

const deferred = () => {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
};

/** A warm-up of `text` that records each time it runs. */
const recordedRuns = (text: string) => {
  const calls: string[] = [];
  const run = () => {
    calls.push(text);
    return Promise.resolve();
  };
  return { calls, run };
};

describe('StatementPlans', () => {
  it('knows a text as planned only once its warm-up has run to completion', async () => {
    const plans = new StatementPlans();
    const run = deferred();
    plans.warm('MATCH (a) RETURN a', () => run.promise);
    expect(plans.isPlanned('MATCH (a) RETURN a')).toBe(false);
    run.resolve();
    await plans.idle();
    expect(plans.isPlanned('MATCH (a) RETURN a')).toBe(true);
    expect(plans.state).toMatchObject({ planned: 1, queued: 0, warming: false, warmed: 1 });
  });

  it('runs one warm-up at a time, each text once, and drops what overflows the queue', async () => {
    const plans = new StatementPlans({ maxQueued: 2 });
    let running = 0;
    let most = 0;
    const calls: string[] = [];
    const run = (text: string) => async () => {
      calls.push(text);
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running -= 1;
    };
    plans.seen('a', run('a'));
    plans.seen('a', run('a'));
    plans.seen('b', run('b'));
    plans.seen('c', run('c'));
    await plans.idle();
    expect(calls).toEqual(['a', 'b']);
    expect(most).toBe(1);
    expect(plans.state).toMatchObject({ planned: 2, dropped: 1 });
    expect(plans.seen('a', run('a'))).toBe(true);
    await plans.idle();
    expect(calls).toEqual(['a', 'b']);
  });

  it('never drops what the server itself asks to warm up, nor counts it against the requests’ queue', async () => {
    const plans = new StatementPlans({ maxQueued: 2 });
    for (const text of ['a', 'b', 'c', 'd']) plans.warm(text, () => Promise.resolve());
    plans.seen('x', () => Promise.resolve());
    plans.seen('y', () => Promise.resolve());
    plans.seen('z', () => Promise.resolve());
    await plans.idle();
    expect(plans.state).toMatchObject({ planned: 6, dropped: 1 });
    expect(['x', 'y', 'z'].map((text) => plans.isPlanned(text))).toEqual([true, true, false]);
  });

  it('reports a failed warm-up, does not count its text as planned, and warms it again when asked', async () => {
    const errors: unknown[] = [];
    const plans = new StatementPlans({ onError: (error) => errors.push(error) });
    plans.warm('x', () => Promise.reject(new Error('Neo4j is away')));
    await plans.idle();
    expect(plans.isPlanned('x')).toBe(false);
    expect(errors).toEqual([new Error('Neo4j is away')]);
    plans.warm('x', () => Promise.resolve());
    await plans.idle();
    expect(plans.isPlanned('x')).toBe(true);
    expect(plans.state).toMatchObject({ warmed: 1, failed: 1 });
  });

  it('forgets the least recently used text past maxPlanned, as Neo4j’s query cache does', async () => {
    const plans = new StatementPlans({ maxPlanned: 2 });
    for (const text of ['a', 'b', 'c']) plans.warm(text, () => Promise.resolve());
    await plans.idle();
    expect(['a', 'b', 'c'].map((text) => plans.isPlanned(text))).toEqual([false, true, true]);
  });

  it('warms a text up only once it has been asked for minSightings times, and then sends it', async () => {
    const plans = new StatementPlans({ minSightings: 3 });
    const { calls, run } = recordedRuns('x');
    expect(plans.seen('x', run)).toBe(false);
    expect(plans.seen('x', run)).toBe(false);
    await plans.idle();
    expect(calls).toEqual([]);
    expect(plans.state).toMatchObject({ planned: 0, warmed: 0 });
    expect(plans.seen('x', run)).toBe(false);
    await plans.idle();
    expect(calls).toEqual(['x']);
    expect(plans.seen('x', run)).toBe(true);
    expect(plans.seen('y', run)).toBe(false);
    await plans.idle();
    expect(calls).toEqual(['x']);
  });

  it('warms at the first request by default', async () => {
    const plans = new StatementPlans();
    expect(plans.seen('x', () => Promise.resolve())).toBe(false);
    await plans.idle();
    expect(plans.seen('x', () => Promise.resolve())).toBe(true);
  });

  it('forgets every planned text, so that the next request warms it again at once', async () => {
    const plans = new StatementPlans({ minSightings: 2 });
    const { calls, run } = recordedRuns('x');
    plans.seen('x', run);
    plans.seen('x', run);
    await plans.idle();
    plans.forget();
    expect(plans.isPlanned('x')).toBe(false);
    expect(plans.seen('x', run)).toBe(false);
    await plans.idle();
    expect(calls).toEqual(['x', 'x']);
    expect(plans.isPlanned('x')).toBe(true);
  });
});

describe('planKey', () => {
  it('tells statements apart by text and by the types of their parameters, as Neo4j keeps plans', () => {
    const query = (params: Record<string, unknown>) => ({ cypher: 'RETURN $a, $b', params });
    expect(planKey(query({ a: 'x', b: null }))).toBe(planKey(query({ b: null, a: 'y' })));
    expect(planKey(query({ a: 'x', b: null }))).not.toBe(planKey(query({ a: 'x', b: 'z' })));
    expect(planKey(query({ a: ['x'], b: 1 }))).not.toBe(planKey(query({ a: [{ k: 1 }], b: 1 })));
    expect(planKey({ cypher: 'RETURN $a', params: { a: 1 } })).not.toBe(planKey(query({ a: 1 })));
  });
});

describe('LOOKAHEAD', () => {
  it('is planned by default, always when asked, and refuses anything else', () => {
    expect(readConfig({}).lookAhead).toBe('planned');
    expect(readConfig({ LOOKAHEAD: 'always' }).lookAhead).toBe('always');
    expect(() => readConfig({ LOOKAHEAD: 'sometimes' })).toThrow(
      'LOOKAHEAD must be planned or always, got "sometimes"',
    );
  });

  it('LOOKAHEAD_AFTER counts the requests of a shape before it is planned: 2 by default, at least 1', () => {
    expect(readConfig({}).lookAheadAfter).toBe(2);
    expect(readConfig({ LOOKAHEAD_AFTER: '1' }).lookAheadAfter).toBe(1);
    expect(() => readConfig({ LOOKAHEAD_AFTER: '0' })).toThrow('LOOKAHEAD_AFTER must be an integer from 1');
  });
});
