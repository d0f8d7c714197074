// The upload quota of one conversation: how many files, and how many bytes in all, a customer may leave with us.
import type { RequestHandler } from 'express';
import type { UploadStore } from '../../storage/types';
import { DirectLineError } from './directLineError';
import { asyncHandler, authorisedBinding } from './requestGuards';

export interface UploadQuota {
  files: number;
  bytes: number;
}

/** Whether the conversation's stored uploads and the incoming files together stay within the quota. */
export async function hasUploadRoom(
  uploads: UploadStore,
  conversationId: string,
  incoming: Array<{ size: number }>,
  quota: UploadQuota,
): Promise<boolean> {
  const stored = await uploads.listByConversation(conversationId);
  const files = stored.length + incoming.length;
  const bytes = [...stored, ...incoming].reduce((sum, file) => sum + file.size, 0);
  return files <= quota.files && bytes <= quota.bytes;
}

/** Throws a 413 when the conversation's stored uploads and the incoming files together would exceed the quota. */
export async function requireUploadRoom(
  uploads: UploadStore,
  conversationId: string,
  incoming: Array<{ size: number }>,
  quota: UploadQuota,
): Promise<void> {
  if (!(await hasUploadRoom(uploads, conversationId, incoming, quota))) throw quotaExceeded(quota);
}

/** Refuses an upload to a conversation whose quota is already used up before a byte of the body is read. */
export function refuseWhenQuotaFull(uploads: UploadStore, quota: UploadQuota): RequestHandler {
  return asyncHandler(async (_request, response, next) => {
    await requireUploadRoom(uploads, authorisedBinding(response).conversationId, [{ size: 1 }], quota);
    next();
  });
}

function quotaExceeded(quota: UploadQuota): DirectLineError {
  const megabytes = Math.floor(quota.bytes / (1024 * 1024));
  return new DirectLineError(
    413,
    'MessageSizeTooBig',
    `This conversation has used its upload quota: at most ${quota.files} files and ${megabytes} MB in all.`,
  );
}
