/**
 * Admission in front of the database, in two lanes. Every GraphQL request that will read takes
 * a turn in the general lane (at most `maxConcurrent` at a time); a heavy one (its node count
 * over the heavy threshold, or a full introspection) first takes a turn in the heavy lane, so
 * that a few clients looping the largest requests the limits accept cannot take every core from
 * everyone else. The heavy lane weighs each request by the graph nodes it may return: at most
 * `maxHeavy` heavy requests run at once, and only while their node counts add up to at most
 * `maxHeavyNodes`; a request that counts more (or asks for the whole schema) runs alone. With
 * `maxHeavy` 2 (the default), two pages of 50 obligations (502 nodes each) run side by side, while
 * the heavy requests in flight never count more than one request of `maxHeavyNodes` would alone. Each lane
 * serves first come first served (a waiter that does not fit holds back those behind it), holds
 * at most `maxQueued` waiters, and lets none wait longer than `maxWaitMs`. A full introspection
 * also takes a turn in a lane of its own that rests after each one for `schemaRest` times as long
 * as it ran: it runs on the server's thread (about 17 ms, where a normal request takes 1), so
 * clients looping it held that thread from everyone, while one page of GraphiQL or a code
 * generator asks for it once. A request that finds a queue
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
  /**
   * After a full introspection, the next one waits this many times as long as it ran once
   * admitted (0: no rest), at most half of `maxWaitMs`.
   */
  schemaRest: number;
}

/**
 * Two heavy requests at once while their node counts add up to at most 1,024: the bound on what
 * the heavy lane holds is its nodes in flight, which one request of 1,002 nodes (a page of 100
 * obligations with subordinates) reaches alone; with one request at a time, two pages of 50
 * obligations (502 each) held the lane as that one did, and one's server work could not overlap
 * the other's Neo4j time. In `npm run bench:abuse` on a busy machine, the phases whose requests
 * share the lane (03's page and the neighbourhoods of 498-511 nodes) read 1.7-4.6x with two
 * against 1.1-4.3x with one, within the 4.1-4.6x that four clients looping a light request cost
 * the normal query in the same runs; on a quiet one, 03's page read 5.83x with two against 5.81x
 * with one, and the light request 5.76x, but the largest neighbourhood of depth 2 that shares the
 * lane 8.38x (README, Operations, "Overload" and "Fairness").
 */
export const DEFAULT_ADMISSION: AdmissionLimits = {
  maxConcurrent: 16,
  maxHeavy: 2,
  maxHeavyNodes: 1_024,
  maxQueued: 64,
  maxWaitMs: 8_000,
  // Full introspections take at most a twentieth of the time, whoever loops them.
  schemaRest: 19,
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
 * leave and the waiter it admits. With a `rest` factor, `restAfter` closes the lane for `rest`
 * times as long as a turn ran.
 */
class Lane {
  running = 0;
  private weighed = 0;
  readonly queue: Waiter[] = [];
  /** `performance.now()` until which the lane gives no turn (resting after one). */
  private restingUntil = 0;
  private wakeUp: NodeJS.Timeout | null = null;

  constructor(
    private readonly name: string,
    private readonly maxRunning: number,
    private readonly maxWeight: number,
    private readonly limits: AdmissionLimits,
    private readonly rest = 0,
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
    return (
      this.running < this.maxRunning &&
      this.weighed + weight <= this.maxWeight &&
      // Only a lane that rests reads the clock: every request asks the general lane.
      (this.rest === 0 || performance.now() >= this.restingUntil)
    );
  }

  private take(weight: number): void {
    this.running += 1;
    this.weighed += weight;
  }

  /**
   * Closes the lane for `rest` times `ranMs` from now, but never so long that the first waiter
   * could not be served within half its longest wait.
   */
  restAfter(ranMs: number): void {
    const restMs = Math.min(ranMs * this.rest, this.limits.maxWaitMs / 2);
    this.restingUntil = Math.max(this.restingUntil, performance.now() + restMs);
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
    this.wakeWhenRested();
  }

  /** While the lane rests and someone waits, the queue is looked at again when the rest ends. */
  private wakeWhenRested(): void {
    const resting = this.restingUntil - performance.now();
    if (this.queue.length === 0 || resting <= 0 || this.wakeUp) return;
    this.wakeUp = setTimeout(() => {
      this.wakeUp = null;
      this.admitWaiters();
    }, Math.ceil(resting));
    this.wakeUp.unref();
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
      this.wakeWhenRested();
    });
  }
}

export class Admission {
  private readonly general: Lane;
  private readonly heavy: Lane;
  private readonly schema: Lane;

  constructor(readonly limits: AdmissionLimits) {
    this.general = new Lane('', limits.maxConcurrent, Infinity, limits);
    this.heavy = new Lane('heavy', limits.maxHeavy, limits.maxHeavyNodes, limits);
    this.schema = new Lane('introspection', 1, Infinity, limits, limits.schemaRest);
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
   * Infinity, a full introspection, takes the introspection lane's turn first, then the whole
   * heavy lane); resolves with the function that gives it back.
   */
  async enter(signal?: AbortSignal, heavyNodes = 0): Promise<() => void> {
    const lanes = [
      ...(heavyNodes === Infinity ? [this.schema] : []),
      ...(heavyNodes > 0 ? [this.heavy] : []),
      this.general,
    ];
    const leaves: Array<() => void> = [];
    // Given back in the reverse order of taking: the general turn first, the introspection's last.
    const leaveAll = () => {
      for (let i = leaves.length - 1; i >= 0; i--) leaves[i]();
    };
    try {
      for (const lane of lanes) leaves.push(await lane.enter(signal, lane === this.heavy ? heavyNodes : 1));
    } catch (error) {
      leaveAll();
      throw error;
    }
    if (heavyNodes !== Infinity) return leaveAll;
    // The introspection lane rests for as long as the request ran once admitted (its waits aside).
    const began = performance.now();
    let done = false;
    return () => {
      if (done) return;
      done = true;
      this.schema.restAfter(performance.now() - began);
      leaveAll();
    };
  }
}

function overloaded(message: string): HttpError {
  return new HttpError(503, message, { 'retry-after': '1' }, 'SERVICE_UNAVAILABLE');
}
