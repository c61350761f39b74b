import { Module } from '@nestjs/common';
import { NotificationModule } from '../notification/notification.module.js';
import { SlaTimerHandler } from './sla-timer-handler.js';
import { SlaService } from './sla.service.js';
import { TaskSlaResolver } from './task-sla.resolver.js';

/** SLA policies of user tasks (baton:sla): deadlines, states, threshold actions fired by the TimerPoller. */
@Module({ imports: [NotificationModule], providers: [SlaService, SlaTimerHandler, TaskSlaResolver], exports: [SlaService] })
export class SlaModule {}
