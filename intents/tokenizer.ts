// Turns a customer's text into the word tokens the classifiers learn from, for English and Chinese alike.
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import { AggressiveTokenizer } from 'natural/lib/natural/tokenizers';
import { PorterStemmer } from 'natural/lib/natural/stemmers';
import type { Language } from '../src/domain/vocabulary';
import { chineseAsRead } from './chineseAsRead';
import {
  CASE_ID_PATTERN,
  LABELLED_SERIAL_PATTERN,
  LANDLINE_PATTERN,
  MOBILE_PATTERN,
  MODEL_PATTERN,
  SERIAL_CANDIDATE_PATTERN,
  looksLikeSerial,
} from './entityPatterns';

/**
 * Identifiers are replaced by one placeholder word each: the classifier should learn that
 * "a serial was given", never which serial.
 */
export const PLACEHOLDERS = {
  caseId: 'zzcase',
  model: 'zzmodel',
  phone: 'zzphone',
  serial: 'zzserial',
  number: 'zznum',
} as const;

let sharedJieba: Jieba | undefined;

/** Loading the dictionary takes a quarter of a second, so one segmenter serves every caller. */
function jieba(): Jieba {
  sharedJieba ??= Jieba.withDict(dict);
  return sharedJieba;
}

const englishTokenizer = new AggressiveTokenizer();

/** Full-width letters and digits become ASCII (NFKC), case stops mattering, and Chinese is read as Mandarin. */
export function normalizeText(text: string): string {
  return chineseAsRead(text.normalize('NFKC').toLowerCase());
}

export function maskIdentifiers(text: string): string {
  const spaced = (word: string) => ` ${word} `;
  return text
    .replace(CASE_ID_PATTERN, spaced(PLACEHOLDERS.caseId))
    .replace(MODEL_PATTERN, spaced(PLACEHOLDERS.model))
    .replace(LABELLED_SERIAL_PATTERN, spaced(PLACEHOLDERS.serial))
    .replace(MOBILE_PATTERN, spaced(PLACEHOLDERS.phone))
    .replace(LANDLINE_PATTERN, spaced(PLACEHOLDERS.phone))
    .replace(SERIAL_CANDIDATE_PATTERN, (candidate) => (looksLikeSerial(candidate) ? spaced(PLACEHOLDERS.serial) : candidate))
    .replace(/\d+(?:[.,]\d+)*/gu, spaced(PLACEHOLDERS.number));
}

function isWord(token: string): boolean {
  return /[\p{L}\p{N}]/u.test(token);
}

function stem(token: string): string {
  return /^[a-z]+$/u.test(token) && !token.startsWith('zz') ? PorterStemmer.stem(token) : token;
}

/** Stemmed English words, or jieba-segmented Chinese words; punctuation dropped, identifiers masked. */
export function tokenize(text: string, lang: Language): string[] {
  const prepared = maskIdentifiers(normalizeText(text));
  // natural's English tokenizers drop CJK characters, so Chinese goes through jieba only.
  const words = lang === 'zh' ? jieba().cut(prepared, true) : englishTokenizer.tokenize(prepared);
  // natural keeps "share/sync" and "on/off" whole: one word nobody else writes, stemmed by nobody, known to no head.
  return words.flatMap((word) => word.trim().split('/')).filter(isWord).map(stem);
}
