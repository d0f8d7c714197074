// Decides whether a clause mention is denied ("it was never dropped", "没有摔过", "用的官方固件").
import type { ClauseId, Language } from '../src/domain/vocabulary';

const NEGATION: Record<Language, RegExp> = {
  en: /\b(?:not|no|never|nobody|none|neither|nor|without|noone|nothing)\b|\bno one\b|n't\b|\b(?:isnt|wasnt|werent|arent|didnt|doesnt|dont|hasnt|havent|hadnt|wont|shouldnt|cant|couldnt|aint)\b/iu,
  // 未经 ("without approval") introduces an unauthorised act rather than denying one.
  zh: /没|未(?!经)|不是|并非|无(?!法)|不曾|从不|别/u,
};

/** Saying the software or the seller was official denies the clause about unofficial ones. */
const AFFIRMS_OFFICIAL: Record<Language, RegExp> = {
  en: /\b(?:official|officially|authori[sz]ed|genuine|original|stock|licensed)\b|\bdirectly from\b|\bthrough your\b/iu,
  zh: /官方|正规|授权(?:渠道|经销|代理|店|商)|原厂|正品|原装|直接从你们|从你们这/u,
};
const NAMES_UNOFFICIAL: Record<Language, RegExp> = {
  en: /\b(?:un|non-?)(?:official|authori[sz]ed|licensed)\b|\bnot (?:official|authori[sz]ed|genuine|original|licensed)\b/iu,
  zh: /非官方|非正规|非授权|未授权|不是官方|不是正规|没有授权|未经授权/u,
};

/** Phrases that deny a clause without a negation word. */
const DENIALS: Partial<Record<ClauseId, Record<Language, RegExp>>> = {
  improper_use: {
    en: /\bwithin (?:the )?(?:spec|rating|temperature range)|\bas (?:the manual says|designed|specified|instructed)\b|\bused indoors\b|\binstalled indoors\b/iu,
    zh: /按说明书|按要求|按规定|符合要求|按规范|一直在室内|装在室内/u,
  },
  expired: {
    en: /\bstill covered\b|\b(?:under|in|within) (?:the |its )?(?:warranty|guarantee)\b/iu,
    // "过保没", "过保了吗" ask whether it expired.
    zh: /还在保修期|保修期内|质保期内|在保|过保(?:了)?(?:没|吗|不)/u,
  },
};

/** Whether the words deny the clause outright ("still under warranty", "按说明书装的"), with or without a cue word. */
export function statesDenial(clause: ClauseId, text: string, lang: Language): boolean {
  return DENIALS[clause]?.[lang].test(text) ?? false;
}

/** "If it was dropped…", "如果是摔坏的" asks about a clause without saying it happened. */
const CONDITIONAL: Record<Language, RegExp> = {
  en: /^(?:and |but |so )?(?:if|in case|suppose|supposing|what if|would|will|does|do)\b/iu,
  zh: /如果|假如|要是|万一|假设|是不是会/u,
};

const OFFICIAL_CLAUSES: readonly ClauseId[] = ['unofficial_software', 'unofficial_channel'];

/**
 * `beforeCue` is the fragment's text up to the cue words (the whole fragment when the cue was
 * inferred rather than found): a negation after the cue ("dropped it, nothing works") denies nothing.
 */
export function isDenied(clause: ClauseId, fragment: string, beforeCue: string, lang: Language): boolean {
  if (OFFICIAL_CLAUSES.includes(clause)) {
    if (NAMES_UNOFFICIAL[lang].test(fragment)) return false;
    if (AFFIRMS_OFFICIAL[lang].test(fragment)) return true;
  }
  if (statesDenial(clause, fragment, lang)) return true;
  if (CONDITIONAL[lang].test(beforeCue)) return true;
  return NEGATION[lang].test(beforeCue);
}
