import { Field, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum CalendarDayKind {
  HOLIDAY = 'HOLIDAY',
  WORKDAY = 'WORKDAY',
}
registerEnumType(CalendarDayKind, { name: 'CalendarDayKind', description: 'HOLIDAY: not worked (or only its periods); WORKDAY: a weekend day worked (调休)' });

@ObjectType('WorkPeriod', { description: 'Working time from start to end (HH:mm; an end at or before the start runs past midnight)' })
@InputType('WorkPeriodInput')
export class WorkPeriodModel {
  @Field()
  start: string;

  @Field()
  end: string;
}

@ObjectType('WeekdayHours')
@InputType('WeekdayHoursInput')
export class WeekdayHoursModel {
  @Field(() => Int, { description: 'ISO weekday: 1 = Monday … 7 = Sunday' })
  weekday: number;

  @Field(() => [WorkPeriodModel])
  periods: WorkPeriodModel[];
}

@ObjectType('CalendarDay', { description: 'A date that differs from the working week' })
export class CalendarDayModel {
  @Field({ description: 'YYYY-MM-DD' })
  date: string;

  @Field(() => CalendarDayKind)
  kind: CalendarDayKind;

  @Field(() => String, { nullable: true })
  nameEn: string | null;

  @Field(() => String, { nullable: true })
  nameZhCn: string | null;

  @Field(() => [WorkPeriodModel], { nullable: true, description: 'A partial day, or a working day with its own hours' })
  periods: WorkPeriodModel[] | null;

  @Field({ description: 'WORKSPACE, or the shipped holiday list it comes from (CN)' })
  source: string;
}

@ObjectType('BusinessCalendar', { description: "The workspace's working hours, zone and holidays; SLA deadlines are counted on it" })
export class BusinessCalendarModel {
  @Field({ description: 'IANA zone, e.g. Asia/Shanghai' })
  timeZone: string;

  @Field(() => [WeekdayHoursModel], { description: 'Worked weekdays only' })
  weeklyHours: WeekdayHoursModel[];

  @Field(() => String, { nullable: true, description: 'The shipped holiday list included (CN: China, with 调休 days), or null' })
  holidaySet: string | null;

  @Field(() => [CalendarDayModel], { description: "The workspace's own holidays and working days" })
  days: CalendarDayModel[];

  @Field(() => [String], { description: 'Shipped holiday lists to choose from' })
  holidaySets: string[];

  @Field({ description: 'False while the workspace uses the default calendar' })
  customised: boolean;
}

@InputType()
export class CalendarDayInput {
  @Field()
  date: string;

  @Field(() => CalendarDayKind)
  kind: CalendarDayKind;

  @Field(() => String, { nullable: true })
  nameEn?: string | null;

  @Field(() => String, { nullable: true })
  nameZhCn?: string | null;

  @Field(() => [WorkPeriodModel], { nullable: true })
  periods?: WorkPeriodModel[] | null;
}

@InputType()
export class SetBusinessCalendarInput {
  @Field()
  timeZone: string;

  @Field(() => [WeekdayHoursModel])
  weeklyHours: WeekdayHoursModel[];

  @Field(() => String, { nullable: true })
  holidaySet?: string | null;

  @Field(() => [CalendarDayInput], { nullable: true })
  days?: CalendarDayInput[] | null;
}
