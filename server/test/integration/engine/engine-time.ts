import type { RunningBaton } from '../../../src/bootstrap.js';
import { EngineClock } from '../../../src/modules/timer/engine-clock.js';
import { TimerPoller } from '../../../src/modules/timer/timer-poller.js';

/** Moves the servers' engine clocks and lets their timer pollers fire what became due: tests never sleep for a timer. */
export class EngineTime {
  constructor(private readonly servers: RunningBaton[]) {}

  get clocks(): EngineClock[] {
    return this.servers.map((s) => s.app.get(EngineClock));
  }

  get pollers(): TimerPoller[] {
    return this.servers.map((s) => s.app.get(TimerPoller));
  }

  now(): number {
    return this.clocks[0].now();
  }

  /** Every clock moves by `ms`; then every poller drains, side by side. */
  async advance(ms: number): Promise<void> {
    for (const clock of this.clocks) clock.advance(ms);
    await this.settle();
  }

  async settle(): Promise<void> {
    await Promise.all(this.pollers.map((p) => p.wake()));
  }
}
