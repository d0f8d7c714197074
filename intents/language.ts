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
