// The last case number issued for each day. Memory storage loses cases on restart, but a case number a customer
// already holds must never be issued again, so a single process may keep these few counters in a file.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export interface CaseNumbers {
  /** The next sequence number of `day` (`YYYYMMDD`): 1, then one more than the last issued. Synchronous on purpose. */
  next(day: string): number;
}

export function caseNumbersInMemory(): CaseNumbers {
  const lastByDay = new Map<string, number>();
  return {
    next(day) {
      const next = (lastByDay.get(day) ?? 0) + 1;
      lastByDay.set(day, next);
      return next;
    },
  };
}

const ledgerSchema = z.record(z.string().regex(/^\d{8}$/), z.number().int().nonnegative());

/**
 * Counters kept in `file`, rewritten atomically (a temporary file, then a rename) before a number is handed out,
 * so a crash right after issuing cannot hand the same number out again. A file that is not a ledger stops start-up.
 */
export function caseNumbersInFile(file: string): CaseNumbers {
  const lastByDay = new Map(Object.entries(readLedger(file)));
  mkdirSync(path.dirname(file), { recursive: true });
  return {
    next(day) {
      const next = (lastByDay.get(day) ?? 0) + 1;
      lastByDay.set(day, next);
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify(Object.fromEntries(lastByDay)));
      renameSync(temporary, file);
      return next;
    },
  };
}

function readLedger(file: string): Record<string, number> {
  if (!existsSync(file)) return {};
  const parsed = ledgerSchema.safeParse(safeJson(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: not a case-number ledger (expected {"YYYYMMDD": last number, …})`);
  return parsed.data;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
