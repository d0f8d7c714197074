// A file a WeChat customer sent, kept like a web upload (same store, types and limits), or the polite reason it was not.
import type { Attachment } from 'botbuilder';
import type { StoredUpload, UploadStore } from '../../storage/types';
import type { ChannelNotice } from '../../bot/channelNotices';
import type { AttachmentLinks } from '../directline/attachmentLinks';
import { MAX_UPLOAD_BYTES } from '../directline/directLineLimits';
import { detectUploadType } from '../directline/uploadedFileType';
import { attachmentFor, safeFileName } from '../directline/uploadedFiles';
import { hasUploadRoom, type UploadQuota } from '../directline/uploadQuota';
import { weChatConversationId, type WeChatCustomer } from './weChatTransport';

/** What a customer sent, as the WeChat adapter takes it. */
export type WeChatContent =
  | { kind: 'text'; text: string }
  | { kind: 'upload'; upload: StoredUpload; attachment: Attachment }
  | { kind: 'notice'; notice: ChannelNotice };

export interface WeChatMediaDeps {
  uploads: UploadStore;
  quota: UploadQuota;
  links: AttachmentLinks;
  publicBaseUrl: () => string;
  now: () => Date;
}

/** A file as any way in has it. What type WeChat claimed does not matter: its first bytes decide, as for web uploads. */
export interface InboundFile {
  bytes: Buffer;
  name: string;
}

/** Kinds of message that carry neither words nor a file we keep. */
export type UnreadableKind = 'voice' | 'sticker' | 'link' | 'location' | 'miniProgram' | 'unknown';

const UNREADABLE_NOTICES: Record<UnreadableKind, ChannelNotice['key']> = {
  voice: 'notice.voice',
  sticker: 'notice.sticker',
  link: 'notice.link',
  location: 'notice.location',
  miniProgram: 'notice.miniProgram',
  unknown: 'notice.unknown',
};

export function unreadable(kind: UnreadableKind): WeChatContent {
  return { kind: 'notice', notice: { key: UNREADABLE_NOTICES[kind] } };
}

const megabytes = (bytes: number) => Math.floor(bytes / (1024 * 1024));

/** The polite refusal of a file over the web upload limit, also for a way in that stops downloading it early. */
export function fileTooLarge(): WeChatContent {
  return { kind: 'notice', notice: { key: 'notice.fileTooLarge', params: { megabytes: megabytes(MAX_UPLOAD_BYTES) } } };
}

/**
 * Saves a photo, video or file to the customer's conversation when a web upload of it would be accepted: one file is at most what one web upload may be, and the
 * conversation's upload quota holds. Otherwise the notice that tells the customer why.
 */
export async function receiveFile(deps: WeChatMediaDeps, customer: WeChatCustomer, file: InboundFile): Promise<WeChatContent> {
  if (file.bytes.length > MAX_UPLOAD_BYTES) return fileTooLarge();
  const contentType = detectUploadType(file.bytes);
  if (contentType === undefined) return { kind: 'notice', notice: { key: 'notice.fileUnsupported' } };
  const conversationId = weChatConversationId(customer);
  if (!(await hasUploadRoom(deps.uploads, conversationId, [{ size: file.bytes.length }], deps.quota))) {
    return { kind: 'notice', notice: { key: 'notice.uploadQuotaFull', params: { files: deps.quota.files, megabytes: megabytes(deps.quota.bytes) } } };
  }
  const upload = await deps.uploads.save(
    { conversationId, name: safeFileName(file.name), contentType, size: file.bytes.length },
    file.bytes,
    deps.now(),
  );
  return { kind: 'upload', upload, attachment: attachmentFor(upload, deps.publicBaseUrl(), deps.links) };
}
