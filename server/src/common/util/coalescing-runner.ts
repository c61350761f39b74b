/**
 * Runs a pass at most once at a time: a wake-up during a pass asks for one more pass after it, however many wake-ups
 * arrive (NOTIFY bursts, timers). Used by the background workers that drain a table (jobs, record indexes).
 */
export class CoalescingRunner {
  private running: Promise<void> | null = null;
  private again = false;

  constructor(
    private readonly pass: () => Promise<void>,
    private readonly stopped: () => boolean = () => false,
  ) {}

  /** Starts a pass now (or right after the one in progress); resolves when no pass is left to run. */
  wake(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    // Started on the next microtask, so a wake-up from inside the pass already sees it running.
    this.running = Promise.resolve().then(() => this.loop()).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** The pass in progress, if any: what a shutdown waits for. */
  get current(): Promise<void> | null {
    return this.running;
  }

  private async loop(): Promise<void> {
    do {
      this.again = false;
      await this.pass();
    } while (this.again && !this.stopped());
  }
}
