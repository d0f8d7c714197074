// What a value read back from Redis must look like: another instance, an older release or a person with redis-cli
// may have written it, so nothing is trusted until it has passed one of these.
import { z } from 'zod';
import { CASE_STATUSES, type RepairCase } from '../../domain/repairCase';
import { CLAUSE_IDS, LANGUAGES, SYMPTOMS } from '../../domain/vocabulary';
import type {
  CachedAccessToken,
  CannedReply,
  ConversationRecord,
  ConversationSummary,
  FeedbackEntry,
  OfficialAccountCustomer,
  StaffAccount,
  StaffEvent,
  StaffHandover,
  StaffSession,
  StoredUpload,
} from '../types';

const language = z.enum(LANGUAGES);

export const repairCaseSchema: z.ZodType<RepairCase> = z.object({
  id: z.string(),
  channel: z.string(),
  conversationId: z.string(),
  language,
  contact: z.object({ name: z.string(), phone: z.string(), region: z.string() }),
  serial: z.string().optional(),
  model: z.string().optional(),
  category: z.string().optional(),
  symptom: z.enum(SYMPTOMS),
  customerWords: z.array(z.string()),
  warranty: z.object({ status: z.enum(['in_warranty', 'expired', 'unknown']), endDate: z.string().optional() }),
  exclusions: z.array(z.object({ clause: z.enum(CLAUSE_IDS), evidence: z.array(z.string()) })),
  assessment: z.enum(['free', 'charged', 'review']),
  serviceCenterId: z.string(),
  status: z.enum(CASE_STATUSES),
  quote: z
    .object({
      amount: z.number(),
      currency: z.string(),
      note: z.string(),
      consent: z.enum(['pending', 'accepted', 'declined']),
      quotedAt: z.string().optional(),
      answeredAt: z.string().optional(),
    })
    .optional(),
  attachments: z.array(z.object({ id: z.string(), name: z.string(), contentType: z.string(), url: z.string() })),
  history: z.array(z.object({ at: z.string(), event: z.string(), note: z.string().optional(), by: z.string().optional() })),
  createdAt: z.string(),
  updatedAt: z.string(),
  personalDataRemovedAt: z.string().optional(),
});

const owner = z.discriminatedUnion('kind', [z.object({ kind: z.literal('assistant') }), z.object({ kind: z.literal('staff'), staffId: z.string() })]);

const staffHandoverSchema: z.ZodType<StaffHandover> = z.object({
  staffId: z.string(),
  queuedAt: z.string().optional(),
  takenAt: z.string(),
  endedAt: z.string().optional(),
});

export const conversationRecordSchema: z.ZodType<ConversationRecord> = z.object({
  id: z.string(),
  channel: z.string(),
  customer: z.string(),
  language,
  status: z.enum(['bot', 'waiting', 'active', 'closed']),
  owner,
  summary: z.string().optional(),
  reason: z.string().optional(),
  caseId: z.string().optional(),
  waitingSince: z.string().optional(),
  takenAt: z.string().optional(),
  awaitingStaffSince: z.string().optional(),
  remindedAt: z.string().optional(),
  queueNoticeAt: z.string().optional(),
  pendingQuote: z.string().optional(),
  notes: z.array(z.object({ at: z.string(), text: z.string() })).optional(),
  escalations: z.array(z.object({ at: z.string(), reason: z.string() })).optional(),
  handovers: z.array(staffHandoverSchema).optional(),
  heldMessages: z.number().int().min(0).optional(),
  unfollowedAt: z.string().optional(),
  updatedAt: z.string(),
  reference: z.unknown().optional(),
});

export const conversationSummarySchema: z.ZodType<ConversationSummary> = z.object({
  conversationId: z.string(),
  channel: z.string(),
  language: z.enum(['en', 'zh', 'unknown']),
  startedAt: z.string(),
  escalations: z.array(z.object({ at: z.string(), reason: z.string() })),
  handovers: z.array(staffHandoverSchema),
});

export const cannedReplySchema: z.ZodType<CannedReply> = z.object({
  id: z.string(),
  title: z.string(),
  text: z.object({ en: z.string(), zh: z.string() }),
  updatedAt: z.string(),
  updatedBy: z.string(),
});

export const feedbackEntrySchema: z.ZodType<FeedbackEntry> = z.object({
  conversationId: z.string(),
  channel: z.string(),
  language,
  rating: z.number().optional(),
  comment: z.string().optional(),
  caseId: z.string().optional(),
  at: z.string(),
});

export const storedUploadSchema: z.ZodType<StoredUpload> = z.object({
  id: z.string(),
  conversationId: z.string(),
  name: z.string(),
  contentType: z.string(),
  size: z.number().int().nonnegative(),
  at: z.string(),
});

const staffRole = z.enum(['agent', 'admin']);

export const staffAccountSchema: z.ZodType<StaffAccount> = z.object({
  username: z.string(),
  displayName: z.string(),
  role: staffRole,
  passwordHash: z.string(),
  createdAt: z.string(),
});

export const staffSessionSchema: z.ZodType<StaffSession> = z.object({
  id: z.string(),
  username: z.string(),
  role: staffRole,
  displayName: z.string(),
  csrfToken: z.string(),
  expiresAt: z.string(),
});

// zod makes an unknown field optional; the transform gives it back its place, since events always carry data.
export const staffEventSchema: z.ZodType<StaffEvent, z.ZodTypeDef, unknown> = z
  .object({ id: z.number().int(), name: z.string(), data: z.unknown(), at: z.string() })
  .transform(({ data, ...rest }) => ({ ...rest, data }));

/** A transcript activity or a bot state item: any JSON object. */
export const jsonObjectSchema = z.record(z.unknown());

export const cachedAccessTokenSchema: z.ZodType<CachedAccessToken> = z.object({ token: z.string().min(1), expiresAt: z.string() });

export const officialAccountCustomerSchema: z.ZodType<OfficialAccountCustomer> = z.object({
  window: z.object({ openedAt: z.string(), by: z.enum(['message', 'event']), sent: z.number().int().min(0) }).optional(),
  held: z.array(z.string()),
  unfollowedAt: z.string().optional(),
});
