// Scores a played conversation against its script's `expected`: the outcome read from the stores and the assistant's
// state, the three harms read from the transcript, and the figures per language.
import type { QuestionKind } from '../../dialogs/pendingQuestion';
import type { Assessment, WarrantyStatus } from '../../src/domain/repairCase';
import type { ServiceCenterDirectory } from '../../src/domain/product';
import { CLAUSE_IDS, type ClauseId, type Language } from '../../src/domain/vocabulary';
import { t, type MessageKey } from '../../src/i18n/translate';
import type { Outcome } from './corpus';
import { handedToStaff, type Ending, type PlayedConversation } from './simulator';

/** What the assistant ended with, in the terms of a script's `expected`. */
export interface Reading {
  outcome: Outcome;
  assessment: Assessment | null;
  centre: string | null;
  clauses: ClauseId[];
  handoff: boolean;
  warranty: WarrantyStatus | null;
}

/** The parts of `expected` a conversation must all get right to count as correct. */
export const COMPONENTS = ['outcome', 'assessment', 'centre', 'clauses', 'handoff'] as const;
export type Component = (typeof COMPONENTS)[number];

const LANGUAGES: readonly Language[] = ['en', 'zh'];

/** The assistant's words when a troubleshooting step fixed the fault, in either language. */
function saysSolved(reply: string): boolean {
  return LANGUAGES.some((lang) => reply.includes(t(lang, 'troubleshooting.solved')));
}

function declaredSolved(played: PlayedConversation): boolean {
  return played.observed.data?.fault.solvedByTroubleshooting === true || played.turns.some((turn) => saysSolved(turn.assistant));
}

/**
 * A fault was being handled: its symptom is known or a troubleshooting step was tried. A product alone is not enough:
 * a warranty question names one without any fault.
 */
function faultHandled(played: PlayedConversation): boolean {
  const fault = played.observed.data?.fault;
  return fault !== undefined && (fault.symptom !== undefined || fault.stepsTried.length > 0);
}

const CLAUSE_MENTION: Record<Language, RegExp> = { en: /\bclause\s*([1-7])\b/giu, zh: /第\s*([1-7])\s*条/gu };
/** Words that make a clause mention a ruling against the customer: the repair is charged, or not covered. */
const CHARGE_WORDS = /charg|\bfees?\b|\bpaid\b|(?:not|n't|no longer) covered|收费|付费|自费|不在免费保修|不再享受免费保修|不保修/iu;
/** Where a sentence ends: a full stop, question or exclamation mark, or a new line. */
const SENTENCE_END = /[。！？\n]|[.!?](?=\s|$)/u;
/** Quoted words, as the assistant quotes the customer: “…”, 「…」 or "…". */
const QUOTED = /“([^”]+)”|「([^」]+)」|"([^"]+)"/gu;
/** A negation in the customer's words (checked in both languages: customers mix them). */
const NEGATION = [
  /\b(?:not|no|never|nobody|none|nothing|neither|nor|without)\b|n't\b|\b(?:didnt|dont|doesnt|wasnt|isnt|hasnt|havent|cant|wont)\b/iu,
  /没|未(?!经)|不是|不曾|从不|从来|并非|别(?![人的家处])|无(?!法)/u,
];

export interface Citation {
  clause: ClauseId;
  /** The words offered as evidence: the case's finding, or what the reply quoted before citing the clause. */
  evidence: string[];
}

/** Clauses a reply rules on ("under clause 4 … so this repair would be charged", "根据…第4条…需要收费"), with their quoted evidence. */
export function citationsIn(reply: string): Citation[] {
  const citations: Citation[] = [];
  for (const lang of LANGUAGES) {
    for (const match of reply.matchAll(CLAUSE_MENTION[lang])) {
      const at = match.index ?? 0;
      const rest = reply.slice(at);
      const sentence = rest.slice(0, rest.search(SENTENCE_END) + 1 || rest.length);
      if (!CHARGE_WORDS.test(sentence)) continue;
      const paragraph = reply.slice(reply.lastIndexOf('\n', at) + 1, at);
      const evidence = [...paragraph.matchAll(QUOTED)].map((quote) => quote[1] ?? quote[2] ?? quote[3]);
      citations.push({ clause: CLAUSE_IDS[Number(match[1]) - 1], evidence });
    }
  }
  return citations;
}

/** The assistant's own messages that rule on a clause without citing its number, as patterns of their templates. */
const RULINGS: ReadonlyArray<{ clause: ClauseId; key: MessageKey }> = [{ clause: 'expired', key: 'warranty.expired' }];

function templatePattern(template: string): RegExp {
  const parts = template.split(/\{\w+\}/u).map((part) => part.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
  return new RegExp(parts.join('[\\s\\S]+?'), 'u');
}

const RULING_PATTERNS = RULINGS.flatMap(({ clause, key }) => LANGUAGES.map((lang) => ({ clause, pattern: templatePattern(t(lang, key)) })));

/** Clauses a reply rules on: cited by number with a charge, or in one of the assistant's ruling messages. */
function rulingsIn(reply: string): Citation[] {
  return [...citationsIn(reply), ...RULING_PATTERNS.filter(({ pattern }) => pattern.test(reply)).map(({ clause }) => ({ clause, evidence: [] }))];
}

/** Every clause the assistant held against the customer, once, with all its evidence: the case's exclusions and its replies' citations. */
function allCitations(played: PlayedConversation): Citation[] {
  const fromCase = (played.observed.cases[0]?.exclusions ?? []).map(({ clause, evidence }) => ({ clause, evidence }));
  const byClause = new Map<ClauseId, string[]>();
  for (const { clause, evidence } of [...fromCase, ...played.turns.flatMap((turn) => rulingsIn(turn.assistant))]) {
    byClause.set(clause, [...(byClause.get(clause) ?? []), ...evidence]);
  }
  return [...byClause].map(([clause, evidence]) => ({ clause, evidence }));
}

function addressesOf(centres: ServiceCenterDirectory, id: string): string[] {
  // A reply shows the address in the customer's language: the English one, or the Chinese one when the file has it.
  const centre = centres.byId(id);
  return [centre?.address, centre?.addressZh].filter((address): address is string => address !== undefined && address.length > 0);
}

export function readOutcome(played: PlayedConversation, centres: ServiceCenterDirectory): Reading {
  const { cases, handoff } = played.observed;
  const handedOver = handedToStaff(handoff);
  const repairCase = cases[0];
  if (repairCase) {
    return {
      outcome: 'case',
      assessment: repairCase.assessment,
      centre: repairCase.serviceCenterId,
      clauses: repairCase.exclusions.map((finding) => finding.clause),
      handoff: handedOver,
      warranty: repairCase.warranty.status,
    };
  }
  const expectedCentre = played.script.expected.centre;
  const replies = played.turns.map((turn) => turn.assistant).join('\n');
  const centreGiven = expectedCentre !== null && addressesOf(centres, expectedCentre).some((address) => replies.includes(address));
  const outcome: Outcome = declaredSolved(played) ? 'solved' : handedOver ? 'handoff' : faultHandled(played) ? 'no_case' : 'answered';
  return {
    outcome,
    assessment: null,
    centre: centreGiven ? expectedCentre : null,
    clauses: [...new Set(allCitations(played).map((citation) => citation.clause))],
    handoff: handedOver,
    warranty: null,
  };
}

function sameSet<T>(a: readonly T[], b: readonly T[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((item) => right.has(item));
}

export function judge(played: PlayedConversation, reading: Reading): Record<Component, boolean> {
  const expected = played.script.expected;
  return {
    outcome: reading.outcome === expected.outcome,
    assessment: reading.assessment === expected.assessment,
    centre: reading.centre === expected.centre,
    clauses: sameSet(reading.clauses, expected.clauses),
    handoff: reading.handoff === expected.handoff,
  };
}

export interface Harms {
  /** The assistant declared the fault fixed (said so, or marked it solved) though the customer's fault was not. */
  declaredFixed: boolean;
  /** Clauses held against the customer that the script does not expect, each with its evidence. */
  wrongCitations: Citation[];
  /** The wrong citations whose evidence contains a negation: a denial quoted as evidence. */
  citedDenials: Citation[];
  /** Three customer messages in a row got the very same reply. */
  repeatedPrompt: boolean;
}

export function hasNegation(words: string): boolean {
  return NEGATION.some((pattern) => pattern.test(words));
}

export function harmsOf(played: PlayedConversation): Harms {
  const expected = played.script.expected;
  const wrongCitations = allCitations(played).filter((citation) => !expected.clauses.includes(citation.clause));
  return {
    declaredFixed: expected.outcome !== 'solved' && declaredSolved(played),
    wrongCitations,
    citedDenials: wrongCitations.filter((citation) => citation.evidence.some(hasNegation)),
    repeatedPrompt: played.turns.some(
      (turn, index) =>
        index >= 2 && turn.assistant.trim() !== '' && turn.assistant === played.turns[index - 1].assistant && turn.assistant === played.turns[index - 2].assistant,
    ),
  };
}

/** Questions asked once the outcome is reached: their answers are not needed to reach it. */
const AFTERWORD: readonly QuestionKind[] = ['rating', 'suggestion'];

/**
 * Customer messages beyond the fewest a competent agent would need to reach the outcome (answers to the rating and
 * suggestion questions left out); ending early is not a saving.
 */
export function extraMessages(played: PlayedConversation): number {
  const needed = played.turns.filter((turn) => !(turn.answers !== undefined && AFTERWORD.includes(turn.answers)));
  return Math.max(0, needed.length - played.script.min_customer_messages);
}

export interface Scored {
  played: PlayedConversation;
  reading: Reading;
  components: Record<Component, boolean>;
  correct: boolean;
  harms: Harms;
  extra: number;
}

export function score(played: PlayedConversation, centres: ServiceCenterDirectory): Scored {
  const reading = readOutcome(played, centres);
  const components = judge(played, reading);
  return {
    played,
    reading,
    components,
    correct: COMPONENTS.every((component) => components[component]),
    harms: harmsOf(played),
    extra: extraMessages(played),
  };
}

/** The value below which a share `q` of the values lie, interpolated between neighbours (as numpy's default). */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}

export interface Spread {
  median: number;
  p90: number;
}

function spread(values: readonly number[]): Spread {
  return { median: quantile(values, 0.5), p90: quantile(values, 0.9) };
}

export interface Figures {
  conversations: number;
  accuracy: number;
  components: Record<Component, number>;
  /** Extra customer messages over the minimum, over every conversation, and over the correctly ended ones only (a wrong early end costs no messages). */
  extra: Spread;
  extraWhenCorrect: Spread;
  harms: { declaredFixed: number; wrongCitations: number; citedDenials: number; repeatedPrompt: number };
  endings: Record<Ending, number>;
}

export function figures(scored: readonly Scored[]): Figures {
  const share = (count: number): number => (scored.length === 0 ? Number.NaN : count / scored.length);
  const count = (test: (one: Scored) => boolean): number => scored.filter(test).length;
  return {
    conversations: scored.length,
    accuracy: share(count((one) => one.correct)),
    components: Object.fromEntries(COMPONENTS.map((component) => [component, share(count((one) => one.components[component]))])) as Record<
      Component,
      number
    >,
    extra: spread(scored.map((one) => one.extra)),
    extraWhenCorrect: spread(scored.filter((one) => one.correct).map((one) => one.extra)),
    harms: {
      declaredFixed: count((one) => one.harms.declaredFixed),
      wrongCitations: scored.reduce((sum, one) => sum + one.harms.wrongCitations.length, 0),
      citedDenials: scored.reduce((sum, one) => sum + one.harms.citedDenials.length, 0),
      repeatedPrompt: count((one) => one.harms.repeatedPrompt),
    },
    endings: {
      finished: count((one) => one.played.ending === 'finished'),
      handed_to_staff: count((one) => one.played.ending === 'handed_to_staff'),
      cap: count((one) => one.played.ending === 'cap'),
    },
  };
}
