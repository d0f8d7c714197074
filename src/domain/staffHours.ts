// When the service team answers (STAFF_HOURS, CONTRACT §1): parsed once at start-up, worded for customers in each language.
import type { Language } from './vocabulary';

export const DEFAULT_STAFF_HOURS = 'Mon-Fri 09:00-18:00';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** One part of the schedule, e.g. Monday to Friday from 09:00 to 18:00 (Asia/Shanghai). */
export interface StaffShift {
  /** The days as written: a range keeps its ends so it can be worded "Monday to Friday". */
  days: { kind: 'range'; from: Weekday; to: Weekday } | { kind: 'list'; days: Weekday[] };
  /** `HH:MM`, 24-hour clock. */
  opens: string;
  closes: string;
}

export type StaffSchedule = readonly StaffShift[];

export class StaffHoursError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StaffHoursError';
  }
}

// Operators copy hours from documents that use en dashes as often as hyphens.
const DASH = /\s*[-–—]\s*/;
const SHIFT = /^(\S+(?:\s*[-–—]\s*\S+)?)\s+(\d{1,2}:\d{2})\s*[-–—]\s*(\d{1,2}:\d{2})$/;

function weekday(text: string, part: string): Weekday {
  const day = WEEKDAYS.find((name) => name.toLowerCase() === text.toLowerCase());
  if (!day) throw new StaffHoursError(`"${part}": "${text}" is not a day (expected ${WEEKDAYS.join(', ')})`);
  return day;
}

function minutes(time: string, part: string): number {
  const [hours, mins] = time.split(':').map(Number) as [number, number];
  if (hours > 24 || mins > 59 || (hours === 24 && mins > 0)) {
    throw new StaffHoursError(`"${part}": "${time}" is not a time of day (expected HH:MM from 00:00 to 24:00)`);
  }
  return hours * 60 + mins;
}

function daysOf(shift: StaffShift): Weekday[] {
  if (shift.days.kind === 'list') return shift.days.days;
  return WEEKDAYS.slice(WEEKDAYS.indexOf(shift.days.from), WEEKDAYS.indexOf(shift.days.to) + 1);
}

function parseShift(part: string): StaffShift {
  const match = SHIFT.exec(part);
  if (!match) throw new StaffHoursError(`"${part}" is not "days HH:MM-HH:MM" (e.g. "Mon-Fri 09:00-18:00")`);
  const [, dayText, opens, closes] = match as unknown as [string, string, string, string];
  const range = dayText.split(DASH);
  let days: StaffShift['days'];
  if (range.length === 2) {
    const [from, to] = range.map((day) => weekday(day, part)) as [Weekday, Weekday];
    if (WEEKDAYS.indexOf(from) >= WEEKDAYS.indexOf(to)) throw new StaffHoursError(`"${part}": the days run backwards (${from} after ${to})`);
    days = { kind: 'range', from, to };
  } else {
    days = { kind: 'list', days: dayText.split(',').map((day) => weekday(day.trim(), part)) };
  }
  if (minutes(opens, part) >= minutes(closes, part)) throw new StaffHoursError(`"${part}": closes (${closes}) before it opens (${opens})`);
  return { days, opens: opens.padStart(5, '0'), closes: closes.padStart(5, '0') };
}

/** Parses e.g. `Mon-Fri 09:00-18:00; Sat 09:00-12:00`; throws a StaffHoursError quoting the part that is wrong. */
export function parseStaffHours(text: string): StaffSchedule {
  const parts = text.split(';').map((part) => part.trim()).filter((part) => part.length > 0);
  if (parts.length === 0) throw new StaffHoursError('names no days and hours (e.g. "Mon-Fri 09:00-18:00")');
  const shifts = parts.map(parseShift);
  const seen = new Set<Weekday>();
  shifts.forEach((shift, index) => {
    for (const day of daysOf(shift)) {
      if (seen.has(day)) throw new StaffHoursError(`"${parts[index]}": ${day} is already given an earlier time`);
      seen.add(day);
    }
  });
  return Object.freeze(shifts);
}

interface DayWords {
  names: Record<Weekday, string>;
  range(from: string, to: string): string;
  listSeparator: string;
  shiftSeparator: string;
  timeZone(hours: string): string;
  today: string;
  at(day: string, time: string): string;
}

const WORDS: Record<Language, DayWords> = {
  en: {
    names: { Mon: 'Monday', Tue: 'Tuesday', Wed: 'Wednesday', Thu: 'Thursday', Fri: 'Friday', Sat: 'Saturday', Sun: 'Sunday' },
    range: (from, to) => `${from} to ${to}`,
    listSeparator: ', ',
    shiftSeparator: '; ',
    timeZone: (hours) => `${hours} (Beijing time)`,
    today: 'today',
    at: (day, time) => `${day} at ${time}`,
  },
  zh: {
    names: { Mon: '周一', Tue: '周二', Wed: '周三', Thu: '周四', Fri: '周五', Sat: '周六', Sun: '周日' },
    range: (from, to) => `${from}至${to}`,
    listSeparator: '、',
    shiftSeparator: '，',
    timeZone: (hours) => `${hours}（北京时间）`,
    today: '今天',
    at: (day, time) => `${day} ${time}`,
  },
};

/** "09:00" reads as 9:00 in both languages. */
function clockTime(time: string): string {
  return time.replace(/^0(\d)/, '$1');
}

/** The schedule as a customer reads it, e.g. "Monday to Friday 9:00–18:00; Saturday 9:00–12:00 (Beijing time)". */
export function describeStaffHours(schedule: StaffSchedule, lang: Language): string {
  const words = WORDS[lang];
  const shifts = schedule.map((shift) => {
    const days =
      shift.days.kind === 'range'
        ? words.range(words.names[shift.days.from], words.names[shift.days.to])
        : shift.days.days.map((day) => words.names[day]).join(words.listSeparator);
    return `${days} ${clockTime(shift.opens)}–${clockTime(shift.closes)}`;
  });
  return words.timeZone(shifts.join(words.shiftSeparator));
}

// Beijing has kept UTC+8 all year since 1991, so a fixed offset is the whole of the time-zone rule.
const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The date in Beijing at `at` (`YYYY-MM-DD`), and that of the Monday its week began: the team's day and week. */
export function beijingDayAndWeek(at: Date): { day: string; weekStart: string } {
  const shifted = new Date(at.getTime() + BEIJING_OFFSET_MS);
  const monday = new Date(shifted.getTime() - ((shifted.getUTCDay() + 6) % 7) * 24 * 60 * 60 * 1000);
  return { day: shifted.toISOString().slice(0, 10), weekStart: monday.toISOString().slice(0, 10) };
}

/** The weekday and minute of the day in Beijing at `now`. */
function beijingTime(now: Date): { day: number; minute: number } {
  const shifted = new Date(now.getTime() + BEIJING_OFFSET_MS);
  // getUTCDay counts from Sunday; WEEKDAYS from Monday.
  return { day: (shifted.getUTCDay() + 6) % 7, minute: shifted.getUTCHours() * 60 + shifted.getUTCMinutes() };
}

function shiftOn(schedule: StaffSchedule, day: Weekday): StaffShift | undefined {
  return schedule.find((shift) => daysOf(shift).includes(day));
}

/** Whether the team works at `now`. */
export function isStaffTime(schedule: StaffSchedule, now: Date): boolean {
  const { day, minute } = beijingTime(now);
  const shift = shiftOn(schedule, WEEKDAYS[day]);
  return shift !== undefined && minute >= minutes(shift.opens, '') && minute < minutes(shift.closes, '');
}

/** When the team next starts work after `now` (within the coming week): the day and the opening time. */
export function nextStaffOpening(schedule: StaffSchedule, now: Date): { day: Weekday; opens: string; today: boolean } {
  const { day, minute } = beijingTime(now);
  for (let ahead = 0; ahead <= 7; ahead += 1) {
    const weekday = WEEKDAYS[(day + ahead) % 7];
    const shift = shiftOn(schedule, weekday);
    if (shift === undefined) continue;
    if (ahead === 0 && minutes(shift.opens, '') <= minute) continue;
    return { day: weekday, opens: shift.opens, today: ahead === 0 };
  }
  // parseStaffHours never returns a schedule without a day.
  throw new StaffHoursError('nextStaffOpening: the schedule names no day');
}

/** The next opening as a customer reads it, e.g. "Monday at 9:00 (Beijing time)" or "today at 9:00 (Beijing time)". */
export function describeNextOpening(schedule: StaffSchedule, now: Date, lang: Language): string {
  const opening = nextStaffOpening(schedule, now);
  const words = WORDS[lang];
  const day = opening.today ? words.today : words.names[opening.day];
  return words.timeZone(words.at(day, clockTime(opening.opens)));
}
