// Self-help steps a customer can try for a fault, by symptom and product category, in both languages.
import type { Language, Localized, Symptom } from '../domain/vocabulary';
import { routineCategoryOf, type RoutineCategory } from './routineCategory';
import routines from './routines.json';
import englishSteps from './steps.en.json';
import chineseSteps from './steps.zh.json';

export interface TroubleshootingStep {
  id: string;
  text: Localized;
}

// Typing the JSON here makes the compiler reject a routine table that leaves out a category or a symptom.
const ROUTINES: Record<RoutineCategory, Record<Symptom, readonly string[]>> = routines;
const STEP_TEXTS: Record<Language, Readonly<Record<string, string>>> = { en: englishSteps, zh: chineseSteps };

/** The ordered steps for a symptom; an unknown or missing category gets the general routine. */
export function troubleshootingSteps(symptom: Symptom, category: string | undefined): TroubleshootingStep[] {
  return ROUTINES[routineCategoryOf(category)][symptom].map(writtenStep);
}

function writtenStep(id: string): TroubleshootingStep {
  const en = STEP_TEXTS.en[id];
  const zh = STEP_TEXTS.zh[id];
  if (en === undefined || zh === undefined) {
    throw new Error(`troubleshootingSteps: step "${id}" is not written in both languages`);
  }
  return { id, text: { en, zh } };
}
