import { Module } from '@nestjs/common';
import { CalendarResolver } from './calendar.resolver.js';
import { CalendarService } from './calendar.service.js';

/** The workspace's business calendar (engine/calendar computes with it). */
@Module({ providers: [CalendarResolver, CalendarService] })
export class CalendarModule {}
