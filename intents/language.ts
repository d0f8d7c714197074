// Tells Chinese from English text, so each is tokenised and classified by its own model.
import type { Language } from '../src/domain/vocabulary';

const CJK_CHARACTER = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/gu;
/** Latin words; codes with digits (models, serials) say nothing about the customer's language. */
const LATIN_WORD = /\b[a-z]{2,}\b/giu;

/**
 * Chinese when CJK characters carry at least as much of the message as Latin words do:
 * "NVR 没有画面" is Chinese, "my camera shows 乱码" is English.
 */
export function detectLanguage(text: string): Language {
  const cjkCharacters = text.match(CJK_CHARACTER)?.length ?? 0;
  if (cjkCharacters === 0) return 'en';
  const latinWords = text.match(LATIN_WORD)?.length ?? 0;
  // A Chinese word is about two characters long.
  return cjkCharacters / 2 >= latinWords * 0.5 ? 'zh' : 'en';
}

/** Words a message has in `lang`: Latin words for English, characters for Chinese. */
function wordsIn(text: string, lang: Language): number {
  return text.match(lang === 'zh' ? CJK_CHARACTER : LATIN_WORD)?.length ?? 0;
}

/**
 * Whether a message says enough in `detected` to switch a conversation already held in the other language: three
 * English words, or four Chinese characters. "ok", "5分" or a serial number do not; before a conversation has a
 * language, any word settles it.
 */
export function saysEnoughToSwitch(text: string, detected: Language, settled: boolean): boolean {
  if (!settled) return wordsIn(text, detected) >= 1;
  return wordsIn(text, detected) >= (detected === 'zh' ? 4 : 3);
}
