// The staff dashboard's figures, computed from the stores on every request (so a restart of a Redis-backed service
// loses nothing): conversations, how many the assistant resolved alone, escalations, waits, cases, ratings.
import { LANGUAGES, type Language } from '../domain/vocabulary';
import { beijingDayAndWeek } from '../domain/staffHours';
import { conversationStateKey } from '../bot/conversationExpiry';
import type { Stores } from '../storage/types';

/** More conversations than any service centre keeps before they expire. */
const CONVERSATIONS_MAX = 100_000;
const TOP = 5;
const MINUTE_MS = 60_000;

export interface DashboardDeps {
  stores: Pick<Stores, 'lastActivity' | 'transcripts' | 'conversations' | 'cases' | 'feedback' | 'state'>;
  /** Where a conversation's data sits in its ConversationState, holding its `language`. */
  conversationDataProperty: string;
  now: () => Date;
}

export type Counts = Record<string, number>;

/** Everything but `conversations.today` covers the week so far (from Monday, Beijing time). */
export interface DashboardFigures {
  day: string;
  weekStart: string;
  conversations: { today: number; week: number; byLanguage: Counts; byChannel: Counts };
  resolvedWithoutStaff: { resolved: number; of: number; share: number | null };
  escalations: { total: number; byReason: Counts };
  waitMinutes: { median: number | null; count: number };
  handlingMinutes: { median: number | null; count: number };
  cases: { total: number; byAssessment: Counts; byStatus: Counts };
  rating: { average: number | null; count: number };
  topSymptoms: Array<{ name: string; count: number }>;
  topExclusions: Array<{ name: string; count: number }>;
}

export async function dashboardFigures(deps: DashboardDeps): Promise<DashboardFigures> {
  const { stores } = deps;
  const { day, weekStart } = beijingDayAndWeek(deps.now());
  const dayOf = (iso: string) => beijingDayAndWeek(new Date(iso)).day;
  const inWeek = (iso: string | undefined) => iso !== undefined && dayOf(iso) >= weekStart && dayOf(iso) <= day;

  // Every conversation still kept, started (its first activity) this week.
  const known = await stores.lastActivity.idleSince(new Date(deps.now().getTime() + 24 * 60 * MINUTE_MS), CONVERSATIONS_MAX);
  const started = await Promise.all(known.map(async (entry) => ({ ...entry, startedAt: String((await stores.transcripts.list(entry.conversationId, 0, 1))[0]?.timestamp ?? entry.at) })));
  const thisWeek = started.filter((conversation) => inWeek(conversation.startedAt));
  const states = thisWeek.length === 0 ? {} : await stores.state.read(thisWeek.map((conversation) => conversationStateKey(conversation.channel, conversation.conversationId)));
  const languageOf = (channel: string, conversationId: string): Language | 'unknown' => {
    const data = (states[conversationStateKey(channel, conversationId)] as Record<string, { language?: unknown }> | undefined)?.[deps.conversationDataProperty];
    return (LANGUAGES as readonly unknown[]).includes(data?.language) ? (data!.language as Language) : 'unknown';
  };

  const records = await stores.conversations.list();
  const escalated = new Set(records.filter((record) => (record.escalations ?? []).length > 0 || (record.handovers ?? []).length > 0).map((record) => record.id));
  const escalations = records.flatMap((record) => record.escalations ?? []).filter((escalation) => inWeek(escalation.at));
  const handovers = records.flatMap((record) => record.handovers ?? []).filter((handover) => inWeek(handover.takenAt));
  const waits = handovers.flatMap((handover) => (handover.queuedAt === undefined ? [] : [Date.parse(handover.takenAt) - Date.parse(handover.queuedAt)]));
  const handling = handovers.flatMap((handover) => (handover.endedAt === undefined ? [] : [Date.parse(handover.endedAt) - Date.parse(handover.takenAt)]));

  const cases = (await stores.cases.list()).filter((repairCase) => inWeek(repairCase.createdAt));
  const ratings = (await stores.feedback.list()).filter((entry) => inWeek(entry.at) && entry.rating !== undefined).map((entry) => entry.rating!);
  const resolved = thisWeek.filter((conversation) => !escalated.has(conversation.conversationId)).length;

  return {
    day,
    weekStart,
    conversations: {
      today: thisWeek.filter((conversation) => dayOf(conversation.startedAt) === day).length,
      week: thisWeek.length,
      byLanguage: count(thisWeek.map((conversation) => languageOf(conversation.channel, conversation.conversationId))),
      byChannel: count(thisWeek.map((conversation) => conversation.channel)),
    },
    resolvedWithoutStaff: { resolved, of: thisWeek.length, share: thisWeek.length === 0 ? null : resolved / thisWeek.length },
    escalations: { total: escalations.length, byReason: count(escalations.map((escalation) => escalation.reason)) },
    waitMinutes: { median: minutes(median(waits)), count: waits.length },
    handlingMinutes: { median: minutes(median(handling)), count: handling.length },
    cases: {
      total: cases.length,
      byAssessment: count(cases.map((repairCase) => repairCase.assessment)),
      byStatus: count(cases.map((repairCase) => repairCase.status)),
    },
    rating: { average: ratings.length === 0 ? null : Math.round((ratings.reduce((sum, rating) => sum + rating, 0) / ratings.length) * 100) / 100, count: ratings.length },
    topSymptoms: top(count(cases.map((repairCase) => repairCase.symptom))),
    topExclusions: top(count(cases.flatMap((repairCase) => repairCase.exclusions.map((finding) => finding.clause)))),
  };
}

function count(values: readonly string[]): Counts {
  const counts: Counts = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

function top(counts: Counts): Array<{ name: string; count: number }> {
  return Object.entries(counts)
    .map(([name, value]) => ({ name, count: value }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
    .slice(0, TOP);
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Minutes to one decimal. */
function minutes(ms: number | null): number | null {
  return ms === null ? null : Math.round((ms / MINUTE_MS) * 10) / 10;
}
