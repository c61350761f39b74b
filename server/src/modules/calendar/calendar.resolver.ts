import { UseGuards } from '@nestjs/common';
import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthContext } from '../../common/auth/auth-context.js';
import { AuthGuard } from '../../common/auth/auth.guard.js';
import { CurrentAuth } from '../../common/auth/decorators.js';
import { BusinessCalendarModel, CalendarDayModel, SetBusinessCalendarInput } from './dtos/business-calendar.model.js';
import { CalendarService } from './calendar.service.js';

@Resolver()
@UseGuards(AuthGuard)
export class CalendarResolver {
  constructor(private readonly calendarService: CalendarService) {}

  @Query(() => BusinessCalendarModel, { description: "The workspace's business calendar (the default one until an admin sets it)" })
  businessCalendar(@CurrentAuth() auth: AuthContext) {
    return this.calendarService.get(auth);
  }

  @Mutation(() => BusinessCalendarModel, { description: 'Sets the business calendar (owners and admins)' })
  setBusinessCalendar(@CurrentAuth() auth: AuthContext, @Args('input') input: SetBusinessCalendarInput) {
    return this.calendarService.set(auth, input);
  }

  @Query(() => [CalendarDayModel], { description: 'Holidays and adjusted working days in effect in a year' })
  holidays(@CurrentAuth() auth: AuthContext, @Args('year', { type: () => Int }) year: number) {
    return this.calendarService.holidays(auth, year);
  }

  @Query(() => Date, { description: 'start plus a business duration (P2D, PT4H, -PT1H) on the workspace calendar' })
  addWorkingTime(@CurrentAuth() auth: AuthContext, @Args('start', { type: () => Date }) start: Date, @Args('duration') duration: string) {
    return this.calendarService.addWorkingTime(auth, start, duration);
  }
}
