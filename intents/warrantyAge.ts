// How old the customer says the product is, against the warranties NetPosa sells, confirms or rules out the expired clause.
import { isWithinWarranty, warrantyEndDate } from '../src/policy/warrantyPeriod';
import type { Language } from '../src/domain/vocabulary';
import { statesDenialOutright } from './negation';
import { readDates } from './dateParser';
import type { ExclusionCue } from './types';

/**
 * NetPosa's sales contracts give 12 to 60 months: a product bought longer ago than the longest is
 * out of warranty whatever its contract ("bought 2018", "用了十年了"), and one bought more recently
 * than the shortest is in it. Ages between are left to the policy engine, which knows the contract.
 */
export const LONGEST_WARRANTY_MONTHS = 60;
export const SHORTEST_WARRANTY_MONTHS = 12;

/** The customer's own word that the warranty still runs outweighs a date ("still covered, bought 2019"). */
export function expiredByAge(text: string, lang: Language, date: string | undefined, today: string): ExclusionCue | undefined {
  if (!date || statesDenialOutright('expired', text, lang) || isWithinWarranty(today, warrantyEndDate(date, LONGEST_WARRANTY_MONTHS))) {
    return undefined;
  }
  return { clause: 'expired', text: text.trim(), negated: false };
}

/** Words about the warranty itself, as opposed to the product's age ("bought 6 months ago"). */
const WARRANTY_WORDS: Record<Language, RegExp> = {
  en: /warrant|guarant|cover|\boow\b|expir/iu,
  zh: /保|过期|到期/u,
};

/**
 * A warranty's length ("seller tell us 5 year warranty", "contract says 36 months from 2024-08-01", "保修三年"): without a
 * date it says nothing of the end; with one it says the end exactly.
 */
const STATES_TERM: Record<Language, RegExp> = {
  en: /\b(?<count>\d+|one|two|three|four|five|six)[- ](?<unit>years?|yrs?|months?)[- ](?:warranty|guarantee)\b|\b(?:warranty|guarantee)\s+(?:of|is|was|for)\s+(?<count2>\d+|one|two|three|four|five|six)\s+(?<unit2>years?|months?)\b|\b(?<count3>\d+|one|two|three|four|five|six)\s+(?<unit3>years?|months?)\s+from\b/iu,
  zh: /(?:保修|质保)期?(?:是|为|有|就|只有|只)?(?<count>[一二三四五六两\d]+)(?<unit>年|个月)|(?<count2>[一二三四五六两\d]+)(?<unit2>年|个月)(?:的)?(?:保修|质保)/u,
};
const COUNTS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6 };

/** The warranty's length in months that the text states, if it states one. */
function termMonths(text: string, lang: Language): number | undefined {
  const groups = STATES_TERM[lang].exec(text)?.groups;
  if (!groups) return undefined;
  const count = groups.count ?? groups.count2 ?? groups.count3;
  const unit = groups.unit ?? groups.unit2 ?? groups.unit3;
  const number = /^\d+$/u.test(count) ? Number(count) : COUNTS[count.toLowerCase()];
  if (!number) return undefined;
  return /^(?:y|年)/iu.test(unit) ? number * 12 : number;
}
const SAYS_IT_ENDED: Record<Language, RegExp> = {
  en: /\b(?:over|expir\w*|ended|ran out|run out|lapsed|finish\w*|past|out of|no longer|gone|(?:is|was) up)\b/iu,
  zh: /过|到期|没了|结束|超|不在保/u,
};

/**
 * The detector's expiry mentions checked against the product's age (`date`, the earliest the
 * customer names). Past every warranty, the age outweighs an expiry read as denied or asked about
 * ("from 2017, is it still covered?"), though not words saying it still runs. Younger than every
 * warranty, an expiry read off the age alone ("it's about a year old") cannot hold.
 */
export function checkedAgainstAge(cues: readonly ExclusionCue[], text: string, lang: Language, date: string | undefined, today: string): ExclusionCue[] {
  const end = statedEnd(text, lang, today);
  // The end said outright decides: "保到2025年" is read as a denial until the date is known to be past.
  if (end !== undefined) return checkedAgainstTerm(cues, text, isWithinWarranty(today, end));
  if (!date) return cues.filter((cue) => cue.clause !== 'expired' || !STATES_TERM[lang].test(cue.text) || SAYS_IT_ENDED[lang].test(cue.text));
  const months = termMonths(text, lang);
  if (months !== undefined && !statesDenialOutright('expired', text, lang)) return checkedAgainstTerm(cues, text, isWithinWarranty(today, warrantyEndDate(date, months)));
  const ageCue = expiredByAge(text, lang, date, today);
  if (ageCue) {
    return cues.some((cue) => cue.clause === 'expired' && !cue.negated)
      ? [...cues]
      : [...cues.filter((cue) => cue.clause !== 'expired'), ageCue];
  }
  if (!isWithinWarranty(today, warrantyEndDate(date, SHORTEST_WARRANTY_MONTHS))) return [...cues];
  return cues.filter((cue) => cue.clause !== 'expired' || cue.negated || WARRANTY_WORDS[lang].test(cue.text));
}

/** The warranty's end as the customer states it: "质保到2025年底", "保修期到今年6月就结束了", "warranty runs until March 2025". */
const STATES_END: Record<Language, RegExp> = {
  en: /\b(?:warranty|guarantee|coverage)\b[^.!?]{0,20}?\b(?:until|till|through|runs? (?:out )?(?:to|until|till)|ends?|ended|expires?|expired|expiring)\s+(?:on\s+|in\s+|at\s+)?(?<end>[^.!?,;]{3,30})/iu,
  zh: /(?:保修|质保)期?(?:只)?(?:到|至|截止到?|截至)(?<end>[^，。！？,!?\s]{2,12})/u,
};
/** A month named with the year ("2025年6月", "March 2025", "今年6月"): without one, the warranty runs to the year's end. */
const NAMES_MONTH = /\d{1,2}\s*月|[一二三四五六七八九十]+月|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b\d{4}-\d{1,2}\b|\d{1,2}\/\d{4}/iu;

function statedEnd(text: string, lang: Language, today: string): string | undefined {
  const end = STATES_END[lang].exec(text)?.groups?.end;
  if (!end) return undefined;
  const date = readDates(end, lang, today).date;
  if (!date) return undefined;
  return NAMES_MONTH.test(end) ? lastDayOfMonth(date) : `${date.slice(0, 4)}-12-31`;
}

function lastDayOfMonth(date: string): string {
  const [year, month] = date.split('-').map(Number);
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${date.slice(0, 7)}-${String(last).padStart(2, '0')}`;
}

/** "Our 2-year warranty started in 2019": the term and its start settle the clause, unless the customer says it ended. */
function checkedAgainstTerm(cues: readonly ExclusionCue[], text: string, stillRuns: boolean): ExclusionCue[] {
  if (stillRuns) return cues.filter((cue) => cue.clause !== 'expired' || cue.negated || SAYS_IT_ENDED.en.test(cue.text) || SAYS_IT_ENDED.zh.test(cue.text));
  if (cues.some((cue) => cue.clause === 'expired' && !cue.negated)) return [...cues];
  return [...cues.filter((cue) => cue.clause !== 'expired'), { clause: 'expired', text: text.trim(), negated: false }];
}
