// What a customer has said about one clause, and whether it adds up to yes, no, or both.
import type { ClauseId } from '../domain/vocabulary';
import type { Claim } from './types';

export interface ClauseStatements {
  /** The customer's words that say it happened, without repeats, in the order said. */
  affirmingWords: string[];
  /** The customer's words that say it did not happen ("never dropped"). */
  denyingWords: string[];
  /** The screening answer, if the customer was asked. */
  answer: boolean | undefined;
}

/** `none`: nothing said, or only denials — a denied mention is not an exclusion. */
export type StatementVerdict = 'none' | 'affirmed' | 'contradicted';

function distinct(texts: string[]): string[] {
  return [...new Set(texts)];
}

export function statementsAbout(claim: Claim, clause: ClauseId): ClauseStatements {
  const mentions = claim.evidence.filter((mention) => mention.clause === clause);
  return {
    affirmingWords: distinct(mentions.filter((mention) => !mention.negated).map((mention) => mention.text)),
    denyingWords: distinct(mentions.filter((mention) => mention.negated).map((mention) => mention.text)),
    answer: claim.answers[clause],
  };
}

function saysItHappened(statements: ClauseStatements): boolean {
  return statements.answer === true || statements.affirmingWords.length > 0;
}

function saysItDidNotHappen(statements: ClauseStatements): boolean {
  return statements.answer === false || statements.denyingWords.length > 0;
}

/** A customer who both affirms and denies a clause is not held to either: an engineer looks instead. */
export function verdictOn(statements: ClauseStatements): StatementVerdict {
  if (!saysItHappened(statements)) return 'none';
  return saysItDidNotHappen(statements) ? 'contradicted' : 'affirmed';
}
