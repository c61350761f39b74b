import { Injectable } from '@nestjs/common';
import type { Clock } from '../../engine/runtime/index.js';

/**
 * The engine's clock in the server: the system time plus an offset that only in-process code can move (no API
 * exposes it). Tests move it forward or back (`advance`) instead of sleeping, like Zeebe's controlled clock; the
 * timer poller fires what is due by it, and every command computes due dates and message expiry with it.
 */
@Injectable()
export class EngineClock implements Clock {
  private offsetMs = 0;

  now(): number {
    return Date.now() + this.offsetMs;
  }

  /** Moves the clock by `ms` (negative moves it back). */
  advance(ms: number): void {
    this.offsetMs += ms;
  }

  /** Sets the clock to an instant; it keeps running from there. */
  setTo(epochMs: number): void {
    this.offsetMs = epochMs - Date.now();
  }

  reset(): void {
    this.offsetMs = 0;
  }
}
