import { CoalescingRunner } from './coalescing-runner.js';

describe('CoalescingRunner', () => {
  it('runs one pass at a time and one more for any number of wake-ups during a pass', async () => {
    let passes = 0;
    let inside = 0;
    let maxInside = 0;
    let release: () => void = () => undefined;
    let started: () => void = () => undefined;
    const firstPassStarted = new Promise<void>((done) => (started = done));
    const runner = new CoalescingRunner(async () => {
      passes += 1;
      inside += 1;
      maxInside = Math.max(maxInside, inside);
      if (passes === 1) {
        const held = new Promise<void>((done) => (release = done));
        started();
        await held;
      }
      inside -= 1;
    });
    // given a pass in progress / when woken five more times
    const first = runner.wake();
    await firstPassStarted;
    const others = Array.from({ length: 5 }, () => runner.wake());
    release();
    await Promise.all([first, ...others]);
    // then exactly one more pass ran, never two at once, and nothing is left running
    expect(passes).toBe(2);
    expect(maxInside).toBe(1);
    expect(runner.current).toBeNull();
  });

  it('stops repeating once stopped', async () => {
    let passes = 0;
    let stopped = false;
    const runner = new CoalescingRunner(async () => {
      passes += 1;
      stopped = true;
      void runner.wake();
    }, () => stopped);
    await runner.wake();
    expect(passes).toBe(1);
  });
});
