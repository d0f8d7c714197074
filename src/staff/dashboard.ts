// The staff dashboard's figures, computed from the stores on every request (so neither a restart of a Redis-backed
// service nor a conversation's expiry loses anything): conversations, how many the assistant resolved alone,
// escalations, waits, cases, ratings.
import { beijingDayAndWeek } from '../domain/staffHours';
import { summarizeConversations } from '../bot/conversationSummary';
import type { Stores } from '../storage/types';

/** More conversations than any service centre keeps before they expire. */
const CONVERSATIONS_MAX = 100_000;
const TOP = 5;
const MINUTE_MS = 60_000;


export interface DashboardDeps {
  stores: Pick<Stores, 'lastActivity' | 'transcripts' | 'conversations' | 'cases' | 'feedback' | 'state' | 'conversationArchive'>;
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

  // The conversations still kept and those expired since the week began, each summed up the same way.
  const kept = await stores.lastActivity.idleSince(new Date(deps.now().getTime() + 24 * 60 * MINUTE_MS), CONVERSATIONS_MAX);
  const expired = await stores.conversationArchive.startedSince(new Date(`${weekStart}T00:00:00+08:00`).toISOString());
  const thisWeek = [...(await summarizeConversations(stores, kept)), ...expired].filter((conversation) => inWeek(conversation.startedAt));
  const escalations = thisWeek.flatMap((conversation) => conversation.escalations).filter((escalation) => inWeek(escalation.at));
  const handovers = thisWeek.flatMap((conversation) => conversation.handovers).filter((handover) => inWeek(handover.takenAt));
  const waits = handovers.flatMap((handover) => (handover.queuedAt === undefined ? [] : [Date.parse(handover.takenAt) - Date.parse(handover.queuedAt)]));
  const handling = handovers.flatMap((handover) => (handover.endedAt === undefined ? [] : [Date.parse(handover.endedAt) - Date.parse(handover.takenAt)]));

  const cases = (await stores.cases.list()).filter((repairCase) => inWeek(repairCase.createdAt));
  const ratings = (await stores.feedback.list()).filter((entry) => inWeek(entry.at) && entry.rating !== undefined).map((entry) => entry.rating!);
  const resolved = thisWeek.filter((conversation) => conversation.escalations.length === 0 && conversation.handovers.length === 0).length;

  return {
    day,
    weekStart,
    conversations: {
      today: thisWeek.filter((conversation) => dayOf(conversation.startedAt) === day).length,
      week: thisWeek.length,
      byLanguage: count(thisWeek.map((conversation) => conversation.language)),
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
