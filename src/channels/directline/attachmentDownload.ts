// GET /attachments/:uploadId?sig=: serves an uploaded file to whoever holds its signed link (an <img> sends no headers).
import type { RequestHandler } from 'express';
import type { UploadStore } from '../../storage/types';
import type { AttachmentLinks } from './attachmentLinks';
import { DirectLineError } from './directLineError';
import { asyncHandler } from './requestGuards';

export function attachmentDownload(uploads: UploadStore, links: AttachmentLinks): RequestHandler {
  return asyncHandler(async (request, response) => {
    const uploadId = request.params.uploadId;
    const signature = typeof request.query.sig === 'string' ? request.query.sig : '';
    // A bad signature and a missing file look the same, so links cannot be probed.
    const found = links.isAuthentic(uploadId, signature) ? await uploads.get(uploadId) : undefined;
    if (found === undefined) throw new DirectLineError(404, 'NotFound', 'There is no such attachment.');
    const disposition = found.meta.contentType.startsWith('image/') ? 'inline' : 'attachment';
    response.set({
      'Content-Type': found.meta.contentType,
      'Content-Disposition': `${disposition}; filename*=UTF-8''${encodeURIComponent(found.meta.name)}`,
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Cross-Origin-Resource-Policy': 'cross-origin',
      'Cache-Control': 'private, max-age=86400, immutable',
    });
    response.send(found.content);
  });
}
