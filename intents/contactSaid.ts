// The contact a customer gives before it is asked for ("… Contact: Deng Qiang, 135 5028 7314, Chengdu"), read from the
// sentence that holds the phone number, so the contact question later asks only for what is still missing.
import { findPlace, placeName } from '../src/registry/regions';
import type { Language } from '../src/domain/vocabulary';
import { extractName } from './commands';
import { correctedName } from './corrections';

export interface ContactSaid {
  phone: string;
  name?: string;
  region?: string;
}

const SENTENCE_BREAK = /[.。!！?？\n]+(?=\s|$|[^\d])/u;
const CLAUSE_BREAK = /[,，;；、]+/u;
/** What may open the words of a contact: a label, or the "yes" it answers a question with ("开吧，王伟 138…", "算了 还是开吧 吴斌 186…"). */
const LEAD = /^\s*(?:contact\s*[:：]?|(?:yes|yeah|yep|ok(?:ay)?|sure|please)\b[\s,.!-]*|(?:好的?|行|可以|开吧|开|嗯+|算了|还是|那就)[\s，,。!！]*)+/iu;
/** Longer than this, the words around a phone are a story, not a contact. */
const CONTACT_LENGTH = 60;

function holding(parts: readonly string[], digits: string): string | undefined {
  return parts.find((part) => part.replace(/\D/g, '').includes(digits));
}

/** What is left once phone and place are out must look like a name alone: "Deng Qiang", "孙涛". */
const NAME_ALONE = /^(?:[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2}|[\u4e00-\u9fff]{2,4})$/u;
/** Courtesies that are as short as a Chinese name. */
const COURTESY = /^(?:不好意思|谢谢|麻烦|你好|您好|打扰|抱歉|对不起|请问|师傅)/u;

export function contactSaidIn(text: string, phone: string, lang: Language): ContactSaid {
  const digits = phone.replace(/\D/g, '');
  const sentence = holding(text.split(SENTENCE_BREAK), digits)?.trim() ?? text;
  const clause = holding(sentence.split(CLAUSE_BREAK), digits)?.trim() ?? sentence;
  const place = findPlace(sentence);
  const region = place ? placeName(place, lang) : undefined;
  const placeWords = place ? [placeName(place, 'en'), placeName(place, 'zh'), placeName(place, 'zh').replace(/[市省]$/u, ''), place.province] : [];
  const nameIn = (words: string) => {
    if (words.length > CONTACT_LENGTH) return undefined;
    const rest = extractName(words.replace(LEAD, ''), [phone, ...placeWords]);
    const name = rest?.replace(/^的\s*/u, '').replace(/\s+/gu, ' ').trim();
    return name && NAME_ALONE.test(name) && !COURTESY.test(name) ? name : undefined;
  };
  const name = correctedName(text) ?? nameIn(sentence) ?? nameIn(clause);
  return { phone, ...(name ? { name } : {}), ...(region ? { region } : {}) };
}
