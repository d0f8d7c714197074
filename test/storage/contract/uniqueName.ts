// Names no other test uses, so the contract can run against a store shared with other runs (one Redis).
import { randomUUID } from 'node:crypto';

export function uniqueName(prefix: string): string {
  return `${prefix}-${randomUUID()}`;
}
