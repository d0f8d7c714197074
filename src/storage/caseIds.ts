// How case ids are made and ordered, for every case store: `RMA-YYYYMMDD-NNNN`, newest first.
import type { RepairCase } from '../domain/repairCase';

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
