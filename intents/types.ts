// What the recognizer tells the rest of the assistant about one customer utterance.
import type { AnswerLabel } from './corpusFile';
import type { ClauseId, IntentName, Language, Symptom } from '../src/domain/vocabulary';

export interface ExclusionCue {
  clause: ClauseId;
  /** The customer's own words that mention it (the clause or sentence, trimmed). */
  text: string;
  /** True when the mention is denied ("it was never dropped", "没有进水"), or only asked about (then `asked` too). */
  negated: boolean;
  /** The words only suppose or ask ("is a drop covered?", "摔一下的话还管保修不"): they neither say nor deny it happened. */
  asked?: true;
}

export interface Entities {
  serial?: string;
  /**
   * The serial with the group typed before or after it ("NPE25 A00000871", "npc25a0005 1872"), when there is one: which
   * of the two is the serial, only the registry can tell.
   */
  serialJoined?: string;
  model?: string;
  /** ISO `YYYY-MM-DD`, resolved against the reference date. */
  date?: string;
  /** The date said in the same phrase as a word about buying or installing: the purchase date. */
  bought?: string;
  /** Repair case id, `RMA-YYYYMMDD-NNNN`. */
  case?: string;
  phone?: string;
}

export interface Recognition {
  /** The message as read: traditional characters, Cantonese and pinyin slips in Mandarin, every position where typed. */
  text: string;
  /** The message as the customer typed it: what is kept and shown as their own words. */
  typed: string;
  lang: Language;
  intent: IntentName;
  /** Normalised to 0..1; the ranking's scores sum to 1. */
  confidence: number;
  ranking: Array<{ intent: IntentName; score: number }>;
  /** The share of the message's words the intent head learned from (0..1): how far its confidence can be trusted. */
  knownWordShare: number;
  /** `null` when the text describes no fault. */
  symptom: Symptom | null;
  /** Clauses mentioned and not denied. */
  exclusions: ClauseId[];
  /** Every clause mention, denied ones included, with the words that made it. */
  cues: ExclusionCue[];
  entities: Entities;
  /** The message complains about the service (its staff, its handling), not only about a device. */
  complaint: boolean;
  /**
   * The message read as a reply to a yes/no-style question; `score` is the label's probability, `knownWordShare` the
   * share of its words the answer head learned ("yep" is a word of replies, not of requests).
   */
  answer: { label: AnswerLabel; score: number; knownWordShare: number };
  /**
   * The same head's reading of the reply's first phrase when more follows it ("建吧，先报价", "不用，好了"): a reply
   * often answers first and explains after, and the explanation drowns the answer in the whole-message reading.
   */
  answerLead?: { label: AnswerLabel; score: number };
}

export interface RecognizeOptions {
  /** Reference date for relative dates ("last March"), ISO `YYYY-MM-DD`. */
  today?: string;
}

export interface Recognizer {
  recognize(text: string, options?: RecognizeOptions): Recognition;
}
