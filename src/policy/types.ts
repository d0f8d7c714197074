// The claim the policy judges and the decision it returns.
import type { ClauseId, Localized } from '../domain/vocabulary';
import type { Assessment, ExclusionFinding, WarrantyStatus } from '../domain/repairCase';

export interface PolicyClause {
  id: ClauseId;
  /** The clause as the policy words it. */
  text: Localized;
  /** The clause in plain, non-accusatory words, for explaining a decision. */
  plain: Localized;
  /** The same, as a phrase that completes "Under clause N of the NetPosa service policy, …" in a decision reason. */
  ruling: Localized;
  /** The yes/no screening question that asks about it; absent for clauses decided from the registry alone. */
  screening?: Localized;
  /** Words and phrases that reveal it in what a customer writes. */
  cues: { en: string[]; zh: string[] };
}

/** The product as known: verified from the registry, or as the customer states it. */
export type ClaimProduct =
  | {
      source: 'registry';
      serial: string;
      model: string;
      category: string;
      purchaseDate: string;
      warrantyMonths: number;
      authorizedChannel: boolean;
      seller: string;
      contractId: string;
    }
  | {
      source: 'customer';
      serial?: string;
      model?: string;
      category?: string;
      purchaseDate?: string;
      /** Warranty months assumed for an unverified product (the standard term of its category). */
      warrantyMonths?: number;
    };

export interface ClaimEvidence {
  clause: ClauseId;
  /** The customer's own words. */
  text: string;
  /** The customer denied it ("never dropped"). */
  negated: boolean;
}

export interface Claim {
  product: ClaimProduct;
  /** Answers to screening questions: true = it happened / applies, false = the customer says it did not. */
  answers: Partial<Record<ClauseId, boolean>>;
  /** Cues found in the customer's free text. */
  evidence: ClaimEvidence[];
}

export interface DecisionReason {
  code: string;
  clause?: ClauseId;
  text: Localized;
}

export interface Decision {
  warranty: { status: WarrantyStatus; endDate?: string; verified: boolean };
  exclusions: ExclusionFinding[];
  /** Clauses where the customer's statements contradict each other. */
  contradictions: ClauseId[];
  assessment: Assessment;
  reasons: DecisionReason[];
}
