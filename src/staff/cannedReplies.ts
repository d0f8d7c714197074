// Canned replies: administrators write them in English and Chinese; staff get them filled in for the conversation at
// hand, in its language, to edit before sending.
import { randomUUID } from 'node:crypto';
import { centerDetails, type ServiceCenterDirectory } from '../domain/product';
import type { Language } from '../domain/vocabulary';
import type { CannedReply, CannedReplyStore, CaseStore, ConversationStore } from '../storage/types';
import { DeskError } from './staffDesk';

/** The placeholders a reply may use; one the conversation cannot fill stays as written, for staff to see and edit. */
export const CANNED_REPLY_PLACEHOLDERS = ['customer', 'caseId', 'centreAddress'] as const;
type Placeholder = (typeof CANNED_REPLY_PLACEHOLDERS)[number];

export interface CannedReplyInput {
  title: string;
  text: Record<Language, string>;
}

/** A reply ready for one conversation. */
export interface FilledReply {
  id: string;
  title: string;
  text: string;
}

export interface CannedRepliesDeps {
  replies: CannedReplyStore;
  conversations: ConversationStore;
  cases: CaseStore;
  centers: ServiceCenterDirectory;
  now: () => Date;
}

export class CannedReplies {
  constructor(private readonly deps: CannedRepliesDeps) {}

  list(): Promise<CannedReply[]> {
    return this.deps.replies.list();
  }

  async create(input: CannedReplyInput, by: string): Promise<CannedReply> {
    const reply: CannedReply = { id: randomUUID(), ...input, updatedAt: this.deps.now().toISOString(), updatedBy: by };
    await this.deps.replies.put(reply);
    return reply;
  }

  async update(id: string, input: CannedReplyInput, by: string): Promise<CannedReply> {
    if ((await this.deps.replies.get(id)) === undefined) throw new DeskError(404, 'There is no such canned reply.');
    const reply: CannedReply = { id, ...input, updatedAt: this.deps.now().toISOString(), updatedBy: by };
    await this.deps.replies.put(reply);
    return reply;
  }

  async delete(id: string): Promise<void> {
    if (!(await this.deps.replies.delete(id))) throw new DeskError(404, 'There is no such canned reply.');
  }

  /** Every reply in the conversation's language, its placeholders filled from the conversation and its case. */
  async forConversation(conversationId: string): Promise<FilledReply[]> {
    const record = await this.deps.conversations.get(conversationId);
    if (record === undefined) throw new DeskError(404, `There is no conversation ${conversationId}.`);
    const repairCase = record.caseId === undefined ? undefined : await this.deps.cases.get(record.caseId);
    const center = repairCase === undefined ? undefined : this.deps.centers.byId(repairCase.serviceCenterId);
    const details = center === undefined ? undefined : centerDetails(center, record.language);
    const values: Partial<Record<Placeholder, string>> = {
      customer: repairCase?.contact.name || record.customer,
      caseId: repairCase?.id,
      centreAddress: details === undefined ? undefined : `${details.name}, ${details.address}`,
    };
    return (await this.deps.replies.list()).map((reply) => ({ id: reply.id, title: reply.title, text: fill(reply.text[record.language], values) }));
  }
}

function fill(template: string, values: Partial<Record<Placeholder, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = (values as Record<string, string | undefined>)[name];
    return value === undefined ? whole : value;
  });
}
