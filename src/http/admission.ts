/**
 * Admission in front of the database, in two lanes. Every GraphQL request that will read takes
 * a turn in the general lane (at most `maxConcurrent` at a time); a heavy one (its node count
 * over the heavy threshold, or a full introspection) first takes a turn in the heavy lane, so
 * that a few clients looping the largest requests the limits accept cannot take every core from
 * everyone else. The heavy lane weighs each request by the graph nodes it may return: at most
 * `maxHeavy` heavy requests run at once, and only while their node counts add up to at most
 * `maxHeavyNodes`; a request that counts more (or asks for the whole schema) runs alone. With
 * `maxHeavy` 2, two pages of 50 obligations (502 nodes each) run side by side, while the heavy
 * requests in flight never count more than one request of `maxHeavyNodes` would alone. Each lane
 * serves first come first served (a waiter that does not fit holds back those behind it), holds
 * at most `maxQueued` waiters, and lets none wait longer than `maxWaitMs`. A request that finds a queue
 * full, or waits too long, is refused with a 503 SERVICE_UNAVAILABLE and a Retry-After header
 * instead of piling onto Neo4j's connection pool (whose acquisition timeout would otherwise
 * surface as an internal error).
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
  /** The node counts of the heavy requests executing at once add up to at most this; a larger one runs alone. */
  maxHeavyNodes: number;
  /** Requests waiting for a turn in each lane; one more is refused at once. */
  maxQueued: number;
  /** Longest wait for a turn, in milliseconds. */
  maxWaitMs: number;
}

/**
 * One heavy request at a time. Two at once, together at most 1,024 nodes (`DB_MAX_HEAVY=2`), let
 * two pages of 50 obligations (502 each) run side by side while a larger request (four aliased
 * light neighbourhoods, 996 nodes) still runs alone; but four clients looping that page
 * then pushed the normal query's p95 to 3.57x its p95 alone in one run (the check is 3x), so the
 * default stays at one.
 */
export const DEFAULT_ADMISSION: AdmissionLimits = {
  maxConcurrent: 16,
  maxHeavy: 1,
  maxHeavyNodes: 1_024,
  maxQueued: 64,
  maxWaitMs: 8_000,
};

export interface AdmissionState {
  running: number;
  queued: number;
  heavyRunning: number;
  heavyQueued: number;
}

interface Waiter {
  weight: number;
  admit: () => void;
}

/**
 * One lane: a semaphore over requests and their weights, with a bounded, timed FIFO queue. A
 * turn is taken (counted) at the moment it is given, so that no newcomer slips in between a
 * leave and the waiter it admits.
 */
class Lane {
  running = 0;
  private weighed = 0;
  readonly queue: Waiter[] = [];

  constructor(
    private readonly name: string,
    private readonly maxRunning: number,
    private readonly maxWeight: number,
    private readonly limits: AdmissionLimits,
  ) {}

  /** Waits for a turn for a request of this weight (a weight over the lane's runs alone). */
  async enter(signal?: AbortSignal, weight = 1): Promise<() => void> {
    signal?.throwIfAborted();
    const weighs = Math.min(Math.max(0, weight), this.maxWeight);
    if (this.queue.length === 0 && this.fits(weighs)) {
      this.take(weighs);
      return this.leaveFunction(weighs);
    }
    if (this.queue.length >= this.limits.maxQueued) {
      throw overloaded(
        `the server is busy: ${this.queue.length} ${this.name} requests are already waiting; retry shortly`,
      );
    }
    await this.waitForTurn(weighs, signal);
    return this.leaveFunction(weighs);
  }

  private fits(weight: number): boolean {
    return this.running < this.maxRunning && this.weighed + weight <= this.maxWeight;
  }

  private take(weight: number): void {
    this.running += 1;
    this.weighed += weight;
  }

  private leaveFunction(weight: number): () => void {
    let left = false;
    return () => {
      if (left) return;
      left = true;
      this.running -= 1;
      this.weighed -= weight;
      this.admitWaiters();
    };
  }

  private admitWaiters(): void {
    for (let next = this.queue[0]; next && this.fits(next.weight); next = this.queue[0]) {
      this.take(next.weight);
      next.admit();
    }
  }

  private waitForTurn(weight: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        weight,
        admit: () => {
          settle();
          resolve();
        },
      };
      const timer = setTimeout(() => {
        settle();
        reject(overloaded(`the server is busy: no turn came within ${this.limits.maxWaitMs} ms; retry shortly`));
        this.admitWaiters();
      }, this.limits.maxWaitMs);
      const onAbort = () => {
        settle();
        reject(
          signal?.reason instanceof Error
            ? signal.reason
            : new ClientGoneError('the request was abandoned while it waited for a turn'),
        );
        this.admitWaiters();
      };
      // A waiter that leaves the queue may have held back lighter ones behind it: they are admitted.
      const settle = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        const index = this.queue.indexOf(waiter);
        if (index >= 0) this.queue.splice(index, 1);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.queue.push(waiter);
    });
  }
}

export class Admission {
  private readonly general: Lane;
  private readonly heavy: Lane;

  constructor(readonly limits: AdmissionLimits) {
    this.general = new Lane('', limits.maxConcurrent, Infinity, limits);
    this.heavy = new Lane('heavy', limits.maxHeavy, limits.maxHeavyNodes, limits);
  }

  get state(): AdmissionState {
    return {
      running: this.general.running,
      queued: this.general.queue.length,
      heavyRunning: this.heavy.running,
      heavyQueued: this.heavy.queue.length,
    };
  }

  /**
   * Waits for a turn (a heavy request, one that weighs `heavyNodes` > 0, for one in both lanes;
   * Infinity takes the whole heavy lane); resolves with the function that gives it back.
   */
  async enter(signal?: AbortSignal, heavyNodes = 0): Promise<() => void> {
    const leaveHeavy = heavyNodes > 0 ? await this.heavy.enter(signal, heavyNodes) : () => {};
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
