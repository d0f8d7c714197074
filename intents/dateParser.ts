// Reads the date a customer mentions ("last March", "去年三月", "两年前") as YYYY-MM-DD against a reference day.
import * as chrono from 'chrono-node';
import type { Language } from '../src/domain/vocabulary';
import { splitFragments } from './clauseFragments';

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

/** `Date.UTC` reads the years 0–99 as 1900–1999; every date here is built through this instead, so none is silently moved. */
function utcDate(year: number, monthIndex: number, day: number, hours = 0): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  date.setUTCHours(hours);
  return date;
}

function toIso({ year, month, day }: CalendarDate): string {
  return utcDate(year, month - 1, day).toISOString().slice(0, 10);
}

function monthsBefore(today: CalendarDate, months: number): CalendarDate {
  const whole = Math.floor(months);
  const date = utcDate(today.year, today.month - 1 - whole, today.day);
  if (months !== whole) date.setUTCDate(date.getUTCDate() - 15);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

const NUMBER = '(\\d+|[零〇一二两三四五六七八九十]+|半)';
const RELATIVE_YEAR: Record<string, number> = { 今年: 0, 去年: -1, 前年: -2, 大前年: -3 };

/**
 * A year written with two digits ("24年", "May '24", "05/24") is the most recent year with those
 * last two digits that is not after today, since a purchase lies in the past: on 2026-12-07 "24"
 * is 2024, "26" is 2026 and "27" is 1927 (a product far past any warranty). Years of three or
 * more digits are taken as written.
 */
function fullYear(written: number, today: CalendarDate): number {
  if (written >= 100) return written;
  const year = today.year - (today.year % 100) + written;
  return year > today.year ? year - 100 : year;
}

/**
 * A two-digit year needs a sign that it is a year ("19年3月", "18年买的", "16年的项目", "买的时候是23年"):
 * "用了10年" and "保修3年" are lengths of time.
 */
const ABSOLUTE_DATE =
  /(?<![\d了用保修质过近快有约多第])(\d{4}|\d{2}(?=\s*年\s*(?:\d|[一二三四五六七八九十]+\s*月|初|底|中|年底|的|买|购|采购|装|安装|那|项目|验收|进场|上线|投用|投入使用|启用|交付|左右|吧|[，,。.！!？?]|$))|(?<=(?:时候|时间|日期)(?:是|在|为)?\s*|是在\s*|于\s*)\d{2}(?=\s*年))\s*年\s*(?:(\d{1,2}|[一二三四五六七八九十]+)\s*月\s*(?:(\d{1,2}|[一二三四五六七八九十]+)\s*[日号])?)?/u;

/** "两年前", "三个月之前". */
const CHINESE_AGO = new RegExp(`${NUMBER}\\s*(?:个)?\\s*(年|月)(半)?(?:多)?(?:以前|之前|前)`, 'u');

/** "买了四年了", "用了快五年": the product's age, so it was bought that long ago. */
const AGE = new RegExp(`(?:买|用|装|购)了?\\s*(?:快|将近|差不多|有|大概)?\\s*${NUMBER}\\s*(?:多)?\\s*(?:个)?\\s*(年|月)(半)?`, 'u');

/**
 * A season is read as its first month, as a month is read as its first day: spring March, summer June, autumn
 * September, winter December (northern seasons: the customers are in China).
 */
const SEASON_MONTH: Record<string, number> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12, 春: 3, 夏: 6, 秋: 9, 冬: 12 };

/** "24年夏天", "2023年春季", "去年夏天". */
const CHINESE_SEASON = /(\d{4}|\d{2}|大前年|前年|去年|今年)\s*年?\s*(春|夏|秋|冬)(?:天|季)/u;

/** A date the text names, and where: one said in the same clause as a word about buying is the purchase date. */
interface DateMention {
  date: CalendarDate;
  index: number;
  /** The words around the date say it dates the product ("an NVR from 2019", "the 2021 project"). */
  datesProduct?: true;
}

function mentionAt(match: RegExpMatchArray, date: CalendarDate): DateMention {
  return { date, index: match.index ?? 0 };
}

/** The Chinese forms chrono gets wrong or misses, the first that matches. */
function parseChinese(text: string, today: CalendarDate): DateMention | undefined {
  const season = text.match(CHINESE_SEASON);
  if (season) {
    const written = season[1];
    const year = written in RELATIVE_YEAR ? today.year + RELATIVE_YEAR[written] : fullYear(Number(written), today);
    return mentionAt(season, { year, month: SEASON_MONTH[season[2]], day: 1 });
  }
  const absolute = text.match(ABSOLUTE_DATE);
  if (absolute) {
    return mentionAt(absolute, {
      year: fullYear(Number(absolute[1]), today),
      month: absolute[2] ? chineseNumber(absolute[2]) ?? 1 : 1,
      day: absolute[3] ? chineseNumber(absolute[3]) ?? 1 : 1,
    });
  }
  const relativeYear = text.match(/(大前年|前年|去年|今年)\s*(?:(\d{1,2}|[一二三四五六七八九十]+)\s*月(?:份)?\s*(?:(\d{1,2}|[一二三四五六七八九十]+)\s*[日号])?)?/u);
  if (relativeYear) {
    return mentionAt(relativeYear, {
      year: today.year + RELATIVE_YEAR[relativeYear[1]],
      month: relativeYear[2] ? chineseNumber(relativeYear[2]) ?? 1 : 1,
      day: relativeYear[3] ? chineseNumber(relativeYear[3]) ?? 1 : 1,
    });
  }
  for (const pattern of [CHINESE_AGO, AGE]) {
    const match = text.match(pattern);
    const amount = match ? chineseNumber(match[1]) : undefined;
    if (match && amount !== undefined) {
      const inYears = match[2] === '年';
      const half = match[3] ? (inYears ? 6 : 0.5) : 0;
      return mentionAt(match, monthsBefore(today, (inYears ? amount * 12 : amount) + half));
    }
  }
  const lastMonth = text.match(/上个月/u);
  return lastMonth ? mentionAt(lastMonth, monthsBefore(today, 1)) : undefined;
}

/**
 * Whether chrono read the year off two digits: it keeps them as written in Chinese ("24年5月" → 24)
 * and puts them in its own fifty-year window in English ("Dec 99" → 1999, "Mar 30" → 2030).
 */
function writtenTwoDigits(result: chrono.ParsedResult, year: number): boolean {
  const twoDigits = String(year % 100).padStart(2, '0');
  return result.start.isCertain('year') && !result.text.includes(String(year)) && new RegExp(`(?<!\\d)${twoDigits}(?!\\d)`, 'u').test(result.text);
}

/** Purchases lie in the past: a month named without a year is the most recent one. */
function fromChrono(result: chrono.ParsedResult, today: CalendarDate): CalendarDate {
  const start = result.start;
  const year = start.get('year');
  const date: CalendarDate = {
    year: year === null ? today.year : fullYear(writtenTwoDigits(result, year) ? year % 100 : year, today),
    month: start.get('month') ?? 1,
    day: start.isCertain('day') || !start.isCertain('month') ? start.get('day') ?? 1 : 1,
  };
  if (!start.isCertain('year') && toIso(date) > toIso(today)) date.year -= 1;
  return date;
}

function noonOf(today: CalendarDate): Date {
  return utcDate(today.year, today.month - 1, today.day, 12);
}

/**
 * Words about buying or installing the product: a date said with them is its purchase date
 * ("no video since Monday, we bought it last March" was bought last March).
 */
const ENGLISH_PURCHASE_VERBS = 'bought|buy|purchas\\w*|ordered|installed|delivered|commissioned';
const PURCHASE_WORDS = new RegExp(`\\b(?:${ENGLISH_PURCHASE_VERBS}|got it)\\b|买|购|入手|下单|安装`, 'giu');

/** Whether the text talks about buying or installing the product, so a date it names is the purchase date. */
export function mentionsPurchase(text: string): boolean {
  return text.search(PURCHASE_WORDS) >= 0;
}

/** chrono leaves a lone year alone; after a preposition or a buying word, or before "project", it is the date. */
const BARE_YEAR = new RegExp(
  `\\b(?:in|since|from|of|${ENGLISH_PURCHASE_VERBS})\\s+((?:19|20)\\d{2})\\b|\\b((?:19|20)\\d{2})\\s+(?:project|installation|install|order|batch|purchase|model)\\b`,
  'giu',
);

/** A lone year that dates the product rather than an event: "from 2019", "of 2020", "2021 project", "bought 2018". */
const DATES_PRODUCT = new RegExp(`^(?:from|of|${ENGLISH_PURCHASE_VERBS})\\b|\\b(?:project|installation|install|order|batch|purchase|model)$`, 'iu');

/** A reply that is a year and little else: "2022 I believe", "2021年吧". */
const ONLY_A_YEAR = /^\D{0,20}?(?<!\d)((?:19|20)\d{2})(?!\d)(?:\s*年)?\D{0,24}$/u;

/**
 * The year a short reply names, as the first of January of it, when the reply answers "when did you buy it?" and says
 * nothing more precise; never a year still to come.
 */
export function purchaseYearIn(text: string, today: string): string | undefined {
  const year = ONLY_A_YEAR.exec(text.normalize('NFKC').trim())?.[1];
  return year && Number(year) <= Number(today.slice(0, 4)) ? `${year}-01-01` : undefined;
}

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';

/**
 * A month and a two-digit year, which chrono reads as a day of this year: "in May 24" (a day is
 * "on May 24"), "May '24", and a zero-padded "05/24" as on a card or a label ("5/24" stays May 24th).
 */
const ENGLISH_MONTH_YEAR = new RegExp(
  `\\b(?:in\\s+(${MONTH})\\.?\\s+['’]?|(${MONTH})\\.?\\s*['’])(\\d{2})\\b(?!\\s*,?\\s*\\d{4})|(?<![\\d/])(0[1-9]|1[0-2])/(\\d{2})(?![/\\d])`,
  'giu',
);

function monthYearOf(match: RegExpMatchArray, today: CalendarDate): DateMention {
  const [, inMonth, quotedMonth, year, numericMonth, numericYear] = match;
  const name = inMonth ?? quotedMonth;
  const month = name ? MONTH_NAMES.indexOf(name.slice(0, 3).toLowerCase()) + 1 : Number(numericMonth);
  return mentionAt(match, { year: fullYear(Number(year ?? numericYear), today), month, day: 1 });
}

const ENGLISH_NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};

/** "6 years old", "like 6 yrs ago": chrono reads "6 years ago" but not these. */
const ENGLISH_AGE =
  /\b(\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(\s+and\s+a\s+half)?\s*(?:years?|yrs?)(\s+and\s+a\s+half)?\s+(?:old|ago)\b/giu;

/** "summer 2024", "spring of '23", "last winter", "early 2023", "end of 2022": a season or a part of a year. */
const ENGLISH_SEASON =
  /\b(?:(spring|summer|autumn|fall|winter)\s+(?:of\s+)?((?:19|20)\d{2}|['’]\d{2})|(last|this)\s+(spring|summer|autumn|fall|winter)|(early|beginning of|start of|mid|middle of|late|end of)\s*-?\s*((?:19|20)\d{2}))\b/giu;
const PART_OF_YEAR_MONTH: Record<string, number> = { early: 1, 'beginning of': 1, 'start of': 1, mid: 6, 'middle of': 6, late: 12, 'end of': 12 };

function seasonOf(match: RegExpMatchArray, today: CalendarDate): DateMention {
  const [, season, seasonYear, relative, relativeSeason, part, partYear] = match;
  if (season && seasonYear) {
    return mentionAt(match, { year: fullYear(Number(seasonYear.replace(/['’]/u, '')), today), month: SEASON_MONTH[season.toLowerCase()], day: 1 });
  }
  if (part && partYear) return mentionAt(match, { year: Number(partYear), month: PART_OF_YEAR_MONTH[part.toLowerCase().replace(/\s+/gu, ' ')], day: 1 });
  const month = SEASON_MONTH[relativeSeason!.toLowerCase()];
  // "this summer" is the latest that has begun; "last summer" too once it is over (in November: this year's), else the one before.
  const latestYear = toIso({ year: today.year, month, day: 1 }) <= toIso(today) ? today.year : today.year - 1;
  const monthsIn = (today.year - latestYear) * 12 + today.month - month;
  const year = relative!.toLowerCase() === 'last' && monthsIn < 3 ? latestYear - 1 : latestYear;
  return mentionAt(match, { year, month, day: 1 });
}

function englishNumber(word: string): number {
  return /^\d+$/u.test(word) ? Number(word) : ENGLISH_NUMBERS[word.toLowerCase()];
}

/** chrono also reads a lone "夜" ("夜视不行": night vision) as tonight; a date has a number of a month or day, or a day word. */
const DATE_WORDS = /[\d一二三四五六七八九十]+\s*[月日号]|昨天|前天|上周|上个?星期|上礼拜/u;

/**
 * Every date the text names, in the order a lone date is preferred: for Chinese the forms chrono
 * gets wrong ("去年三月" → this March), then chrono's Chinese parser ("3月5日", "上周三", "昨天");
 * then a month with a two-digit year, then chrono's English parser where it did not read that; then the lone years and ages chrono leaves alone.
 */
function mentionsOf(text: string, lang: Language, today: CalendarDate): DateMention[] {
  const fromChronoResult = (result: chrono.ParsedResult): DateMention => ({ date: fromChrono(result, today), index: result.index });
  const options = { instant: noonOf(today), timezone: 0 };
  const chinese =
    lang === 'zh'
      ? [
          parseChinese(text, today),
          ...chrono.zh.hans.parse(text, options).filter((result) => DATE_WORDS.test(result.text)).map(fromChronoResult),
        ]
      : [];
  const monthYears = [...text.matchAll(ENGLISH_MONTH_YEAR)];
  const seasons = [...text.matchAll(ENGLISH_SEASON)];
  const overlaps = (matches: readonly RegExpMatchArray[], index: number, length: number) =>
    matches.some((match) => (match.index ?? 0) < index + length && index < (match.index ?? 0) + match[0].length);
  const readOtherwise = (result: chrono.ParsedResult) => overlaps([...monthYears, ...seasons], result.index, result.text.length);
  return [
    ...chinese,
    ...seasons.map((match) => seasonOf(match, today)),
    ...monthYears.map((match) => monthYearOf(match, today)),
    ...chrono.parse(text, options).filter((result) => !readOtherwise(result)).map(fromChronoResult),
    ...[...text.matchAll(BARE_YEAR)].filter((year) => !overlaps(seasons, year.index ?? 0, year[0].length)).map((year) => ({
      ...mentionAt(year, { year: Number(year[1] ?? year[2]), month: 1, day: 1 }),
      ...(DATES_PRODUCT.test(year[0]) ? { datesProduct: true as const } : {}),
    })),
    ...[...text.matchAll(ENGLISH_AGE)].map((age) => mentionAt(age, monthsBefore(today, englishNumber(age[1]) * 12 + (age[2] || age[3] ? 6 : 0)))),
  ].filter((mention): mention is DateMention => mention !== undefined);
}

export interface DatesInText {
  /** The purchase date when a word about buying says which date it is, else the first date named. */
  date?: string;
  /** Only a date said in the same phrase as a word about buying: "bought it last March", not "empty since last week… bought it on Tmall". */
  bought?: string;
  /** The earliest date named ("since 2015, it stopped last night"): the product is at least that old. */
  earliest?: string;
}

/** The text's dates, read once, as YYYY-MM-DD against the reference day. */
export function readDates(text: string, lang: Language, today: string): DatesInText {
  const mentions = mentionsOf(text, lang, fromIso(today));
  if (mentions.length === 0) return {};
  const aboutBuying = splitFragments(text, lang).filter((fragment) => mentionsPurchase(fragment.text));
  const saidWithBuying = ({ index }: DateMention) =>
    aboutBuying.some((fragment) => index >= fragment.start && index < fragment.start + fragment.text.length);
  const bought = mentions.find((mention) => mention.datesProduct || saidWithBuying(mention));
  const chosen = bought ?? mentions[0];
  return {
    date: toIso(chosen.date),
    ...(bought ? { bought: toIso(bought.date) } : {}),
    earliest: mentions.map(({ date }) => toIso(date)).sort()[0],
  };
}
