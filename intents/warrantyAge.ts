// How old the customer says the product is, against the warranties NetPosa sells, confirms or rules out the expired clause.
import { isWithinWarranty, warrantyEndDate } from '../src/policy/warrantyPeriod';
import type { Language } from '../src/domain/vocabulary';
import { statesDenial } from './negation';
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
  if (!date || statesDenial('expired', text, lang) || isWithinWarranty(today, warrantyEndDate(date, LONGEST_WARRANTY_MONTHS))) {
    return undefined;
  }
  return { clause: 'expired', text: text.trim(), negated: false };
}

/** Words about the warranty itself, as opposed to the product's age ("bought 6 months ago"). */
const WARRANTY_WORDS: Record<Language, RegExp> = {
  en: /warrant|guarant|cover|\boow\b|expir/iu,
  zh: /保|过期|到期/u,
};

/** A warranty's length ("seller tell us 5 year warranty", "保修三年"), which without a date says nothing of its end. */
const STATES_TERM: Record<Language, RegExp> = {
  en: /\b(?:\d+|one|two|three|four|five|six)[- ](?:years?|yrs?|months?)[- ](?:warranty|guarantee)\b|\b(?:warranty|guarantee)\s+(?:of|is|was|for)\s+(?:\d+|one|two|three|four|five|six)\s+(?:years?|months?)\b/iu,
  zh: /(?:保修|质保)期?(?:是|为|有)?[一二三四五六两\d]+年|[一二三四五六两\d]+年(?:的)?(?:保修|质保)/u,
};
const SAYS_IT_ENDED: Record<Language, RegExp> = {
  en: /\b(?:over|expir\w*|ended|ran out|run out|lapsed|finish\w*|past|out of|no longer|gone|up)\b/iu,
  zh: /过|到期|没了|结束|超|不在保/u,
};

/**
 * The detector's expiry mentions checked against the product's age (`date`, the earliest the
 * customer names). Past every warranty, the age outweighs an expiry read as denied or asked about
 * ("from 2017, is it still covered?"), though not words saying it still runs. Younger than every
 * warranty, an expiry read off the age alone ("it's about a year old") cannot hold.
 */
export function checkedAgainstAge(cues: readonly ExclusionCue[], text: string, lang: Language, date: string | undefined, today: string): ExclusionCue[] {
  if (!date) return cues.filter((cue) => cue.clause !== 'expired' || !STATES_TERM[lang].test(cue.text) || SAYS_IT_ENDED[lang].test(cue.text));
  const ageCue = expiredByAge(text, lang, date, today);
  if (ageCue) {
    return cues.some((cue) => cue.clause === 'expired' && !cue.negated)
      ? [...cues]
      : [...cues.filter((cue) => cue.clause !== 'expired'), ageCue];
  }
  if (!isWithinWarranty(today, warrantyEndDate(date, SHORTEST_WARRANTY_MONTHS))) return [...cues];
  return cues.filter((cue) => cue.clause !== 'expired' || cue.negated || WARRANTY_WORDS[lang].test(cue.text));
}
