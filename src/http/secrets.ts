// Comparing a credential a request presents with the configured secret.
import { createHash, timingSafeEqual } from 'node:crypto';

/** Constant-time whatever the lengths, since the digests compared are always the same size. */
export function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}
