// A date the customer gives that puts the product past any warranty NetPosa sells reveals the expired clause.
import { isWithinWarranty, warrantyEndDate } from '../src/policy/warrantyPeriod';
import type { Language } from '../src/domain/vocabulary';
import { statesDenial } from './negation';
import type { ExclusionCue } from './types';

/**
 * NetPosa's sales contracts give 12 to 60 months: a product bought longer ago than the longest is
 * out of warranty whatever its contract ("bought 2018", "用了十年了"). Shorter ages are left to the
 * policy engine, which knows the contract's period.
 */
export const LONGEST_WARRANTY_MONTHS = 60;

/** The customer's own word that the warranty still runs outweighs a date ("still covered, bought 2019"). */
export function expiredByAge(text: string, lang: Language, date: string | undefined, today: string): ExclusionCue | undefined {
  if (!date || statesDenial('expired', text, lang) || isWithinWarranty(today, warrantyEndDate(date, LONGEST_WARRANTY_MONTHS))) {
    return undefined;
  }
  return { clause: 'expired', text: text.trim(), negated: false };
}
