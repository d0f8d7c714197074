// Builds each reason of a decision in every language the assistant speaks.
import type { ClauseId, Language } from '../domain/vocabulary';
import type { Assessment } from '../domain/repairCase';
import { clauseNumber } from './clauses';
import type { ClauseStatements } from './customerStatements';
import type { DecisionReason, PolicyClause } from './types';
import { ENGLISH_REASONS } from './wording/en';
import type { ClauseCitation, ReasonWording, Statement } from './wording/reasonWording';
import { CHINESE_REASONS } from './wording/zh';

const WORDING: Record<Language, ReasonWording> = { en: ENGLISH_REASONS, zh: CHINESE_REASONS };

export type ReasonCode =
  | 'under_warranty'
  | 'warranty_ended'
  | 'serial_not_found'
  | 'serial_missing'
  | 'estimated_warranty'
  | 'sold_outside_channels'
  | 'customer_mentioned'
  | 'statements_disagree'
  | 'outcome';

function reason(
  code: ReasonCode,
  say: (wording: ReasonWording, language: Language) => string,
  clause?: ClauseId,
): DecisionReason {
  const text = { en: say(WORDING.en, 'en'), zh: say(WORDING.zh, 'zh') };
  return clause ? { code, clause, text } : { code, text };
}

function citation(clause: PolicyClause, language: Language): ClauseCitation {
  return { number: clauseNumber(clause.id), ruling: clause.ruling[language] };
}

/**
 * The customer words already quoted by earlier reasons of one decision: one message often reveals two clauses
 * ("the typhoon blew it off the pole"), and it is quoted once, at the first.
 */
export class QuotedWords {
  private readonly quoted: string[] = [];

  /** Those of `texts` not quoted yet (nor part of, nor containing, a quoted text); they count as quoted from now on. */
  take(texts: string[]): string[] {
    const fresh = texts.filter((text) => {
      const words = text.trim().toLowerCase();
      return !this.quoted.some((quoted) => quoted.includes(words) || words.includes(quoted));
    });
    this.quoted.push(...fresh.map((text) => text.trim().toLowerCase()));
    return fresh;
  }
}

/** `said` is everything the customer said on this side, `fresh` the part not quoted yet. */
function statementOf(said: string[], fresh: string[], clause: PolicyClause, language: Language): Statement {
  if (said.length === 0) return { kind: 'answer', question: clause.screening?.[language] };
  return fresh.length > 0 ? { kind: 'words', texts: fresh } : { kind: 'quotedAbove' };
}

/** `excluded`: an exclusion makes the repair charged, so the running warranty is stated as a plain fact. */
export function underWarrantyReason(model: string, endDate: string, excluded: boolean): DecisionReason {
  return reason('under_warranty', (wording) =>
    excluded ? wording.warrantyPeriodRuns(model, endDate) : wording.underWarranty(model, endDate),
  );
}

export function warrantyEndedReason(model: string, endDate: string, clause: PolicyClause): DecisionReason {
  return reason(
    'warranty_ended',
    (wording, language) => wording.warrantyEnded(model, endDate, citation(clause, language)),
    clause.id,
  );
}

export function unverifiedWarrantyReason(serial: string | undefined): DecisionReason {
  return serial
    ? reason('serial_not_found', (wording) => wording.serialNotFound())
    : reason('serial_missing', (wording) => wording.serialMissing());
}

export function estimatedWarrantyReason(endDate: string, stillRunning: boolean): DecisionReason {
  return reason('estimated_warranty', (wording) => wording.estimatedWarranty(endDate, stillRunning));
}

export function soldOutsideChannelsReason(seller: string, contractId: string, clause: PolicyClause): DecisionReason {
  return reason(
    'sold_outside_channels',
    (wording, language) => wording.soldOutsideChannels(seller, contractId, citation(clause, language)),
    clause.id,
  );
}

export function customerMentionedReason(statements: ClauseStatements, clause: PolicyClause, quoted: QuotedWords): DecisionReason {
  const affirming = quoted.take(statements.affirmingWords);
  return reason(
    'customer_mentioned',
    (wording, language) =>
      wording.customerMentioned(statementOf(statements.affirmingWords, affirming, clause, language), citation(clause, language)),
    clause.id,
  );
}

export function statementsDisagreeReason(statements: ClauseStatements, clause: PolicyClause, quoted: QuotedWords): DecisionReason {
  const affirming = quoted.take(statements.affirmingWords);
  const denying = quoted.take(statements.denyingWords);
  return reason(
    'statements_disagree',
    (wording, language) =>
      wording.statementsDisagree(
        statementOf(statements.affirmingWords, affirming, clause, language),
        statementOf(statements.denyingWords, denying, clause, language),
        clauseNumber(clause.id),
      ),
    clause.id,
  );
}

export function outcomeReason(assessment: Assessment): DecisionReason {
  return reason('outcome', (wording) => wording.outcome(assessment));
}
