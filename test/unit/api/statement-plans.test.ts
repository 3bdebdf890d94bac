import { readConfig } from '../../../src/config';
import { StatementPlans } from '../../../src/api/statement-plans';

const deferred = () => {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
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
    plans.warm('a', run('a'));
    plans.warm('a', run('a'));
    plans.warm('b', run('b'));
    plans.warm('c', run('c'));
    await plans.idle();
    expect(calls).toEqual(['a', 'b']);
    expect(most).toBe(1);
    expect(plans.state).toMatchObject({ planned: 2, dropped: 1 });
    plans.warm('a', run('a'));
    await plans.idle();
    expect(calls).toEqual(['a', 'b']);
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
});

describe('LOOKAHEAD', () => {
  it('is planned by default, always when asked, and refuses anything else', () => {
    expect(readConfig({}).lookAhead).toBe('planned');
    expect(readConfig({ LOOKAHEAD: 'always' }).lookAhead).toBe('always');
    expect(() => readConfig({ LOOKAHEAD: 'sometimes' })).toThrow(
      'LOOKAHEAD must be planned or always, got "sometimes"',
    );
  });
});
