/**
 * Where the engine reads the time: timer due dates and message expiry are computed with it, and the timer poller
 * fires what is due by it. Production uses the system clock; tests move an EngineClock instead of sleeping.
 */
export interface Clock {
  /** milliseconds since the epoch */
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };
