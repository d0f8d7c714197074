// How cases are made and ordered, for every case store: ids `RMA-YYYYMMDD-NNNN`, newest first.
import type { NewCase, RepairCase } from '../domain/repairCase';
import type { CaseOpening } from './types';

const MIN_SEQUENCE_DIGITS = 4;

/** `day` is `YYYYMMDD`; the sequence grows past four digits when a day needs it. */
export function caseId(day: string, sequence: number): string {
  return `RMA-${day}-${String(sequence).padStart(MIN_SEQUENCE_DIGITS, '0')}`;
}

// Cases opened in the same millisecond are told apart by their sequence, which only grows.
export function newestFirst(a: RepairCase, b: RepairCase): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  return sequenceOf(b) - sequenceOf(a);
}

function sequenceOf(repairCase: RepairCase): number {
  return Number(repairCase.id.slice(repairCase.id.lastIndexOf('-') + 1));
}

/** A case as every store first records it: `day` is `YYYYMMDD`, `sequence` that day's number from the store. */
export function openedCase(input: NewCase, opened: CaseOpening, day: string, sequence: number): RepairCase {
  const at = opened.at.toISOString();
  return {
    ...input,
    attachments: input.attachments ?? [],
    id: caseId(day, sequence),
    status: 'open',
    history: [{ at, event: 'created' }],
    createdAt: at,
    updatedAt: at,
  };
}
