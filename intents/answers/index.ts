// What a reply to a pending question means: yes, no, fixed or not, not yet tried, a choice, none of these, or no answer at all.
import type { Recognition } from '../types';
import type { Language } from '../../src/domain/vocabulary';
import { asksBack, cannotDoStep, onACondition, foundTheCause, hedges, lastDecision, saysPlainlyFixed, observationIn, saysAlreadyTried, saysFixed, saysStillFailing, worksElsewhere } from './cues';
import { exactOption, leadingOption, mentionedOptions, optionNumbers } from './options';
import { isDontKnow, isNone } from './replies';
import { DASH_BETWEEN_PHRASES, splitFragments } from '../clauseFragments';
import { PLANNING, saysItOnlyAsks } from '../negation';
import { saysNothingIsBroken } from '../symptomCues';

/** The shape of answer a question expects; dialogs map their QuestionKind to one of these. */
export type AnswerShape = 'yes_no' | 'fixed' | 'choice' | 'checklist' | 'free';

export type Reading =
  | { kind: 'yes' } // yes_no: accept, open the case, a person please, accept the quote; free: taken as the answer
  | { kind: 'no'; nowWorking?: true } // nowWorking: "no need, it works now" — the fault went away meanwhile
  | { kind: 'fixed' } // fixed: the step solved it
  | { kind: 'not_fixed'; observation?: string } // still failing; observation = what they report seeing, for the engineer
  | { kind: 'will_try' } // a hedge: "ok I'll try", "我去试试" — wait for the result, never close the fault
  | { kind: 'already_tried' } // "I've tried all that", "都试过了" — skip the remaining steps
  | { kind: 'unsure' } // "not sure", "不知道", "maybe"
  | { kind: 'choices'; picked: number[] } // choice/checklist: 1-based option numbers, in the order given
  | { kind: 'none' } // checklist: none of these (also "none of those, it's indoors in the lobby")
  | { kind: 'not_an_answer' }; // an interruption, a correction, or a miss

export interface AnswerQuestion {
  shape: AnswerShape;
  /** Option titles in the customer's language; for yes_no and fixed the first is the yes button and the second the no. */
  options?: string[];
}

/**
 * "None of these" at the head of a longer reply: "nope, none apply", "none of those, it's indoors in the lobby", "都没有，装在室内",
 * "not that I know of, I'd have to ask the day shift".
 */
const NONE_LEAD =
  /^(?:none|nope|no|nah|nothing|neither|never|not any|not that i know(?: of)?|not as far as i know|none that i know of)\b|^(?:以上)?(?:都没有|都没|都不是|一个都没有|均无|没有|没|无)|^据我所知(?:都)?没有/iu;

/** Whether a reply opens with a "no" or a "none of these". */
export function opensWithNo(text: string): boolean {
  return NONE_LEAD.test(text.normalize('NFKC').trim());
}

/**
 * A "no" that stands alone before the rest ("No. It runs in the cold store…", "没有，跟别的一样", "没有 就放在柜子里"), not a
 * denial of something else ("没摔过").
 */
const BARE_NO =
  /^(?:no|nope|nah|not really|no it didn'?t|none(?: of (?:these|those|them|that))?|nothing(?: like that)?|neither|没有|没|不是|否|不|都没有|以上都没有|都不是)\s*(?:[,，.。!！;；…~～]|$)|^(?:没有|都没有|以上都没有|都不是)\s+|^(?:no|nope|nah)\s+(?=(?:nobody|nobodys|no one|noone|never|not|nothing|none)\b)/iu;

export function opensWithBareNo(text: string): boolean {
  return BARE_NO.test(text.normalize('NFKC').trim());
}

/**
 * The answer head labels anything, junk included: "purple monkey dishwasher" comes out as "deny" at 0.67 and "🙂" of
 * words it never learned, which would close a checklist or move past a step on nothing. Its label counts only for a
 * reply mostly in words it knows and at this probability; real replies it reads score 0.9 and more, and the cue words
 * ("nope", "still", 都没有…) are read before it.
 */
const HEAD_NEEDS_KNOWN_WORDS = 0.34;
const HEAD_NEEDS_SCORE = 0.75;
/** Below the score it needs to answer, the head still tells a reply from words that reply to nothing. */
const HEAD_LEANS = 0.5;

/** A reply that turns after its first phrase ("ok, but not yet") is not answered by that phrase. */
const TURNS_AFTER_LEAD = /\b(?:but|although|though|however|except|unless)\b|但|不过|可是|只是|除非/iu;

/**
 * The answer head's label, or `other` when it is guessing. When the whole reply leaves it guessing, a first phrase it
 * reads clearly answers ("建吧，先报价" is a yes whatever the condition after it), unless the reply turns after it.
 */
function headIsSure(recognition: Recognition): boolean {
  return inKnownWords(recognition) && recognition.answer.score >= HEAD_NEEDS_SCORE;
}

/** Mostly words the heads learned, as requests (the intent head) or as replies (the answer head: "yep", "nah"). */
function inKnownWords({ knownWordShare, answer }: Recognition): boolean {
  return Math.max(knownWordShare, answer.knownWordShare) >= HEAD_NEEDS_KNOWN_WORDS;
}

function headLabel(recognition: Recognition): Recognition['answer']['label'] {
  const { answer, answerLead, text } = recognition;
  if (headIsSure(recognition)) return answer.label;
  if (answerLead && answerLead.score >= HEAD_NEEDS_SCORE && (!TURNS_AFTER_LEAD.test(text) || onlyWantsToKnow(text))) return answerLead.label;
  return 'other';
}

/** What the customer saw, kept for the engineer in their own words as typed. */
function withObservation({ text, typed }: Recognition): Reading {
  return observationIn(text) ? { kind: 'not_fixed', observation: typed.trim() } : { kind: 'not_fixed' };
}

/** A button pressed or its number typed, for the two-button questions. */
function twoButtonIndex(text: string, options: readonly string[] | undefined): number | undefined {
  if (!options || options.length === 0) return undefined;
  const exact = exactOption(text, options) ?? leadingOption(text, options);
  if (exact !== undefined) return exact;
  const numbers = optionNumbers(text, options.length);
  return numbers.length === 1 && /^\s*\S{1,4}\s*$/u.test(text) ? numbers[0] : undefined;
}

const PLAIN_YES = /\b(?:yes|yeah|yep|yup)\b|是的|对的?/giu;
/** What is gone or broken, told after a "yes" to a step: "…decommissioned, disk wiped", "…硬盘也格式化了". */
const REPORTS_A_LOSS = /\b(?:decommissioned|wiped|erased|removed|dead|gone|unplugged|disconnected|broken|missing|empty|blank)\b|格式化了|删(?:掉|除)了|拆(?:掉|下来)了|没了|坏了/iu;
const OPENS_WITH_YES = /^[\s\p{P}]*(?:yes|yeah|yep|yup|是的|对)/iu;

function readYesNo(recognition: Recognition, options: readonly string[] | undefined): Reading {
  const { text } = recognition;
  const button = twoButtonIndex(text, options);
  if (button === 1) return { kind: 'yes' };
  if (button === 2) return { kind: 'no' };
  const said = lastDecision(text);
  // "hmm, not sure, let me think": a hesitation is no refusal yet.
  if (said === 'declines' && isDontKnow(text) && THINKS_IT_OVER.test(text) && !opensWithNo(text)) return { kind: 'unsure' };
  // "roughly how much? if its more than 500 I'll just buy a new one": a refusal on a condition waits for the answer asked.
  const decision = said === 'declines' && asksBack(text) && refusesOnACondition(text) ? undefined : said;
  // "哦对了 想起来个事…": "oh, by the way" opens a story; the head hears the 对 of it as a yes.
  if (decision === undefined && BY_THE_WAY.test(text.trim())) return asksBack(text) ? { kind: 'not_an_answer' } : byHeadUnlessAffirm(recognition);
  const read =
    decision === 'declines'
      ? { kind: 'no' as const }
      : decision === 'agrees'
        ? { kind: 'yes' as const }
        : asksBack(text)
          ? answeredBeforeAsking(recognition) ?? { kind: 'not_an_answer' as const }
          : opensWithBareYes(text)
            ? { kind: 'yes' as const }
            : byHead(recognition, { kind: 'yes' }, { kind: 'no' });
  // "no need, it's fixed", "不用了，问题找到了", "no its ok now": the fault went away meanwhile.
  // The "yes" that says a step fixed it is only a yes here ("yes, but not now").
  const goneMeanwhile = (saysFixed(text.replace(PLAIN_YES, ' ')) || foundTheCause(text)) && !saysStillFailing(text, recognition.lang);
  return (read.kind === 'no' || opensWithNo(text)) && goneMeanwhile ? { kind: 'no', nowWorking: true } : read;
}

/**
 * "…isn't it still valid until the end of the month? …if the contract date is 4 November then it's gone. Don't open
 * anything, I'll take it up with the installer.": the refusal is made on a condition only when its own sentence supposes.
 */
function refusesOnACondition(text: string): boolean {
  const refusal = text
    .split(/(?<=[.!?。！？\n])/u)
    .reverse()
    .find((sentence) => lastDecision(sentence) === 'declines');
  // What the customer will do instead ("I'll take it up with the installer") is no condition.
  return onACondition((refusal ?? text).replace(PLANS, ' '));
}

const PLANS = new RegExp(PLANNING.source, 'giu');

/** A "yes" standing alone before the rest, which does not turn: "Yes. Please tell me also what customs needs." */
const BARE_YES = /^(?:yes|yeah|yep|yup|sure|yes please|是的|好的|可以)\s*[,，.。!！;；]+\s*\S/iu;

function opensWithBareYes(text: string): boolean {
  const trimmed = text.normalize('NFKC').trim();
  return BARE_YES.test(trimmed) && !TURNS_AFTER_LEAD.test(trimmed);
}

/** Thinking it over, which beside "not sure" is a hesitation: "hmm, not sure, let me think", "不确定 我考虑一下". */
const THINKS_IT_OVER = /\b(?:let me think|think (?:about )?it(?: over)?)\b|考虑|想想|琢磨/iu;

/** "Oh, by the way" at the head of a reply: what follows is news, not an answer. */
const BY_THE_WAY = /^(?:[哦噢喔啊]\s*)?对了(?![，,。.!！]*$)|^(?:oh,?\s+)?(?:and\s+)?(?:by the way|btw|one more thing)\b/iu;

/** A story told after "by the way": a "no" in it still declines, and its "yes" is no consent. */
function byHeadUnlessAffirm(recognition: Recognition): Reading {
  const read = byHead(recognition, { kind: 'not_an_answer' }, { kind: 'no' });
  return read.kind === 'unsure' || read.kind === 'will_try' ? { kind: 'not_an_answer' } : read;
}

/** "开，但我想先搞清楚为啥要钱": what follows the "but" asks to understand; it takes nothing back. */
const WANTS_TO_KNOW = /(?:\bbut\b|但是?|不过|可是)[^。.!！]*(?:为啥|为什么|凭什么|\bwhy\b|\bhow much\b|多少钱|想(?:先)?(?:知道|搞清楚|弄清楚|问问?)|\b(?:want|need|like) to (?:know|understand)\b|\b(?:the )?(?:cost|price|quote) first\b)/iu;

function onlyWantsToKnow(text: string): boolean {
  return WANTS_TO_KNOW.test(text);
}

/** The phrase a reply opens with, up to its first stop; a question mark in it makes the whole reply a question. */
const FIRST_PHRASE = /^[^,，。.!！;；、\n]*/u;

/**
 * "那就报修吧，硬盘要一起寄过去吗？": a clear yes or no in the first phrase answers the question even when a question of
 * the customer's own follows (what it asks, the next message of the flow answers: the parcel note, the address).
 */
function answeredBeforeAsking({ text, answerLead }: Recognition): Reading | undefined {
  const firstPhrase = FIRST_PHRASE.exec(text.replace(DASH_BETWEEN_PHRASES, ', '))?.[0] ?? '?';
  if (!answerLead || answerLead.score < HEAD_NEEDS_SCORE || /[?？]/u.test(firstPhrase)) return undefined;
  if (TURNS_AFTER_LEAD.test(text) && !onlyWantsToKnow(text)) return undefined;
  if (answerLead.label === 'affirm') return { kind: 'yes' };
  // "No sticker — does that kill the warranty?": a "no" before a noun says something is missing, it answers nothing.
  if (answerLead.label === 'deny' && !NO_BEFORE_A_THING.test(firstPhrase.trim()) && !arguesInChinese(firstPhrase)) return { kind: 'no' };
  return undefined;
}

/**
 * "电压不稳又不是我们人为弄的，这也得收钱？": a Chinese phrase with a negation inside argues a point; only a phrase that
 * opens with its "no" ("不用了", "没有，…") or is a refusal answers.
 */
function arguesInChinese(phrase: string): boolean {
  const words = phrase.trim();
  return /\p{Script=Han}/u.test(words) && words.length > 4 && !opensWithNo(words) && lastDecision(words) !== 'declines';
}

const NO_BEFORE_A_THING = /^no\s+(?!(?:thanks|thank you|need|way|not|never|nobody|no one|none|nothing|it|i|we|sorry|please|problem)\b)[a-z]/iu;

/** The answer head's reading of a two-way question, given what its yes and its no mean here. */
function byHead(recognition: Recognition, affirmed: Reading, denied: Reading): Reading {
  switch (headLabel(recognition)) {
    case 'affirm':
      return affirmed;
    case 'deny':
      return denied;
    case 'not_tried':
      return { kind: 'will_try' };
    case 'unsure':
      return { kind: 'unsure' };
    default:
      return { kind: 'not_an_answer' };
  }
}

function readFixed(recognition: Recognition, options: readonly string[] | undefined): Reading {
  const { text, lang } = recognition;
  const button = twoButtonIndex(text, options);
  if (button === 1) return { kind: 'fixed' };
  if (button === 2) return { kind: 'not_fixed' };
  if (saysAlreadyTried(text)) return { kind: 'already_tried' };
  // "试了 还是黑 晚上能不能先拿个白光灯补一下？": the result is told before the question is asked.
  if (asksBack(text)) return saysStillFailing(statementsBeforeQuestion(text, lang), lang) ? withObservation(recognition) : { kind: 'not_an_answer' };
  if (cannotDoStep(text)) return { kind: 'not_fixed' };
  if (saysStillFailing(text, lang) || worksElsewhere(text)) return withObservation(recognition);
  // "yes, old server is decommissioned, disk wiped": the "yes" confirms what the step asked about; nothing says it works.
  if (OPENS_WITH_YES.test(text) && REPORTS_A_LOSS.test(text) && !saysFixed(text.replace(PLAIN_YES, ' ')) && !saysPlainlyFixed(text)) {
    return withObservation(recognition);
  }
  // "Machine code is different now, yes, because new server": a "yes" inside a report confirms what the step asked about.
  const fixedWords = OPENS_WITH_YES.test(text) ? text : text.replace(PLAIN_YES, ' ');
  // "waited 30 min, tried the installer's password... it works!!": the result told after the wait is the answer.
  // "没坏 不用排查", "everything works": there was nothing to fix.
  if ((saysFixed(fixedWords) && !headIsSure(recognition)) || saysPlainlyFixed(text) || foundTheCause(text) || saysNothingIsBroken(text)) {
    return { kind: 'fixed' };
  }
  if (hedges(text)) return { kind: 'will_try' };
  // The head's "affirm" closes the fault only when the words say it is gone; otherwise it is a report of what was seen.
  const affirmed: Reading = saysFixed(fixedWords) ? { kind: 'fixed' } : observationIn(text) ? withObservation(recognition) : { kind: 'will_try' };
  const read = byHead(recognition, affirmed, withObservation(recognition));
  if (read.kind !== 'not_an_answer') return read;
  // Words the head cannot place still answer "did that help?": they say it is gone, or they report what the step
  // showed ("other cameras on that port are fine"), which is the answer the step asked for and a note for the engineer.
  if (saysFixed(fixedWords)) return { kind: 'fixed' };
  // Only where the head leans towards a reply at all: "紫色的猴子在洗碗" is no report of a step.
  const leansToReply = recognition.answer.label !== 'other' && recognition.answer.score >= HEAD_LEANS;
  return leansToReply && inKnownWords(recognition) && observationIn(text) ? withObservation(recognition) : read;
}

/** A sentence that ends in a question mark. */
const QUESTION_SENTENCE = /[^.!?。！？\n]*[?？]/gu;

/** The statements a reply makes before the first phrase that asks something, joined; empty when it asks at once. */
function statementsBeforeQuestion(text: string, lang: Language): string {
  const said: string[] = [];
  for (const { text: phrase, start } of splitFragments(text, lang)) {
    const endsAsked = /^\s*[?？]/u.test(text.slice(start + phrase.length));
    if (endsAsked || asksBack(phrase) || /[?？]/u.test(phrase)) break;
    said.push(phrase);
  }
  return said.join(' ');
}

/** The options named, or "none" said, or neither; `byWords` as in `mentionedOptions`. */
function readOptions(recognition: Recognition, options: readonly string[], byWords: boolean): Reading {
  const { text } = recognition;
  const label = headLabel(recognition);
  const exact = exactOption(text, options);
  if (exact !== undefined) return { kind: 'choices', picked: [exact] };
  // "1 and 3, is that bad?" answers before it asks; "是否属于第二条所说的…？" asks about the policy's second clause.
  const answered = asksBack(text) ? statementsBeforeQuestion(text, recognition.lang) : text;
  const numbers = optionNumbers(answered, options.length);
  if (numbers.length > 0) return { kind: 'choices', picked: numbers };
  if (isNone(text)) return { kind: 'none' };
  // "Does rain count? It's an outdoor camera": a question names an option without saying it happened.
  const { affirmed, denied } = mentionedOptions(text.replace(QUESTION_SENTENCE, ' '), options, byWords);
  // "No, none of those — it's indoors. Would any of those have mattered?": answered before it asks.
  // "it got wet in the rain last week. does that count?": what it says happened before it asks is the answer.
  if (asksBack(text)) {
    const toldFirst = mentionedOptions(statementsBeforeQuestion(text, recognition.lang), options, byWords).affirmed;
    if (toldFirst.length > 0 && !saysItOnlyAsks(text, recognition.lang)) return { kind: 'choices', picked: toldFirst };
    return !byWords && opensWithBareNo(text) && affirmed.length === 0 ? { kind: 'none' } : { kind: 'not_an_answer' };
  }
  // "如果是进水的话保不保 我这个倒是没进过水 就问问": a question asked aside, with nothing said to have happened.
  if (affirmed.length === 0 && saysItOnlyAsks(text, recognition.lang)) return { kind: 'not_an_answer' };
  const noneLead = opensWithNo(text);
  // "No, but it did get wet" names an option after the "no"; "none of those, it's indoors" names none.
  if (affirmed.length > 0) return { kind: 'choices', picked: affirmed };
  if (noneLead || denied.length > 0) return { kind: 'none' };
  if (label === 'unsure' || isDontKnow(text)) return { kind: 'unsure' };
  if (label === 'deny') return { kind: 'none' };
  return { kind: 'not_an_answer' };
}

/** What the free answer (a serial, a city, a name) says when it gives no value. */
function readFree({ text }: Recognition): Reading {
  if (isDontKnow(text)) return { kind: 'unsure' };
  if (isNone(text)) return { kind: 'none' };
  return { kind: 'yes' };
}

/**
 * Reads a message as the answer to the question pending, from the answer head's reading and the
 * words themselves; what answers nothing is `not_an_answer`, for the dialog to treat as an
 * interruption. Free questions are never refused: the dialog reads their entities itself.
 */
export function readAnswer(recognition: Recognition, question: AnswerQuestion): Reading {
  switch (question.shape) {
    case 'yes_no':
      return readYesNo(recognition, question.options);
    case 'fixed':
      return readFixed(recognition, question.options);
    case 'choice':
      return readOptions(recognition, question.options ?? [], true);
    case 'checklist':
      return readOptions(recognition, question.options ?? [], false);
    case 'free':
      return readFree(recognition);
  }
}
