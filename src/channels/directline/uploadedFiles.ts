// POST /conversations/:id/upload: a customer's photos or PDFs arrive as multipart, are stored and posted as one activity.
import type { Request, RequestHandler } from 'express';
import multer from 'multer';
import type { StoredUpload, UploadStore } from '../../storage/types';
import { nestsTooDeeply } from '../../http/jsonNesting';
import type { AttachmentLinks } from './attachmentLinks';
import type { BotLogic, DirectLineAdapter } from './directLineAdapter';
import { DirectLineError } from './directLineError';
import { MAX_ACTIVITY_BYTES, MAX_FILES_PER_UPLOAD, MAX_UPLOAD_BYTES } from './directLineLimits';
import { normaliseIncomingActivity, postedActivitySchema, type PostedActivity } from './incomingActivity';
import { asyncHandler, authorisedBinding } from './requestGuards';
import { detectUploadType, type AcceptedUploadType } from './uploadedFileType';
import { requireUploadRoom, type UploadQuota } from './uploadQuota';

export interface UploadRouteDeps {
  adapter: DirectLineAdapter;
  bot: BotLogic;
  uploads: UploadStore;
  links: AttachmentLinks;
  publicBaseUrl: () => string;
  quota: UploadQuota;
}

// Room for the activity part and the multipart boundaries around the files.
const MAX_UPLOAD_REQUEST_BYTES = MAX_UPLOAD_BYTES + MAX_ACTIVITY_BYTES + 64 * 1024;
const MAX_FILE_NAME_LENGTH = 120;

const multipartParser = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: MAX_UPLOAD_BYTES, files: MAX_FILES_PER_UPLOAD + 1, fields: 1, fieldSize: MAX_ACTIVITY_BYTES },
}).any();

// Files are kept in memory, so whatever busboy throws (no boundary, a truncated part) is the body's fault, not ours.
const parseMultipart: RequestHandler = (request, response, next) => {
  multipartParser(request, response, (error?: unknown) => {
    if (error === undefined || error instanceof multer.MulterError) return next(error);
    next(new DirectLineError(400, 'BadArgument', 'The upload is not well-formed multipart/form-data.'));
  });
};

export function uploadRoute(deps: UploadRouteDeps): RequestHandler[] {
  return [refuseBeforeReading, parseMultipart, asyncHandler(async (request, response) => {
    const binding = authorisedBinding(response);
    const template = activityTemplate(request);
    const files = fileParts(request);
    await requireUploadRoom(deps.uploads, binding.conversationId, files, deps.quota);
    const checked = files.map((file) => ({ file, contentType: requireAcceptedType(file) }));
    const now = deps.adapter.now();
    const stored = await Promise.all(
      checked.map(({ file, contentType }) =>
        deps.uploads.save(
          { conversationId: binding.conversationId, name: safeFileName(file.originalname), contentType, size: file.size },
          file.buffer,
          now,
        ),
      ),
    );
    const baseUrl = deps.publicBaseUrl();
    const activity = normaliseIncomingActivity(
      { ...template, attachments: stored.map((upload) => attachmentFor(upload, baseUrl, deps.links)) },
      { binding, botAccount: deps.adapter.botAccount, id: deps.adapter.newActivityId(), now, uploads: stored },
    );
    await deps.adapter.acceptActivity(activity, deps.bot);
    response.json({ id: activity.id });
  })];
}

// Declared sizes are checked before a single byte is buffered, so an oversized upload costs us nothing.
const refuseBeforeReading: RequestHandler = (request, _response, next) => {
  if (!request.is('multipart/form-data')) {
    throw new DirectLineError(415, 'UnsupportedMediaType', 'An upload must be multipart/form-data.');
  }
  if (Number(request.get('content-length') ?? 0) > MAX_UPLOAD_REQUEST_BYTES) {
    throw new DirectLineError(413, 'MessageSizeTooBig', 'An upload may be at most 4 MB.');
  }
  next();
};

/** The `activity` part: the message the files belong to (directlinejs sends it as a file, others as a field). */
function activityTemplate(request: Request): PostedActivity {
  const asFile = partsOf(request).find((part) => part.fieldname === 'activity');
  const asField: unknown = (request.body as Record<string, unknown> | undefined)?.activity;
  const json = asFile?.buffer.toString('utf8') ?? (typeof asField === 'string' ? asField : undefined);
  if (json === undefined) return { type: 'message' };
  if (Buffer.byteLength(json) > MAX_ACTIVITY_BYTES) {
    throw new DirectLineError(413, 'MessageSizeTooBig', 'An activity may be at most 256 KB.');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new DirectLineError(400, 'BadArgument', 'The activity part is not valid JSON.');
  }
  if (nestsTooDeeply(parsed)) throw new DirectLineError(400, 'BadArgument', 'The activity part nests too deeply.');
  const activity = postedActivitySchema.safeParse(parsed);
  if (!activity.success || activity.data.type !== 'message') {
    throw new DirectLineError(400, 'BadArgument', 'The activity part must be a message activity.');
  }
  return activity.data;
}

function fileParts(request: Request): Express.Multer.File[] {
  const files = partsOf(request).filter((part) => part.fieldname !== 'activity');
  if (files.length === 0) throw new DirectLineError(400, 'BadArgument', 'An upload needs at least one file.');
  if (files.length > MAX_FILES_PER_UPLOAD) {
    throw new DirectLineError(400, 'BadArgument', `An upload may carry at most ${MAX_FILES_PER_UPLOAD} files.`);
  }
  const totalBytes = files.reduce((sum, file) => sum + file.size, 0);
  if (totalBytes > MAX_UPLOAD_BYTES) throw new DirectLineError(413, 'MessageSizeTooBig', 'An upload may be at most 4 MB.');
  return files;
}

function partsOf(request: Request): Express.Multer.File[] {
  return Array.isArray(request.files) ? request.files : [];
}

function requireAcceptedType(file: Express.Multer.File): AcceptedUploadType {
  const contentType = detectUploadType(file.buffer);
  if (contentType === undefined) {
    throw new DirectLineError(415, 'UnsupportedMediaType', 'Only photos (JPEG, PNG, GIF, WebP) and PDF files can be uploaded.');
  }
  return contentType;
}

/** The attachment that shows a stored upload: its signed link, and for a picture the same link as its thumbnail. */
export function attachmentFor(upload: StoredUpload, baseUrl: string, links: AttachmentLinks) {
  const contentUrl = `${baseUrl}${links.pathFor(upload.id)}`;
  // Web Chat shows a customer's own file as a picture only when it has a thumbnail; otherwise as a download.
  const thumbnail = upload.contentType.startsWith('image/') ? { thumbnailUrl: contentUrl } : {};
  return { contentType: upload.contentType, contentUrl, name: upload.name, ...thumbnail };
}

// Names are shown to staff and sent back in Content-Disposition: no paths, no control characters, not too long.
export function safeFileName(original: string): string {
  const base = original.split(/[\\/]/).pop() ?? '';
  const cleaned = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim().slice(0, MAX_FILE_NAME_LENGTH);
  return cleaned === '' ? 'upload' : cleaned;
}
