// Calendar-date arithmetic for warranty periods, on ISO `YYYY-MM-DD` strings with no time zone involved.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  const lengths = [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return lengths[month - 1];
}

function parseCalendarDate(value: string, label: string): CalendarDate {
  const match = ISO_DATE.exec(value);
  if (!match) {
    throw new Error(`warrantyPeriod: ${label} must be a date written YYYY-MM-DD, got "${value}"`);
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new Error(`warrantyPeriod: ${label} "${value}" is not a day of the calendar`);
  }
  return { year, month, day };
}

function formatCalendarDate({ year, month, day }: CalendarDate): string {
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Throws a message naming `label` unless `value` is a real calendar date written `YYYY-MM-DD`. */
export function assertIsoDate(value: string, label: string): void {
  parseCalendarDate(value, label);
}

/**
 * The last day covered by a warranty of `months` starting on `purchaseDate`: the same day of the
 * month `months` later, or the last day of that month when it is shorter (Jan 31 + 1 → Feb 28/29).
 */
export function warrantyEndDate(purchaseDate: string, months: number): string {
  const start = parseCalendarDate(purchaseDate, 'purchase date');
  if (!Number.isInteger(months) || months < 0) {
    throw new Error(`warrantyPeriod: warranty months must be a whole number of 0 or more, got ${months}`);
  }
  const monthIndex = start.year * 12 + (start.month - 1) + months;
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  return formatCalendarDate({ year, month, day: Math.min(start.day, daysInMonth(year, month)) });
}

/** True while `today` is on or before the warranty's last covered day. */
export function isWithinWarranty(today: string, endDate: string): boolean {
  parseCalendarDate(today, 'today');
  parseCalendarDate(endDate, 'warranty end date');
  // Zero-padded ISO dates sort the same as the days they name.
  return today <= endDate;
}
