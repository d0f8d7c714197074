// Simulated customers: each goes through fault dialogs, one after another, until the run's time is up, over
// /api/messages (the Emulator's way: no app id, `deliveryMode: expectReplies`, the replies in the answer) or over
// Direct Line's REST calls (token, conversation, post, poll for the reply). Every reply is checked, so a dialog that
// went astray stops the run instead of being timed.
import { performance } from 'node:perf_hooks';
import { dialogOf, echoOf, type DialogTurn } from './faultDialog';

/** How often a Direct Line customer asks for the reply (botframework-directlinejs polls every second by default). */
const DIRECT_LINE_POLL_MS = 50;
const REPLY_TIMEOUT_MS = 30_000;

export type Way = 'api/messages' | 'directline';

export interface LoadOptions {
  /** Where the customers' requests go, in turn (several instances behind a proxy without sticky sessions). */
  baseUrls: readonly string[];
  way: Way;
  customers: number;
  /**
   * Load before the measurement, in the same run: the customers start at once, so their first turns arrive together;
   * measured from this point on, they are spread out as they are in steady traffic, and the code is compiled.
   */
  warmupMs: number;
  /** Turns sent in this many milliseconds after the warm-up are measured; then the customers stop where they are. */
  durationMs: number;
  /** Called when the measurement starts (a figure to take before, such as Redis's memory). */
  onMeasuring?: () => void;
  /** The echo bot answers every message with "Echo: …" instead of the assistant's dialog. */
  echo: boolean;
  /** Names the run's conversations apart from other runs against the same server. */
  runId: string;
}

export interface LoadResult {
  turns: number;
  elapsedMs: number;
  /** Milliseconds from sending a message to holding the reply, per measured turn. */
  latencies: number[];
}

interface Conversation {
  /** Sends `text` and resolves with the texts of the replies. */
  say(text: string, expect: RegExp): Promise<string[]>;
}

export async function driveCustomers(options: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  let request = 0;
  let lastReply = 0;
  const nextBaseUrl = () => options.baseUrls[request++ % options.baseUrls.length];
  const measuredFrom = performance.now() + options.warmupMs;
  const measuredUntil = measuredFrom + options.durationMs;
  const timer = setTimeout(() => options.onMeasuring?.(), options.warmupMs);
  const customer = async (index: number) => {
    const { language, turns } = dialogOf(index);
    for (let round = 0; ; round += 1) {
      const conversationId = `${options.runId}-${index}-${round}`;
      const conversation = options.way === 'api/messages' ? messagesConversation(conversationId, language, nextBaseUrl) : await directLineConversation(nextBaseUrl);
      for (const turn of turns) {
        const sent = performance.now();
        if (sent >= measuredUntil) return;
        const expected = options.echo ? echoOf(turn.say) : turn.expect;
        const replies = await conversation.say(turn.say, expected);
        if (!replies.some((reply) => expected.test(reply))) throw new Error(wentAstray(turn, replies));
        if (sent < measuredFrom) continue;
        lastReply = performance.now();
        latencies.push(lastReply - sent);
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: options.customers }, (_, index) => customer(index)));
  } finally {
    clearTimeout(timer);
  }
  return { turns: latencies.length, elapsedMs: lastReply - measuredFrom, latencies };
}

function wentAstray(turn: DialogTurn, replies: string[]): string {
  return `the dialog went astray: to "${turn.say}" the bot answered ${JSON.stringify(replies)}, not ${turn.expect}`;
}

function messagesConversation(conversationId: string, language: string, baseUrl: () => string): Conversation {
  let sequence = 0;
  return {
    async say(text) {
      sequence += 1;
      const response = await fetch(`${baseUrl()}/api/messages`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          type: 'message',
          id: `${conversationId}-${sequence}`,
          text,
          locale: language === 'zh' ? 'zh-CN' : 'en-US',
          timestamp: new Date().toISOString(),
          channelId: 'emulator',
          deliveryMode: 'expectReplies',
          // Never called: with expectReplies the replies come back in the answer.
          serviceUrl: 'http://127.0.0.1:9/',
          from: { id: `customer-${conversationId}`, role: 'user' },
          recipient: { id: 'assistant', role: 'bot' },
          conversation: { id: conversationId },
        }),
      });
      if (response.status !== 200) throw new Error(`/api/messages answered ${response.status}: ${await response.text()}`);
      const { activities } = (await response.json()) as { activities: Array<{ type: string; text?: string }> };
      return activities.filter((activity) => activity.type === 'message').map((activity) => activity.text ?? '');
    },
  };
}

interface WireActivity {
  type: string;
  text?: string;
  from: { role?: string };
}

async function directLineConversation(baseUrl: () => string): Promise<Conversation> {
  const { token, conversationId } = await json<{ token: string; conversationId: string }>(`${baseUrl()}/api/webchat/token`, { method: 'POST' });
  const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
  await json(`${baseUrl()}/v3/directline/conversations`, { method: 'POST', headers });
  const activities = `/v3/directline/conversations/${conversationId}/activities`;
  let watermark = 0;
  return {
    async say(text, expect) {
      await json(`${baseUrl()}${activities}`, { method: 'POST', headers, body: JSON.stringify({ type: 'message', text, from: { id: 'dl_customer', role: 'user' } }) });
      const replies: string[] = [];
      const deadline = performance.now() + REPLY_TIMEOUT_MS;
      // The post is answered once the message is taken in; the turn's replies follow, the expected one last.
      while (!replies.some((reply) => expect.test(reply))) {
        if (performance.now() > deadline) return replies;
        await new Promise((resolve) => setTimeout(resolve, DIRECT_LINE_POLL_MS));
        const page = await json<{ activities: WireActivity[]; watermark: string }>(`${baseUrl()}${activities}?watermark=${watermark}`, { headers });
        watermark = Number(page.watermark);
        replies.push(...page.activities.filter((activity) => activity.type === 'message' && activity.from.role === 'bot').map((activity) => activity.text ?? ''));
      }
      return replies;
    },
  };
}

async function json<T = unknown>(url: string, init: RequestInit): Promise<T> {
  const response = await fetch(url, init);
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${new URL(url).pathname} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}
