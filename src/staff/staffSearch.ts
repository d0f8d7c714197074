// Finding a case or conversation from what a customer or colleague quotes: a case id, a serial, a phone number or a
// name, each compared the way people write it (serials without dashes or case, phones by their digits).
import type { RepairCase } from '../domain/repairCase';
import { normalizeSerial } from '../registry/serialNumber';
import type { ConversationRecord } from '../storage/types';

/** Fewer digits than this match too many phone numbers to be a search by phone. */
const PHONE_DIGITS_MIN = 4;
/** A search answers at most this many of each kind, the newest first. */
export const SEARCH_RESULTS_MAX = 20;

export interface SearchQuery {
  text: string;
  lowered: string;
  serial: string;
  digits: string;
}

export function searchQuery(text: string): SearchQuery {
  const trimmed = text.trim();
  return { text: trimmed, lowered: trimmed.toLowerCase(), serial: normalizeSerial(trimmed), digits: trimmed.replace(/\D/g, '') };
}

export function caseMatches(repairCase: RepairCase, query: SearchQuery): boolean {
  if (repairCase.id.toLowerCase().includes(query.lowered)) return true;
  if (repairCase.serial !== undefined && query.serial.length >= PHONE_DIGITS_MIN && normalizeSerial(repairCase.serial).includes(query.serial)) return true;
  if (query.digits.length >= PHONE_DIGITS_MIN && query.digits.length === query.text.replace(/[\s()+-]/g, '').length) {
    if (repairCase.contact.phone.replace(/\D/g, '').includes(query.digits)) return true;
  }
  return repairCase.contact.name.toLowerCase().includes(query.lowered);
}

/** By its id, its customer's name on the channel, or its case id. */
export function conversationMatches(record: ConversationRecord, query: SearchQuery): boolean {
  return [record.id, record.customer, record.caseId ?? ''].some((value) => value.toLowerCase().includes(query.lowered));
}
