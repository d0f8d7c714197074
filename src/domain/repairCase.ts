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
  /** When the retention period of the closed case ended and its personal data was removed (ISO). */
  personalDataRemovedAt?: string;
}

/** When the case was last closed (ISO); undefined while it is not closed. */
export function closedAt(repairCase: RepairCase): string | undefined {
  if (repairCase.status !== 'closed') return undefined;
  const closings = repairCase.history.filter((entry) => entry.event === 'status_closed');
  return closings.at(-1)?.at ?? repairCase.updatedAt;
}

/** History events whose note holds the customer's own words or file names. */
const PERSONAL_NOTES = new Set(['customer_message', 'attachment_added']);

/**
 * The case without who the customer is and what they wrote or sent: contact name and phone, their words (also as
 * exclusion evidence and history notes) and attachments go; what the dashboard and warranty figures need stays.
 */
export function withoutPersonalData(repairCase: RepairCase, at: Date): RepairCase {
  const iso = at.toISOString();
  return {
    ...repairCase,
    contact: { ...repairCase.contact, name: '', phone: '' },
    customerWords: [],
    exclusions: repairCase.exclusions.map((finding) => ({ ...finding, evidence: [] })),
    attachments: [],
    history: [
      ...repairCase.history.map(({ note, ...entry }) => (PERSONAL_NOTES.has(entry.event) || note === undefined ? entry : { ...entry, note })),
      { at: iso, event: 'personal_data_removed' },
    ],
    personalDataRemovedAt: iso,
  };
}

/** What a dialog supplies to open a case; the store assigns id, status and timestamps. */
export type NewCase = Omit<RepairCase, 'id' | 'status' | 'history' | 'createdAt' | 'updatedAt' | 'attachments'> & {
  attachments?: Attachment[];
};
