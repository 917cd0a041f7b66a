/** The clock a client waits on; tests pass one whose time only moves when `sleep` is called. */
export interface Clock {
  /** Milliseconds since some fixed point. */
  now(): number;
  sleep(ms: number): Promise<void>;
}

/** The real clock. */
export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * At most `limit` requests in any window of `windowMs` (Kolada: 5 a second, as the known clients
 * keep to). A sliding window, not a fixed tick: a burst of five is allowed, the sixth waits until
 * the first is a whole window old.
 */
export class Throttle {
  readonly #sent: number[] = [];

  constructor(
    readonly clock: Clock,
    readonly limit = 5,
    readonly windowMs = 1000,
  ) {}

  /** Waits until one more request may start, and counts it. */
  async take(): Promise<void> {
    for (;;) {
      const now = this.clock.now();
      while (this.#sent.length > 0 && now - this.#sent[0]! >= this.windowMs) this.#sent.shift();
      if (this.#sent.length < this.limit) {
        this.#sent.push(now);
        return;
      }
      await this.clock.sleep(this.#sent[0]! + this.windowMs - now);
    }
  }
}
