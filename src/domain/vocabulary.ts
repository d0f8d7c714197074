// The fixed names of CONTRACT §2: languages, intents, symptoms and policy clauses.

export const LANGUAGES = ['en', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

export const INTENTS = [
  'greet',
  'report_fault',
  'check_warranty',
  'repair_cost',
  'shipping_address',
  'repair_status',
  'human_agent',
  'feedback',
  'goodbye',
  'out_of_scope',
] as const;
export type IntentName = (typeof INTENTS)[number];

export const SYMPTOMS = [
  'power',
  'no_video',
  'image_quality',
  'network',
  'login',
  'recording',
  'ptz',
  'audio',
  'other',
] as const;
export type Symptom = (typeof SYMPTOMS)[number];

/** Exclusion clauses of the NetPosa service policy, in the policy's order. */
export const CLAUSE_IDS = [
  'expired',
  'improper_use',
  'unofficial_software',
  'abnormal_cause',
  'force_majeure',
  'unauthorized_repair',
  'unofficial_channel',
] as const;
export type ClauseId = (typeof CLAUSE_IDS)[number];

export type Localized = Record<Language, string>;

export function isIntent(value: unknown): value is IntentName {
  return typeof value === 'string' && (INTENTS as readonly string[]).includes(value);
}
export function isSymptom(value: unknown): value is Symptom {
  return typeof value === 'string' && (SYMPTOMS as readonly string[]).includes(value);
}
