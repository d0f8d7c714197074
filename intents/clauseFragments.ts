// Splits a message into the clauses a negation can reach: "it wasn't dropped, but water got in" is two.
import type { Language } from '../src/domain/vocabulary';

export interface Fragment {
  text: string;
  start: number;
}

/** A dash set apart, which ends a phrase as a comma does ("Yes - can you ship it back?"); "hot-swap" keeps its hyphen. */
export const DASH_BETWEEN_PHRASES = /\s+[-–—]+\s+|[–—]+/gu;

/** Punctuation, a dash set apart and the conjunctions that start a new statement end a negation's scope; Chinese chat uses spaces as commas. */
const BOUNDARIES: Record<Language, RegExp> = {
  en: new RegExp(String.raw`[,;.!?\n…]+|${DASH_BETWEEN_PHRASES.source}|\s+(?=(?:but|and|so|then|because|after|since|when|while|although|though|however|now)\b)`, 'giu'),
  zh: new RegExp(String.raw`[，。；！？、,;.!?\s…~～]+|${DASH_BETWEEN_PHRASES.source}|(?=但是|不过|可是|然后|所以|因为|而且|之后|以后|后来|结果|现在)`, 'gu'),
};

export function splitFragments(text: string, lang: Language): Fragment[] {
  const fragments: Fragment[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const trimmed = raw.trim();
    if (trimmed) fragments.push({ text: trimmed, start: start + raw.indexOf(trimmed) });
  };
  for (const boundary of text.matchAll(BOUNDARIES[lang])) {
    const index = boundary.index ?? 0;
    if (index === start && boundary[0].length === 0) continue;
    push(index);
    start = index + boundary[0].length;
  }
  push(text.length);
  return fragments;
}
