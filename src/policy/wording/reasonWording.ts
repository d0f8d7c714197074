// The sentences a decision is explained with; one implementation per language, with the same entries.
import type { Assessment } from '../../domain/repairCase';

/** A clause as cited in a reason: its number in the policy and its plain-words ruling. */
export interface ClauseCitation {
  number: number;
  ruling: string;
}

/**
 * One side of what a customer said about a clause: their own words when they gave some (`quotedAbove` when every one
 * of them was already quoted for an earlier clause, so they are not quoted twice), else their yes/no answer to the
 * screening question (quoted when there is one).
 */
export type Statement =
  | { kind: 'words'; texts: string[] }
  | { kind: 'quotedAbove' }
  | { kind: 'answer'; question: string | undefined };

export interface ReasonWording {
  underWarranty(model: string | undefined, endDate: string): string;
  /** The warranty period still runs, but an exclusion makes this repair charged: a neutral fact, no good news. */
  warrantyPeriodRuns(model: string | undefined, endDate: string): string;
  warrantyEnded(model: string | undefined, endDate: string, citation: ClauseCitation): string;
  serialNotFound(): string;
  serialMissing(): string;
  estimatedWarranty(endDate: string, stillRunning: boolean): string;
  soldOutsideChannels(seller: string, contractId: string, citation: ClauseCitation): string;
  /** `statement` says it happened. */
  customerMentioned(statement: Statement, citation: ClauseCitation): string;
  /** `affirming` says it happened, `denying` that it did not. */
  statementsDisagree(affirming: Statement, denying: Statement, clauseNumber: number): string;
  outcome(assessment: Assessment): string;
}
