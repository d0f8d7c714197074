// Features of a short text for the classifiers: words plus character n-grams, which survive typos and segmentation.
import type { Language } from '../src/domain/vocabulary';
import { PLACEHOLDERS } from './tokenizer';

const UNINFORMATIVE = new Set<string>([PLACEHOLDERS.phone, PLACEHOLDERS.serial, PLACEHOLDERS.model, PLACEHOLDERS.number]);

const CJK_RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/gu;

export interface FeatureSettings {
  /** Length of the character grams of each English word, marked at both ends; 0 for none. */
  englishCharacterGram: number;
  /** Length of the character grams of each run of Chinese characters; 0 for none. */
  chineseCharacterGram: number;
}

function characterGrams(word: string, size: number): string[] {
  const grams: string[] = [];
  for (let i = 0; i + size <= word.length; i++) grams.push(word.slice(i, i + size));
  return grams;
}

function informative(tokens: readonly string[]): string[] {
  return tokens.filter((token) => !UNINFORMATIVE.has(token));
}

/** Each pair of neighbouring words as one feature ("not+authoris", "second+hand"). */
export function wordPairs(allTokens: readonly string[]): string[] {
  const tokens = informative(allTokens);
  return tokens.slice(1).map((token, index) => `${tokens[index]}+${token}`);
}

/**
 * English words add their character grams ("^reboot$" → "^reb", …) so "rebooting" and "reboots"
 * still share evidence; Chinese adds character grams so "没画面" and "没有画面" share "画面" however
 * jieba cuts them.
 */
export function textFeatures(allTokens: readonly string[], lang: Language, settings: FeatureSettings): string[] {
  // Phone numbers, serials, model names and plain numbers are details customers give in answer to many
  // questions: they are no evidence for any label. Counted, "13812345678" read as a request for a person
  // and a serial in "我的摄像头NPC21A00012345没有画面" tipped the symptom to image_quality.
  const tokens = informative(allTokens);
  const features = new Set<string>(tokens);
  if (lang === 'en' && settings.englishCharacterGram > 0) {
    for (const token of tokens) {
      for (const gram of characterGrams(`^${token}$`, settings.englishCharacterGram)) features.add(`~${gram}`);
    }
  }
  if (lang === 'zh' && settings.chineseCharacterGram > 0) {
    for (const run of tokens.join('').match(CJK_RUN) ?? []) {
      for (const gram of characterGrams(run, settings.chineseCharacterGram)) features.add(`#${gram}`);
    }
  }
  return [...features];
}
