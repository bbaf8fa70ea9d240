import { performance } from 'node:perf_hooks';

/**
 * Long work on the event loop (serialising the data file, building the projection) in slices, with the event loop
 * free between them to answer requests. The caller checks {@link due} as it goes and awaits {@link pause} when it
 * is. A slice lasts `minMs` at first; after each pause the next one lasts half as long as the pause did (within
 * `minMs`–`maxMs`), so on an idle server the work runs in short slices at almost full speed, and under a steady
 * stream of requests it still gets about a third of the time instead of starving, while a request waits at most
 * `maxMs` for it.
 */
export class TimeSlices {
  private sliceStart = performance.now();
  private sliceMs: number;

  constructor(
    private readonly minMs = 8,
    private readonly maxMs = 50,
  ) {
    this.sliceMs = minMs;
  }

  /** True when the current slice is used up. */
  get due(): boolean {
    return performance.now() - this.sliceStart >= this.sliceMs;
  }

  /** Lets the event loop run (until `setImmediate`), then starts the next slice. */
  async pause(): Promise<void> {
    const paused = performance.now();
    await new Promise<void>((resolve) => setImmediate(resolve));
    const waited = performance.now() - paused;
    this.sliceMs = Math.min(this.maxMs, Math.max(this.minMs, waited / 2));
    this.sliceStart = performance.now();
  }
}
