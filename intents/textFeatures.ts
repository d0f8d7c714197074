// Features of a short text for the classifiers: words plus character n-grams, which survive typos and segmentation.
import type { Language } from '../src/domain/vocabulary';
import { PLACEHOLDERS } from './tokenizer';

const CJK_RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/gu;
const ENGLISH_CHARACTER_GRAM = 4;

function characterGrams(word: string, size: number): string[] {
  const grams: string[] = [];
  for (let i = 0; i + size <= word.length; i++) grams.push(word.slice(i, i + size));
  return grams;
}

/**
 * Word bigrams were left out: cross-validation on the training splits of the public
 * benchmark scored them lower than words plus character grams. English words add their
 * 4-grams ("^reboot$" → "^reb", …) so "rebooting" and "reboots" still share evidence;
 * Chinese adds character bigrams so "没画面" and "没有画面" share "画面" however jieba cuts them.
 */
export function textFeatures(allTokens: readonly string[], lang: Language): string[] {
  // A phone number is contact details, which customers give in answer to many questions: it is no
  // evidence for any label, and counting it made "13812345678" read as a request for a person.
  const tokens = allTokens.filter((token) => token !== PLACEHOLDERS.phone);
  const features = new Set<string>(tokens);
  if (lang === 'en') {
    for (const token of tokens) {
      for (const gram of characterGrams(`^${token}$`, ENGLISH_CHARACTER_GRAM)) features.add(`~${gram}`);
    }
  } else {
    for (const run of tokens.join('').match(CJK_RUN) ?? []) {
      for (const gram of characterGrams(run, 2)) features.add(`#${gram}`);
    }
  }
  return [...features];
}
