// Looks up user-facing text in the locale files and fills in `{placeholders}`.
import en from './en.json';
import zh from './zh.json';
import type { Language } from '../domain/vocabulary';

export type MessageKey = keyof typeof en;

const catalogs: Record<Language, Record<MessageKey, string>> = { en, zh };

export type MessageParams = Record<string, string | number>;

export function t(lang: Language, key: MessageKey, params: MessageParams = {}): string {
  const template = catalogs[lang][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** Both languages' catalogs, for tests that check they hold the same keys. */
export function catalog(lang: Language): Readonly<Record<string, string>> {
  return catalogs[lang];
}
