// Safe mode (安全模式): the pushed message arrives AES-256-CBC encrypted with the account's EncodingAESKey.
import { createDecipheriv } from 'node:crypto';

/** WeChat pads to 32-byte blocks (PKCS#7 with a block of 32), not AES's 16, so Node's own unpadding cannot be used. */
const PAD_BLOCK = 32;
const RANDOM_PREFIX = 16;
const LENGTH_FIELD = 4;

export class SafeModeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SafeModeError';
  }
}

/** Decrypted fine, but for another account: a forgery or a misconfiguration, never ours to handle. */
export class ForeignAppIdError extends SafeModeError {
  constructor() {
    super('encrypted for another AppID');
    this.name = 'ForeignAppIdError';
  }
}

/** The 32-byte AES key of an EncodingAESKey (43 base64 characters without the final `=`). */
function aesKeyOf(encodingAesKey: string): Buffer {
  return Buffer.from(`${encodingAesKey}=`, 'base64');
}

/**
 * Decrypts `Encrypt` (base64) into the message XML, checking the AppID WeChat puts after it.
 * Layout once decrypted: random(16) + length of the message (4 bytes, big-endian) + message + AppID, padded.
 */
export function decryptPush(encodingAesKey: string, encrypted: string, appId: string): string {
  const key = aesKeyOf(encodingAesKey);
  const decipher = createDecipheriv('aes-256-cbc', key, key.subarray(0, 16));
  decipher.setAutoPadding(false);
  let plain: Buffer;
  try {
    plain = Buffer.concat([decipher.update(Buffer.from(encrypted, 'base64')), decipher.final()]);
  } catch {
    throw new SafeModeError('the ciphertext is not whole AES blocks');
  }
  const padding = plain.at(-1) ?? 0;
  if (padding < 1 || padding > PAD_BLOCK || padding > plain.length) throw new SafeModeError('bad padding');
  const content = plain.subarray(0, plain.length - padding);
  if (content.length < RANDOM_PREFIX + LENGTH_FIELD) throw new SafeModeError('too short');
  const length = content.readUInt32BE(RANDOM_PREFIX);
  const start = RANDOM_PREFIX + LENGTH_FIELD;
  if (start + length > content.length) throw new SafeModeError('the stated length runs past the end');
  const sender = content.subarray(start + length).toString('utf8');
  if (sender !== appId) throw new ForeignAppIdError();
  return content.subarray(start, start + length).toString('utf8');
}
