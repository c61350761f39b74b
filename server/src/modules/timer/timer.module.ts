import { Global, Module } from '@nestjs/common';
import { EngineClock } from './engine-clock.js';
import { TimerPoller } from './timer-poller.js';

/** The engine clock (global: every command computes due dates with it) and the timer poller of this replica. */
@Global()
@Module({
  providers: [EngineClock, TimerPoller],
  exports: [EngineClock, TimerPoller],
})
export class TimerModule {}
