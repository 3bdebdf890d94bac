/**
 * The API's memory during the whole bench (target 6): every `intervalMs` each sampled target
 * process reports its RSS, heap and, when it has one, its response cache's bytes; the sampler
 * keeps every sample, so that the JSON holds the curve and the table its peak. A sample that does
 * not come back (a target busy for longer than the interval) is skipped, not waited for.
 */
import type { MemorySample } from './target-server';
import { memory, type Target } from './targets';

export interface TimedSample extends MemorySample {
  /** Milliseconds since the sampler started. */
  at: number;
  /** What the bench was doing (`load 01-resolution`, `scale N=100`, …). */
  phase: string;
}

export interface MemoryPeak {
  target: string;
  samples: number;
  /** Largest RSS seen, and when. */
  rssMax: number;
  rssMaxPhase: string;
  /** RSS of the first sample (after start-up and the first checks). */
  rssFirst: number;
  heapUsedMax: number;
  /** Largest response-cache size seen, its budget; null without a cache. */
  cacheBytesMax: number | null;
  cacheMaxBytes: number | null;
  /** The cache at the last sample: entries held, answers kept since start, hits; null without a cache. */
  cacheLast: { entries: number; stored: number; hits: number; misses: number } | null;
}

export class MemorySampler {
  readonly samples = new Map<string, TimedSample[]>();
  private timer: NodeJS.Timeout | null = null;
  private began = Date.now();
  private pending = new Set<string>();
  phase = 'start';

  constructor(
    private readonly targets: Target[],
    private readonly intervalMs = 500,
  ) {
    for (const target of targets) this.samples.set(target.name, []);
  }

  start(): void {
    this.began = Date.now();
    this.timer = setInterval(() => this.sampleAll(), this.intervalMs);
    this.sampleAll();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await Promise.all(this.targets.map((target) => this.sample(target)));
  }

  peaks(): MemoryPeak[] {
    return this.targets.map((target) => {
      const samples = this.samples.get(target.name) ?? [];
      const top = samples.reduce<TimedSample | null>((best, s) => (!best || s.rss > best.rss ? s : best), null);
      const cacheSizes = samples.flatMap((s) => (s.cache ? [s.cache.bytes] : []));
      return {
        target: target.name,
        samples: samples.length,
        rssMax: top?.rss ?? NaN,
        rssMaxPhase: top?.phase ?? '-',
        rssFirst: samples[0]?.rss ?? NaN,
        heapUsedMax: Math.max(...samples.map((s) => s.heapUsed)),
        cacheBytesMax: cacheSizes.length ? Math.max(...cacheSizes) : null,
        cacheMaxBytes: samples.find((s) => s.cache)?.cache?.maxBytes ?? null,
        cacheLast: samples.at(-1)?.cache ?? null,
      };
    });
  }

  private sampleAll(): void {
    for (const target of this.targets) void this.sample(target);
  }

  private async sample(target: Target): Promise<void> {
    if (this.pending.has(target.name) || target.child.exitCode !== null || !target.child.connected) return;
    this.pending.add(target.name);
    const phase = this.phase;
    try {
      const sample = await memory(target);
      this.samples.get(target.name)?.push({ ...sample, at: Date.now() - this.began, phase });
    } finally {
      this.pending.delete(target.name);
    }
  }
}
