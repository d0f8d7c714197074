// Links to uploaded files that work without headers (Web Chat renders them as <img src>): the link carries a signature.
import { createHmac, timingSafeEqual } from 'node:crypto';

/** Where uploaded files are served, below the Direct Line base path. */
export const ATTACHMENTS_PATH = '/v3/directline/attachments';

// Upload ids come from whichever UploadStore is configured and need not be unguessable; the signature is.
export class AttachmentLinks {
  constructor(private readonly signingKey: string) {}

  pathFor(uploadId: string): string {
    return `${ATTACHMENTS_PATH}/${encodeURIComponent(uploadId)}?sig=${this.signatureOf(uploadId)}`;
  }

  isAuthentic(uploadId: string, signature: string): boolean {
    const expected = Buffer.from(this.signatureOf(uploadId));
    const given = Buffer.from(signature);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  private signatureOf(uploadId: string): string {
    return createHmac('sha256', this.signingKey).update(`attachment:${uploadId}`).digest('base64url');
  }
}
