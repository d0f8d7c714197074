// WeChat's signatures on what it sends us: SHA-1 of the sorted token, timestamp, nonce (and, in safe mode, the ciphertext).
import { createHash } from 'node:crypto';
import { sameSecret } from '../../../http/secrets';

/** `parts` are the token, timestamp and nonce, plus `Encrypt` for a safe-mode `msg_signature`. */
export function pushSignature(parts: readonly string[]): string {
  return createHash('sha1').update([...parts].sort().join('')).digest('hex');
}

/** Whether `given` is the signature of `parts`; a missing one never is. */
export function signedBy(given: string | undefined, parts: readonly string[]): boolean {
  return given !== undefined && sameSecret(given.toLowerCase(), pushSignature(parts));
}
