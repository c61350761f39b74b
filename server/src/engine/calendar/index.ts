/** Business calendars: working hours, zone, holidays and adjusted working days; working-time arithmetic. */
export * from './business-calendar.js';
export { BusinessDurationError, addWorkingTime, parseBusinessDuration, workingTimeBetween, type BusinessDuration } from './business-time.js';
export { CHINA_HOLIDAY_YEARS, CHINA_HOLIDAYS } from './china-holidays.js';
export { loadCalendar } from './load-calendar.js';
