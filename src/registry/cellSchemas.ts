// Validators for single CSV cells; each message reads as a predicate after the quoted cell value.
import { z } from 'zod';

export const requiredText = z.string().min(1, 'must not be empty');

export const yesNo = z
  .string()
  .regex(/^(yes|no)$/i, 'is not yes or no')
  .transform((value) => value.toLowerCase() === 'yes');

export const calendarDate = z.string().refine(isCalendarDate, 'is not a valid date (expected YYYY-MM-DD)');

/** Written in Chinese: at least one Chinese character, so that an English text in a `_zh` column is caught. */
export const chineseText = z.string().regex(/\p{Script=Han}/u, 'has no Chinese characters');

export const emailAddress = z.string().email('is not an e-mail address');

export function wholeNumberBetween(minimum: number, maximum: number) {
  return z
    .string()
    .regex(/^\d+$/, 'is not a whole number')
    .transform(Number)
    .refine((value) => value >= minimum && value <= maximum, `is not between ${minimum} and ${maximum}`);
}

/** The shape alone accepts 2024-02-30; a round trip through the calendar does not. */
function isCalendarDate(text: string): boolean {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!parts) return false;
  const [year, month, day] = parts.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
