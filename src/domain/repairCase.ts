// A hardware repair case (CONTRACT §5).
import type { ClauseId, Language, Symptom } from './vocabulary';

export const CASE_ID_PATTERN = /^RMA-\d{8}-\d{4,}$/;

export type WarrantyStatus = 'in_warranty' | 'expired' | 'unknown';
export type Assessment = 'free' | 'charged' | 'review';
export const CASE_STATUSES = [
  'open',
  'awaiting_shipment',
  'received',
  'quoted',
  'repairing',
  'shipped_back',
  'closed',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export type QuoteConsent = 'pending' | 'accepted' | 'declined';

export interface ExclusionFinding {
  clause: ClauseId;
  /** The customer's own words (or the registry fact) that reveal the exclusion. */
  evidence: string[];
}

export interface CustomerContact {
  name: string;
  phone: string;
  region: string;
}

export interface Quote {
  amount: number;
  currency: string;
  note: string;
  consent: QuoteConsent;
  /** When staff sent it (ISO). */
  quotedAt?: string;
  /** When the customer accepted or declined it (ISO). */
  answeredAt?: string;
}

export interface CaseHistoryEntry {
  at: string; // ISO timestamp
  event: string;
  note?: string;
  /** The staff member (username) who did it; absent for the assistant and the customer. */
  by?: string;
}

export interface Attachment {
  id: string;
  name: string;
  contentType: string;
  url: string;
}

export interface RepairCase {
  id: string;
  channel: string;
  conversationId: string;
  language: Language;
  contact: CustomerContact;
  serial?: string;
  model?: string;
  category?: string;
  symptom: Symptom;
  customerWords: string[];
  warranty: { status: WarrantyStatus; endDate?: string };
  exclusions: ExclusionFinding[];
  assessment: Assessment;
  serviceCenterId: string;
  status: CaseStatus;
  quote?: Quote;
  attachments: Attachment[];
  history: CaseHistoryEntry[];
  createdAt: string;
  updatedAt: string;
}

/** What a dialog supplies to open a case; the store assigns id, status and timestamps. */
export type NewCase = Omit<RepairCase, 'id' | 'status' | 'history' | 'createdAt' | 'updatedAt' | 'attachments'> & {
  attachments?: Attachment[];
};
