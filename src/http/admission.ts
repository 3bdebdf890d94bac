/**
 * Admission in front of the database, in two lanes. Every GraphQL request that will read takes
 * a turn in the general lane (at most `maxConcurrent` at a time); a heavy one (its node count
 * over the heavy threshold, or a full introspection) first takes a turn in the heavy lane (at
 * most `maxHeavy` at a time), so that a few clients looping the largest requests the limits
 * accept cannot take every core from everyone else. Each lane serves first come first served,
 * holds at most `maxQueued` waiters, and lets none wait longer than `maxWaitMs`. A request that
 * finds a queue full, or waits too long, is refused with a 503 SERVICE_UNAVAILABLE and a
 * Retry-After header instead of piling onto Neo4j's connection pool (whose acquisition timeout
 * would otherwise surface as an internal error).
 *
 * Contract: every `enter` that resolves returns a `leave` that must be called exactly once
 * (extra calls are ignored); a waiter whose signal aborts leaves the queue without taking a turn
 * and rejects with the signal's reason.
 */
import { ClientGoneError, HttpError } from './exchange';

export interface AdmissionLimits {
  /** Requests executing at once. */
  maxConcurrent: number;
  /** Heavy requests executing at once. */
  maxHeavy: number;
  /** Requests waiting for a turn in each lane; one more is refused at once. */
  maxQueued: number;
  /** Longest wait for a turn, in milliseconds. */
  maxWaitMs: number;
}

export interface AdmissionState {
  running: number;
  queued: number;
  heavyRunning: number;
  heavyQueued: number;
}

/** One lane: a counting semaphore with a bounded, timed FIFO queue. */
class Lane {
  running = 0;
  readonly queue: (() => void)[] = [];

  constructor(
    private readonly name: string,
    private readonly maxRunning: number,
    private readonly limits: AdmissionLimits,
  ) {}

  async enter(signal?: AbortSignal): Promise<() => void> {
    signal?.throwIfAborted();
    if (this.running < this.maxRunning && this.queue.length === 0) return this.takeTurn();
    if (this.queue.length >= this.limits.maxQueued) {
      throw overloaded(
        `the server is busy: ${this.queue.length} ${this.name} requests are already waiting; retry shortly`,
      );
    }
    await this.waitForTurn(signal);
    return this.takeTurn();
  }

  private takeTurn(): () => void {
    this.running += 1;
    let left = false;
    return () => {
      if (left) return;
      left = true;
      this.running -= 1;
      if (this.running < this.maxRunning) this.queue.shift()?.();
    };
  }

  private waitForTurn(signal?: AbortSignal): Promise<void> {
    return new Promise((resolve, reject) => {
      const admit = () => {
        settle();
        resolve();
      };
      const timer = setTimeout(() => {
        settle();
        reject(overloaded(`the server is busy: no turn came within ${this.limits.maxWaitMs} ms; retry shortly`));
      }, this.limits.maxWaitMs);
      const onAbort = () => {
        settle();
        reject(
          signal?.reason instanceof Error
            ? signal.reason
            : new ClientGoneError('the request was abandoned while it waited for a turn'),
        );
      };
      const settle = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        const index = this.queue.indexOf(admit);
        if (index >= 0) this.queue.splice(index, 1);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.queue.push(admit);
    });
  }
}

export class Admission {
  private readonly general: Lane;
  private readonly heavy: Lane;

  constructor(readonly limits: AdmissionLimits) {
    this.general = new Lane('', limits.maxConcurrent, limits);
    this.heavy = new Lane('heavy', limits.maxHeavy, limits);
  }

  get state(): AdmissionState {
    return {
      running: this.general.running,
      queued: this.general.queue.length,
      heavyRunning: this.heavy.running,
      heavyQueued: this.heavy.queue.length,
    };
  }

  /** Waits for a turn (a heavy request for one in both lanes); resolves with the function that gives it back. */
  async enter(signal?: AbortSignal, heavy = false): Promise<() => void> {
    const leaveHeavy = heavy ? await this.heavy.enter(signal) : () => {};
    try {
      const leaveGeneral = await this.general.enter(signal);
      return () => {
        leaveGeneral();
        leaveHeavy();
      };
    } catch (error) {
      leaveHeavy();
      throw error;
    }
  }
}

function overloaded(message: string): HttpError {
  return new HttpError(503, message, { 'retry-after': '1' }, 'SERVICE_UNAVAILABLE');
}
