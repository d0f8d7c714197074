// What staff do from the console: take conversations over, reply, hand back, close, and move cases on with the
// customer told on their own channel. Ownership changes go through the state machine and the store's compare-and-set.
import type { Activity, TurnContext } from 'botbuilder';
import { MessageFactory } from 'botbuilder';
import type { Clock } from '../../dialogs/services';
import type { CaseStatus, RepairCase } from '../domain/repairCase';
import { t, type MessageKey } from '../i18n/translate';
import { markdownLiteral } from '../i18n/markdown';
import { turnLockKey } from '../bot/turnPipeline';
import type { CaseStore, ConversationRecord, ConversationStore, HandoffStatus, KeyedLock, StaffAccountStore, StaffRole, TakeoverWaits, TranscriptStore } from '../storage/types';
import { conversationView, type ConversationView } from './conversationView';
import { sendAsStaff, type CustomerChannels } from './customerChannels';
import { nextOwnership, type OwnershipEvent } from './ownership';
import type { StaffEvents } from './staffEvents';
import { caseMatches, conversationMatches, SEARCH_RESULTS_MAX, searchQuery } from './staffSearch';

/** A refusal the API answers with its status and message. */
export class DeskError extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 409,
    message: string,
  ) {
    super(message);
    this.name = 'DeskError';
  }
}

export interface StaffMember {
  username: string;
  displayName: string;
  role: StaffRole;
}

export interface StaffTimeouts {
  /** A held conversation whose customer has waited this long for a reply reminds staff. */
  reminderMs: number;
  /** ... and after this long goes back to the queue. */
  returnMs: number;
  /** A queued conversation nobody took within this long: the customer is told, and may leave a message. */
  queueNoticeMs: number;
}

export interface StaffDeskDeps {
  conversations: ConversationStore;
  cases: CaseStore;
  transcripts: TranscriptStore;
  accounts: StaffAccountStore;
  locks: KeyedLock;
  waits: TakeoverWaits;
  events: StaffEvents;
  channels: CustomerChannels;
  /**
   * The assistant takes the conversation back (ServiceAssistant.resumeAfterStaff): learns from what the customer wrote
   * while staff held it, greets the customer and offers the rating.
   */
  resumeAssistant: (context: TurnContext, staffName: string, saidMeanwhile: string[]) => Promise<void>;
  clock: Clock;
  timeouts: StaffTimeouts;
  logger: { warn(details: object, message: string): void };
}

export type ConversationFilter = 'waiting' | 'active' | 'all';

export class StaffDesk {
  constructor(private readonly deps: StaffDeskDeps) {}

  /** Waiting ones longest-waiting first, then the others most recently changed first. */
  async conversations(filter: ConversationFilter): Promise<ConversationView[]> {
    const records = await this.deps.conversations.list(filter === 'all' ? {} : { status: filter });
    const waiting = records.filter((record) => record.status === 'waiting').sort((a, b) => (a.waitingSince ?? '').localeCompare(b.waitingSince ?? ''));
    const others = records.filter((record) => record.status !== 'waiting').sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    return [...waiting, ...others].map(conversationView);
  }

  async conversation(conversationId: string): Promise<ConversationView> {
    return conversationView(await this.requireConversation(conversationId));
  }

  async transcript(conversationId: string): Promise<Array<Record<string, unknown>>> {
    await this.requireConversation(conversationId);
    return this.deps.transcripts.list(conversationId);
  }

  async takeOver(conversationId: string, staff: StaffMember): Promise<ConversationView> {
    const now = this.deps.clock.now();
    // Under the turn lock: a reply the assistant is writing lands before the takeover, never after it.
    const { record, fresh, waitingSince } = await this.locked(conversationId, async (current) => {
      if (current.status === 'active' && current.owner.kind === 'staff' && current.owner.staffId === staff.username) {
        return { record: current, fresh: false, waitingSince: undefined };
      }
      const changed = await this.step(current, { type: 'take_over', staffId: staff.username }, {
        takenAt: now.toISOString(),
        awaitingStaffSince: now.toISOString(),
        remindedAt: undefined,
        handovers: [...(current.handovers ?? []), { staffId: staff.username, ...(current.status === 'waiting' && current.waitingSince ? { queuedAt: current.waitingSince } : {}), takenAt: now.toISOString() }],
      });
      return { record: changed, fresh: true, waitingSince: current.status === 'waiting' ? current.waitingSince : undefined };
    });
    if (waitingSince !== undefined) {
      await this.deps.waits.record(Math.max(0, now.getTime() - Date.parse(waitingSince)));
    }
    if (fresh) await this.deps.events.publish('conversation.taken', { conversation: conversationView(record) });
    return conversationView(record);
  }

  /** Delivers the staff member's message to the customer; resolves with the activity's id once it is on its way. */
  async sendMessage(conversationId: string, staff: StaffMember, text: string): Promise<{ id: string }> {
    const record = await this.requireHeldBy(conversationId, staff);
    let sent: Partial<Activity> = {};
    await this.deps.channels.continueConversation(record, async (context) => {
      sent = await sendAsStaff(context, record.channel, staff.displayName, text);
    });
    const now = this.deps.clock.now();
    await this.deps.conversations.annotate(conversationId, () => ({ awaitingStaffSince: undefined, remindedAt: undefined }), now);
    await this.deps.events.publish('conversation.message', { conversationId, activity: JSON.parse(JSON.stringify(sent)) as unknown });
    return { id: sent.id ?? '' };
  }

  async release(conversationId: string, staff: StaffMember): Promise<ConversationView> {
    const { record, takenAt } = await this.locked(conversationId, async (current) => ({
      record: await this.step(current, { type: 'release', staffId: staff.username }, this.unheld(current)),
      takenAt: current.takenAt ?? '',
    }));
    await this.deps.events.publish('conversation.released', { conversation: conversationView(record) });
    const saidMeanwhile = (await this.deps.transcripts.list(conversationId))
      .filter((activity) => activity.type === 'message' && (activity.from as { role?: string } | undefined)?.role === 'user' && String(activity.timestamp) >= takenAt)
      .map((activity) => String(activity.text ?? ''))
      .filter((text) => text.trim() !== '');
    await this.tellCustomer(record, (context) => this.deps.resumeAssistant(context, staff.displayName, saidMeanwhile));
    return conversationView(record);
  }

  async close(conversationId: string, staff: StaffMember): Promise<ConversationView> {
    const record = await this.locked(conversationId, (current) =>
      this.step(current, { type: 'close', staffId: staff.username, admin: staff.role === 'admin' }, { ...this.unheld(current), waitingSince: undefined }),
    );
    await this.deps.events.publish('conversation.closed', { conversation: conversationView(record) });
    await this.tellCustomer(record, (context) => context.sendActivity(t(record.language, 'handoff.closed')).then(() => undefined));
    return conversationView(record);
  }

  /**
   * Cases matching by id, serial, phone or contact name, and conversations by id, customer or case id, plus the
   * conversations of the cases found; newest first, at most SEARCH_RESULTS_MAX of each.
   */
  async search(text: string): Promise<{ cases: RepairCase[]; conversations: ConversationView[] }> {
    const query = searchQuery(text);
    const cases = (await this.deps.cases.list()).filter((repairCase) => caseMatches(repairCase, query)).slice(0, SEARCH_RESULTS_MAX);
    const ofCases = new Set(cases.map((repairCase) => repairCase.conversationId));
    const conversations = (await this.deps.conversations.list())
      .filter((record) => ofCases.has(record.id) || conversationMatches(record, query))
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
      .slice(0, SEARCH_RESULTS_MAX);
    return { cases, conversations: conversations.map(conversationView) };
  }

  async cases(status: CaseStatus | undefined): Promise<RepairCase[]> {
    return this.deps.cases.list(status === undefined ? {} : { status });
  }

  async case(caseId: string): Promise<RepairCase> {
    const found = await this.deps.cases.get(caseId);
    if (found === undefined) throw new DeskError(404, `There is no case ${caseId}.`);
    return found;
  }

  /** Moves the case on, records who did it, and tells the customer in their language. */
  async setCaseStatus(caseId: string, staff: StaffMember, change: { status: CaseStatus; note?: string }): Promise<RepairCase> {
    await this.case(caseId);
    const at = this.deps.clock.now().toISOString();
    const updated = await this.deps.cases.update(caseId, (current) => ({
      ...current,
      status: change.status,
      history: [...current.history, { at, event: `status_${change.status}`, by: staff.username, ...(change.note ? { note: change.note } : {}) }],
    }));
    await this.deps.events.publish('case.updated', { case: updated });
    const lang = updated.language;
    const lines = [t(lang, 'caseUpdate.status', { caseId, status: t(lang, `caseStatus.${change.status}` as MessageKey) })];
    if (change.note) lines.push(t(lang, 'status.lastNote', { note: markdownLiteral(change.note) }));
    await this.tellCaseCustomer(updated, (context) => context.sendActivity(lines.join('\n\n')).then(() => undefined));
    return updated;
  }

  /** Puts the quote on the case and asks the customer in chat to accept or decline (buttons, or in words). */
  async quote(caseId: string, staff: StaffMember, quote: { amount: number; currency: string; note: string }): Promise<RepairCase> {
    await this.case(caseId);
    const at = this.deps.clock.now().toISOString();
    const updated = await this.deps.cases.update(caseId, (current) => ({
      ...current,
      status: 'quoted',
      quote: { ...quote, consent: 'pending', quotedAt: at },
      history: [...current.history, { at, event: 'quoted', by: staff.username, note: `${quote.amount} ${quote.currency}: ${quote.note}` }],
    }));
    await this.deps.events.publish('case.updated', { case: updated });
    const lang = updated.language;
    const question = MessageFactory.suggestedActions(
      [t(lang, 'choice.acceptQuote'), t(lang, 'choice.declineQuote')],
      t(lang, 'quote.asked', { caseId, amount: quote.amount, currency: quote.currency, note: quote.note }),
    );
    const record = await this.deps.conversations.get(updated.conversationId);
    if (record !== undefined) {
      await this.deps.conversations.annotate(record.id, () => ({ pendingQuote: caseId }), this.deps.clock.now());
    }
    await this.tellCaseCustomer(updated, (context) => context.sendActivity(question).then(() => undefined));
    return updated;
  }

  /** Reminds staff of held conversations left without a reply, returns the long-forgotten ones to the queue, tells long-queued customers. */
  async sweep(): Promise<void> {
    const now = this.deps.clock.now();
    const { reminderMs, returnMs, queueNoticeMs } = this.deps.timeouts;
    for (const record of await this.deps.conversations.list({ status: 'active' })) {
      const since = record.awaitingStaffSince;
      if (since === undefined) continue;
      const waited = now.getTime() - Date.parse(since);
      if (waited >= returnMs) await this.returnToQueue(record);
      else if (waited >= reminderMs && (record.remindedAt === undefined || record.remindedAt < since)) {
        const reminded = await this.deps.conversations.annotate(record.id, () => ({ remindedAt: now.toISOString() }), now);
        await this.deps.events.publish('conversation.reminder', { conversation: conversationView(reminded), waitingMinutes: Math.floor(waited / 60_000) });
      }
    }
    for (const record of await this.deps.conversations.list({ status: 'waiting' })) {
      if (record.queueNoticeAt !== undefined || record.waitingSince === undefined) continue;
      if (now.getTime() - Date.parse(record.waitingSince) < queueNoticeMs) continue;
      const noticed = await this.deps.conversations.annotate(record.id, () => ({ queueNoticeAt: now.toISOString() }), now);
      await this.tellCustomer(noticed, (context) => context.sendActivity(t(noticed.language, 'handoff.noOneYet')).then(() => undefined));
    }
  }

  /** Sweeps now and then (a sixth of the shortest timeout, at most a minute apart); returns what stops it. */
  startSweeping(onError: (error: unknown) => void): () => void {
    const { reminderMs, returnMs, queueNoticeMs } = this.deps.timeouts;
    const intervalMs = Math.min(60_000, Math.ceil(Math.min(reminderMs, returnMs, queueNoticeMs) / 6));
    let running = false;
    const timer = setInterval(() => {
      if (running) return;
      running = true;
      this.sweep().catch(onError).finally(() => (running = false));
    }, intervalMs);
    timer.unref();
    return () => clearInterval(timer);
  }

  private async returnToQueue(held: ConversationRecord): Promise<void> {
    const staffId = held.owner.kind === 'staff' ? held.owner.staffId : '';
    const now = this.deps.clock.now().toISOString();
    let record: ConversationRecord;
    try {
      record = await this.locked(held.id, async (current) => {
        if (current.awaitingStaffSince !== held.awaitingStaffSince) throw new DeskError(409, 'Answered meanwhile.');
        return this.step(current, { type: 'time_out' }, { ...this.unheld(current), waitingSince: now, queueNoticeAt: now });
      });
    } catch (error) {
      // Staff replied, released or closed it meanwhile: nothing to return.
      if (error instanceof DeskError) return;
      throw error;
    }
    await this.deps.events.publish('conversation.returned', { conversation: conversationView(record), from: staffId });
    const name = (await this.deps.accounts.get(staffId))?.displayName ?? staffId;
    await this.tellCustomer(record, (context) => context.sendActivity(t(record.language, 'handoff.returnedToQueue', { name })).then(() => undefined));
  }

  /** Nobody holds it any more: the open handover, if any, ends now. */
  private unheld(current: ConversationRecord) {
    const now = this.deps.clock.now().toISOString();
    const handovers = (current.handovers ?? []).map((handover) => (handover.endedAt === undefined ? { ...handover, endedAt: now } : handover));
    return { takenAt: undefined, awaitingStaffSince: undefined, remindedAt: undefined, handovers };
  }

  /** Applies `event` to the record by compare-and-set on the ownership it was read with. */
  private async step(current: ConversationRecord, event: OwnershipEvent, fields: Parameters<ConversationStore['transition']>[2]): Promise<ConversationRecord> {
    const step = nextOwnership(current, event);
    if (!step.ok) throw refusal(current, step.refusal);
    const changed = await this.deps.conversations.transition(current.id, { status: current.status, owner: current.owner }, { ...fields, ...step.next }, this.deps.clock.now());
    if (changed === undefined) throw new DeskError(409, 'Someone else changed this conversation at the same moment; reload it.');
    return changed;
  }

  /** Under the conversation's turn lock: no customer turn runs between reading the owner and changing it. */
  private locked<T>(conversationId: string, work: (current: ConversationRecord) => Promise<T>): Promise<T> {
    return this.deps.locks.runExclusive(turnLockKey(conversationId), async () => work(await this.requireConversation(conversationId)));
  }

  private async requireConversation(conversationId: string): Promise<ConversationRecord> {
    const record = await this.deps.conversations.get(conversationId);
    if (record === undefined) throw new DeskError(404, `There is no conversation ${conversationId}.`);
    return record;
  }

  private async requireHeldBy(conversationId: string, staff: StaffMember): Promise<ConversationRecord> {
    const record = await this.requireConversation(conversationId);
    if (record.status === 'active' && record.owner.kind === 'staff' && record.owner.staffId === staff.username) return record;
    throw new DeskError(409, record.status === 'active' ? 'Another staff member holds this conversation.' : 'Take the conversation over before writing in it.');
  }

  /** Customer news that must not fail the staff action that caused it: a customer we cannot reach is logged. */
  private async tellCustomer(record: ConversationRecord, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    try {
      await this.deps.channels.continueConversation(record, logic);
    } catch (error) {
      this.deps.logger.warn({ channel: record.channel, err: error instanceof Error ? error.message : String(error) }, 'staff: could not reach the customer');
    }
  }

  private async tellCaseCustomer(repairCase: RepairCase, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const record = await this.deps.conversations.get(repairCase.conversationId);
    if (record === undefined) {
      this.deps.logger.warn({ channel: repairCase.channel }, 'staff: the case\'s conversation has expired; the customer sees the change when they ask');
      return;
    }
    await this.tellCustomer(record, logic);
  }
}

function refusal(record: ConversationRecord, reason: 'held_by_another' | 'not_allowed'): DeskError {
  if (reason === 'held_by_another') return new DeskError(409, 'Another staff member holds this conversation.');
  return new DeskError(409, `That cannot be done while the conversation is ${describeStatus(record.status)}.`);
}

function describeStatus(status: HandoffStatus): string {
  return { bot: 'with the assistant', waiting: 'waiting in the queue', active: 'held by staff', closed: 'closed' }[status];
}
