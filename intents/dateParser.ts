// Reads the date a customer mentions ("last March", "去年三月", "两年前") as YYYY-MM-DD against a reference day.
import * as chrono from 'chrono-node';
import type { Language } from '../src/domain/vocabulary';

/** A date named only by its month, or its year, is read as the first day of it. */
interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const CHINESE_DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 半: 0.5,
};

/** "3", "三", "十二", "二十" → number; undefined when it is not a small number. */
function chineseNumber(text: string): number | undefined {
  if (/^\d+$/u.test(text)) return Number(text);
  if (text === '半') return 0.5;
  const tens = text.indexOf('十');
  if (tens >= 0) {
    const high = tens === 0 ? 1 : CHINESE_DIGITS[text.slice(0, tens)];
    const low = tens === text.length - 1 ? 0 : CHINESE_DIGITS[text.slice(tens + 1)];
    return high === undefined || low === undefined ? undefined : high * 10 + low;
  }
  return text.length === 1 ? CHINESE_DIGITS[text] : undefined;
}

function fromIso(iso: string): CalendarDate {
  const [year, month, day] = iso.split('-').map(Number);
  return { year, month, day };
}

function toIso({ year, month, day }: CalendarDate): string {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.toISOString().slice(0, 10);
}

function monthsBefore(today: CalendarDate, months: number): CalendarDate {
  const whole = Math.floor(months);
  const date = new Date(Date.UTC(today.year, today.month - 1 - whole, today.day));
  if (months !== whole) date.setUTCDate(date.getUTCDate() - 15);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

const NUMBER = '(\\d+|[零〇一二两三四五六七八九十]+|半)';
const RELATIVE_YEAR: Record<string, number> = { 今年: 0, 去年: -1, 前年: -2, 大前年: -3 };

function parseChinese(text: string, today: CalendarDate): CalendarDate | undefined {
  const absolute = text.match(/(\d{4})\s*年\s*(?:(\d{1,2}|[一二三四五六七八九十]+)\s*月\s*(?:(\d{1,2}|[一二三四五六七八九十]+)\s*[日号])?)?/u);
  if (absolute) {
    return {
      year: Number(absolute[1]),
      month: absolute[2] ? chineseNumber(absolute[2]) ?? 1 : 1,
      day: absolute[3] ? chineseNumber(absolute[3]) ?? 1 : 1,
    };
  }
  const relativeYear = text.match(/(大前年|前年|去年|今年)\s*(?:(\d{1,2}|[一二三四五六七八九十]+)\s*月(?:份)?\s*(?:(\d{1,2}|[一二三四五六七八九十]+)\s*[日号])?)?/u);
  if (relativeYear) {
    return {
      year: today.year + RELATIVE_YEAR[relativeYear[1]],
      month: relativeYear[2] ? chineseNumber(relativeYear[2]) ?? 1 : 1,
      day: relativeYear[3] ? chineseNumber(relativeYear[3]) ?? 1 : 1,
    };
  }
  const ago = text.match(new RegExp(`${NUMBER}\\s*(?:个)?\\s*(年|月)(?:多)?(?:以前|之前|前)`, 'u'));
  if (ago) {
    const amount = chineseNumber(ago[1]);
    if (amount !== undefined) return monthsBefore(today, ago[2] === '年' ? amount * 12 : amount);
  }
  if (/上个月/u.test(text)) return monthsBefore(today, 1);
  return undefined;
}

/** Purchases lie in the past: a month named without a year is the most recent one. */
function fromChrono(result: chrono.ParsedResult, today: CalendarDate): CalendarDate {
  const start = result.start;
  const date: CalendarDate = {
    year: start.get('year') ?? today.year,
    month: start.get('month') ?? 1,
    day: start.isCertain('day') || !start.isCertain('month') ? start.get('day') ?? 1 : 1,
  };
  if (!start.isCertain('year') && toIso(date) > toIso(today)) date.year -= 1;
  return date;
}

function noonOf(today: CalendarDate): Date {
  return new Date(Date.UTC(today.year, today.month - 1, today.day, 12));
}

function parseEnglish(text: string, today: CalendarDate): CalendarDate | undefined {
  const [result] = chrono.parse(text, { instant: noonOf(today), timezone: 0 });
  if (result) return fromChrono(result, today);
  const year = text.match(/\b(?:in|since|from|of)\s+((?:19|20)\d{2})\b/iu);
  return year ? { year: Number(year[1]), month: 1, day: 1 } : undefined;
}

/** chrono's Chinese parser reads "3月5日", "上周三", "昨天"; the forms it gets wrong ("去年三月" → this March) are read above first. */
function parseChineseWithChrono(text: string, today: CalendarDate): CalendarDate | undefined {
  const result = chrono.zh.hans
    .parse(text, { instant: noonOf(today), timezone: 0 })
    .find((candidate) => DATE_WORDS.test(candidate.text));
  return result ? fromChrono(result, today) : undefined;
}

/** chrono also reads a lone "夜" ("夜视不行": night vision) as tonight; a date has a number of a month or day, or a day word. */
const DATE_WORDS = /[\d一二三四五六七八九十]+\s*[月日号]|昨天|前天|上周|上个?星期|上礼拜/u;

export function parseDate(text: string, lang: Language, today: string): string | undefined {
  const reference = fromIso(today);
  const date =
    lang === 'zh'
      ? parseChinese(text, reference) ?? parseChineseWithChrono(text, reference) ?? parseEnglish(text, reference)
      : parseEnglish(text, reference);
  return date ? toIso(date) : undefined;
}
