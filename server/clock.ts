/**
 * "Today" for date completions. A service, so that tests can fix the day.
 */
import { calendarDateOf, type CalendarDate } from '../language/dates.js';

export interface Clock {
    /** The calendar date of today in the server's local time. */
    today(): CalendarDate;
}

export const systemClock: Clock = {
    today: () => calendarDateOf(new Date())
};

/** A clock that always says the same day. */
export function fixedClock(date: CalendarDate): Clock {
    return { today: () => ({ ...date }) };
}
