// The policy engine: judges a repair claim against the service policy's clauses, without I/O or a clock.
import type { ExclusionFinding } from '../domain/repairCase';
import type { ClauseId } from '../domain/vocabulary';
import { POLICY_CLAUSES } from './clauses';
import { statementsAbout, verdictOn, type ClauseStatements } from './customerStatements';
import {
  customerMentionedReason,
  estimatedWarrantyReason,
  outcomeReason,
  QuotedWords,
  soldOutsideChannelsReason,
  statementsDisagreeReason,
  underWarrantyReason,
  unverifiedWarrantyReason,
  warrantyEndedReason,
} from './reasons';
import type { Claim, ClaimProduct, Decision, DecisionReason, PolicyClause } from './types';
import { assertIsoDate, isWithinWarranty, warrantyEndDate } from './warrantyPeriod';

type RegistryProduct = Extract<ClaimProduct, { source: 'registry' }>;
type WarrantyFinding = Decision['warranty'];

interface ClauseJudgement {
  exclusion?: ExclusionFinding;
  contradiction?: ClauseId;
  reason?: DecisionReason;
}

const NOTHING_FOUND: ClauseJudgement = {};

function warrantyOf(product: ClaimProduct, today: string): WarrantyFinding {
  if (product.source === 'registry') {
    const endDate = warrantyEndDate(product.purchaseDate, product.warrantyMonths);
    return { status: isWithinWarranty(today, endDate) ? 'in_warranty' : 'expired', endDate, verified: true };
  }
  if (product.purchaseDate !== undefined && product.warrantyMonths !== undefined) {
    const estimatedEnd = warrantyEndDate(product.purchaseDate, product.warrantyMonths);
    return { status: 'unknown', endDate: estimatedEnd, verified: false };
  }
  return { status: 'unknown', verified: false };
}

function warrantyStatusReasons(product: ClaimProduct, warranty: WarrantyFinding, today: string, excluded: boolean): DecisionReason[] {
  if (product.source === 'registry') {
    // An ended warranty is explained by the `expired` clause itself, citing clause 1.
    return warranty.status === 'in_warranty' && warranty.endDate
      ? [underWarrantyReason(product.model, warranty.endDate, excluded)]
      : [];
  }
  const unverified = unverifiedWarrantyReason(product.serial);
  return warranty.endDate
    ? [unverified, estimatedWarrantyReason(warranty.endDate, isWithinWarranty(today, warranty.endDate))]
    : [unverified];
}

function registryExpiry(product: RegistryProduct, warranty: WarrantyFinding, clause: PolicyClause): ClauseJudgement {
  if (warranty.status !== 'expired' || !warranty.endDate) return NOTHING_FOUND;
  const evidence =
    `registry: purchased ${product.purchaseDate} with a ${product.warrantyMonths}-month warranty` +
    ` that ended ${warranty.endDate} (contract ${product.contractId})`;
  return {
    exclusion: { clause: clause.id, evidence: [evidence] },
    reason: warrantyEndedReason(product.model, warranty.endDate, clause),
  };
}

function registryUnauthorisedSale(
  product: RegistryProduct,
  statements: ClauseStatements,
  clause: PolicyClause,
): ClauseJudgement {
  const evidence = `registry: sold by ${product.seller}, not an authorised channel (contract ${product.contractId})`;
  return {
    exclusion: { clause: clause.id, evidence: [evidence, ...statements.affirmingWords] },
    reason: soldOutsideChannelsReason(product.seller, product.contractId, clause),
  };
}

function screeningEvidence(clause: PolicyClause): string {
  return clause.screening ? `answered yes to “${clause.screening.en}”` : 'answered yes when asked';
}

function customerAccount(statements: ClauseStatements, clause: PolicyClause, quoted: QuotedWords): ClauseJudgement {
  switch (verdictOn(statements)) {
    case 'none':
      return NOTHING_FOUND;
    case 'contradicted':
      return { contradiction: clause.id, reason: statementsDisagreeReason(statements, clause, quoted) };
    case 'affirmed': {
      const evidence =
        statements.answer === true
          ? [...statements.affirmingWords, screeningEvidence(clause)]
          : statements.affirmingWords;
      return {
        exclusion: { clause: clause.id, evidence },
        reason: customerMentionedReason(statements, clause, quoted),
      };
    }
  }
}

function judgeClause(clause: PolicyClause, claim: Claim, warranty: WarrantyFinding, quoted: QuotedWords): ClauseJudgement {
  const { product } = claim;
  if (clause.id === 'expired') {
    // Whether a warranty has run out is a matter of the contract's dates, not of what the customer believes.
    return product.source === 'registry' ? registryExpiry(product, warranty, clause) : NOTHING_FOUND;
  }
  const statements = statementsAbout(claim, clause.id);
  if (clause.id === 'unofficial_channel' && product.source === 'registry' && !product.authorizedChannel) {
    return registryUnauthorisedSale(product, statements, clause);
  }
  return customerAccount(statements, clause, quoted);
}

/**
 * Decides whether a repair is free, charged or needs an engineer's review. `today` is passed in
 * (ISO `YYYY-MM-DD`) so the decision is reproducible; `clauses` are the policy, in its order.
 */
export function decide(claim: Claim, today: string, clauses: readonly PolicyClause[] = POLICY_CLAUSES): Decision {
  assertIsoDate(today, 'today');
  const warranty = warrantyOf(claim.product, today);
  const quoted = new QuotedWords();
  const judgements = clauses.map((clause) => judgeClause(clause, claim, warranty, quoted));

  const exclusions = judgements.flatMap((judgement) => (judgement.exclusion ? [judgement.exclusion] : []));
  const contradictions = judgements.flatMap((judgement) => (judgement.contradiction ? [judgement.contradiction] : []));
  const assessment =
    exclusions.length > 0 ? 'charged' : contradictions.length > 0 || !warranty.verified ? 'review' : 'free';

  const reasons = [
    ...warrantyStatusReasons(claim.product, warranty, today, exclusions.length > 0),
    ...judgements.flatMap((judgement) => (judgement.reason ? [judgement.reason] : [])),
    outcomeReason(assessment),
  ];
  return { warranty, exclusions, contradictions, assessment, reasons };
}
