import { Admission } from '../../../src/http/admission';
import { ClientGoneError, HttpError } from '../../../src/http/exchange';

describe('Admission', () => {
  it('lets maxConcurrent requests run, queues the next ones first come first served, and refuses past the queue', async () => {
    const admission = new Admission({ maxConcurrent: 2, maxHeavy: 1, maxQueued: 2, maxWaitMs: 10_000 });
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
    expect(admission.state).toEqual({ running: 0, queued: 0, heavyRunning: 0, heavyQueued: 0 });
  });

  it('refuses a request that waited longer than maxWaitMs, with a 503', async () => {
    const admission = new Admission({ maxConcurrent: 1, maxHeavy: 1, maxQueued: 5, maxWaitMs: 30 });
    const leave = await admission.enter();
    const error = await admission.enter().catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 503, message: expect.stringMatching(/no turn came within 30 ms/) });
    expect(admission.state).toEqual({ running: 1, queued: 0, heavyRunning: 0, heavyQueued: 0 });
    leave();
  });

  it("takes a waiter whose signal aborts out of the queue, with the signal's reason", async () => {
    const admission = new Admission({ maxConcurrent: 1, maxHeavy: 1, maxQueued: 5, maxWaitMs: 10_000 });
    const leave = await admission.enter();
    const controller = new AbortController();
    const waiting = admission.enter(controller.signal).catch((e: unknown) => e);
    controller.abort(new ClientGoneError('gone'));
    expect(await waiting).toBeInstanceOf(ClientGoneError);
    expect(admission.state).toEqual({ running: 1, queued: 0, heavyRunning: 0, heavyQueued: 0 });
    leave();
    expect(admission.state).toEqual({ running: 0, queued: 0, heavyRunning: 0, heavyQueued: 0 });
  });
});

describe('Admission of heavy requests', () => {
  it('runs at most maxHeavy heavy requests at once while light ones pass beside them', async () => {
    const admission = new Admission({ maxConcurrent: 4, maxHeavy: 1, maxQueued: 4, maxWaitMs: 10_000 });
    const heavy = await admission.enter(undefined, true);
    let second = false;
    const waiting = admission.enter(undefined, true).then((leave) => ((second = true), leave));
    const light = await admission.enter();
    expect(admission.state).toEqual({ running: 2, queued: 0, heavyRunning: 1, heavyQueued: 1 });
    expect(second).toBe(false);
    heavy();
    (await waiting)();
    light();
    expect(second).toBe(true);
    expect(admission.state).toEqual({ running: 0, queued: 0, heavyRunning: 0, heavyQueued: 0 });
  });
});
