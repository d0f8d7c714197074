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

function affirmingStatement(statements: ClauseStatements, clause: PolicyClause, language: Language): Statement {
  return statements.affirmingWords.length > 0
    ? { kind: 'words', texts: statements.affirmingWords }
    : { kind: 'answer', question: clause.screening?.[language] };
}

function denyingStatement(statements: ClauseStatements, clause: PolicyClause, language: Language): Statement {
  return statements.denyingWords.length > 0
    ? { kind: 'words', texts: statements.denyingWords }
    : { kind: 'answer', question: clause.screening?.[language] };
}

export function underWarrantyReason(model: string, endDate: string): DecisionReason {
  return reason('under_warranty', (wording) => wording.underWarranty(model, endDate));
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

export function customerMentionedReason(statements: ClauseStatements, clause: PolicyClause): DecisionReason {
  return reason(
    'customer_mentioned',
    (wording, language) =>
      wording.customerMentioned(affirmingStatement(statements, clause, language), citation(clause, language)),
    clause.id,
  );
}

export function statementsDisagreeReason(statements: ClauseStatements, clause: PolicyClause): DecisionReason {
  return reason(
    'statements_disagree',
    (wording, language) =>
      wording.statementsDisagree(
        affirmingStatement(statements, clause, language),
        denyingStatement(statements, clause, language),
        clauseNumber(clause.id),
      ),
    clause.id,
  );
}

export function outcomeReason(assessment: Assessment): DecisionReason {
  return reason('outcome', (wording) => wording.outcome(assessment));
}
