import { Admission, type AdmissionLimits } from '../../../src/http/admission';
import { ClientGoneError, HttpError } from '../../../src/http/exchange';

/** An admission queue with these limits, the others at small values the tests rely on. */
function admissionWith(limits: Partial<AdmissionLimits>): Admission {
  return new Admission({
    maxConcurrent: 1,
    maxHeavy: 1,
    maxHeavyNodes: 1_000,
    maxQueued: 5,
    maxWaitMs: 10_000,
    schemaRest: 0,
    ...limits,
  });
}

const IDLE = { running: 0, queued: 0, heavyRunning: 0, heavyQueued: 0 };

describe('Admission', () => {
  it('lets maxConcurrent requests run, queues the next ones first come first served, and refuses past the queue', async () => {
    const admission = admissionWith({ maxConcurrent: 2, maxQueued: 2 });
    const first = await admission.enter();
    const second = await admission.enter();
    const order: string[] = [];
    const third = admission.enter().then((leave) => (order.push('third'), leave));
    const fourth = admission.enter().then((leave) => (order.push('fourth'), leave));
    expect(admission.state).toEqual({ running: 2, queued: 2, heavyRunning: 0, heavyQueued: 0 });

    const refused = await admission.enter().catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(HttpError);
    expect(refused).toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE', headers: { 'retry-after': '1' } });

    first();
    first(); // a second call gives back nothing more
    (await third)();
    second();
    (await fourth)();
    expect(order).toEqual(['third', 'fourth']);
    expect(admission.state).toEqual(IDLE);
  });

  it('refuses a request that waited longer than maxWaitMs, with a 503', async () => {
    const admission = admissionWith({ maxWaitMs: 30 });
    const leave = await admission.enter();
    const error = await admission.enter().catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 503, message: expect.stringMatching(/no turn came within 30 ms/) });
    expect(admission.state).toEqual({ running: 1, queued: 0, heavyRunning: 0, heavyQueued: 0 });
    leave();
  });

  it("takes a waiter whose signal aborts out of the queue, with the signal's reason", async () => {
    const admission = admissionWith({});
    const leave = await admission.enter();
    const controller = new AbortController();
    const waiting = admission.enter(controller.signal).catch((e: unknown) => e);
    controller.abort(new ClientGoneError('gone'));
    expect(await waiting).toBeInstanceOf(ClientGoneError);
    expect(admission.state).toEqual({ running: 1, queued: 0, heavyRunning: 0, heavyQueued: 0 });
    leave();
    expect(admission.state).toEqual(IDLE);
  });
});

describe('Admission of heavy requests', () => {
  it('runs at most maxHeavy heavy requests at once while light ones pass beside them', async () => {
    const admission = admissionWith({ maxConcurrent: 4, maxQueued: 4 });
    const heavy = await admission.enter(undefined, 300);
    let second = false;
    const waiting = admission.enter(undefined, 300).then((leave) => ((second = true), leave));
    const light = await admission.enter();
    expect(admission.state).toEqual({ running: 2, queued: 0, heavyRunning: 1, heavyQueued: 1 });
    expect(second).toBe(false);
    heavy();
    (await waiting)();
    light();
    expect(second).toBe(true);
    expect(admission.state).toEqual(IDLE);
  });

  it('lets heavy requests run side by side while their node counts fit in maxHeavyNodes, first come first served', async () => {
    const admission = admissionWith({ maxConcurrent: 8, maxHeavy: 2, maxHeavyNodes: 1_024, maxQueued: 8 });
    const page = await admission.enter(undefined, 502);
    const otherPage = await admission.enter(undefined, 502);
    expect(admission.state).toEqual({ running: 2, queued: 0, heavyRunning: 2, heavyQueued: 0 });

    const order: string[] = [];
    const large = admission.enter(undefined, 996).then((leave) => (order.push('large'), leave));
    // Fits beside one page, but waits behind the large request that came first.
    const small = admission.enter(undefined, 300).then((leave) => (order.push('small'), leave));
    expect(admission.state).toEqual({ running: 2, queued: 0, heavyRunning: 2, heavyQueued: 2 });
    page();
    await Promise.resolve();
    expect(order).toEqual([]);
    otherPage();
    const leaveLarge = await large;
    expect(admission.state).toMatchObject({ heavyRunning: 1, heavyQueued: 1 });
    leaveLarge();
    (await small)();
    expect(order).toEqual(['large', 'small']);
    expect(admission.state).toEqual(IDLE);
  });

  it('runs a request that counts more than maxHeavyNodes (or Infinity, a full introspection) alone', async () => {
    const admission = admissionWith({ maxConcurrent: 8, maxHeavy: 4, maxHeavyNodes: 1_024, maxQueued: 8 });
    const huge = await admission.enter(undefined, 4_000);
    let next = false;
    const introspection = admission.enter(undefined, Infinity).then((leave) => ((next = true), leave));
    await Promise.resolve();
    expect(next).toBe(false);
    huge();
    const leave = await introspection;
    const small = admission.enter(undefined, 251);
    expect(admission.state).toMatchObject({ heavyRunning: 1, heavyQueued: 1 });
    leave();
    (await small)();
    expect(admission.state).toEqual(IDLE);
  });

  it('admits the waiters a departing head of the queue held back', async () => {
    const admission = admissionWith({ maxConcurrent: 8, maxHeavy: 2, maxHeavyNodes: 1_024, maxQueued: 8 });
    const page = await admission.enter(undefined, 502);
    const controller = new AbortController();
    const large = admission.enter(controller.signal, 996).catch((e: unknown) => e);
    let smallIn = false;
    const small = admission.enter(undefined, 502).then((leave) => ((smallIn = true), leave));
    controller.abort(new ClientGoneError('gone'));
    expect(await large).toBeInstanceOf(ClientGoneError);
    (await small)();
    expect(smallIn).toBe(true);
    page();
    expect(admission.state).toEqual(IDLE);
  });

  it('counts a turn when it is given, so that no newcomer takes it before the waiter it was given to', async () => {
    const admission = admissionWith({ maxQueued: 8 });
    const first = await admission.enter();
    const waiting = admission.enter();
    first();
    // The waiter was given the turn synchronously: a newcomer now has to queue.
    expect(admission.state).toEqual({ running: 1, queued: 0, heavyRunning: 0, heavyQueued: 0 });
    const newcomer = admission.enter();
    expect(admission.state).toEqual({ running: 1, queued: 1, heavyRunning: 0, heavyQueued: 0 });
    (await waiting)();
    (await newcomer)();
  });
  it('rests after a full introspection for schemaRest times as long as it ran, while other requests go on', async () => {
    const admission = admissionWith({ maxConcurrent: 4, maxHeavy: 2, schemaRest: 5 });
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const first = await admission.enter(undefined, Infinity);
    await sleep(20);
    const leftAt = performance.now();
    first();
    // The next introspection waits for the rest (about 5 × 20 ms) ...
    const next = admission.enter(undefined, Infinity).then((leave) => ({ leave, at: performance.now() }));
    // ... while a light request and a heavy one are served at once.
    const light = await admission.enter();
    const heavy = await admission.enter(undefined, 300);
    expect(admission.state).toMatchObject({ running: 2, heavyRunning: 1, heavyQueued: 0 });
    light();
    heavy();
    const { leave, at } = await next;
    expect(at - leftAt).toBeGreaterThanOrEqual(95);
    leave();
    expect(admission.state).toEqual(IDLE);
  });

  it('rests at most half of maxWaitMs, so that the first waiter is served, and not at all with schemaRest 0', async () => {
    const resting = admissionWith({ schemaRest: 1_000, maxWaitMs: 2_000 });
    const first = await resting.enter(undefined, Infinity);
    await new Promise((resolve) => setTimeout(resolve, 10));
    const leftAt = performance.now();
    first();
    // 1,000 × 10 ms would be 10 s: capped at 1 s.
    (await resting.enter(undefined, Infinity))();
    const waited = performance.now() - leftAt;
    expect(waited).toBeGreaterThanOrEqual(995);
    expect(waited).toBeLessThan(2_000);
    expect(resting.state).toEqual(IDLE);

    const unpaced = admissionWith({ schemaRest: 0 });
    (await unpaced.enter(undefined, Infinity))();
    (await unpaced.enter(undefined, Infinity))();
    expect(unpaced.state).toEqual(IDLE);
  });
});
