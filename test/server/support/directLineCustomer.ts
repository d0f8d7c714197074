// A Direct Line customer over plain HTTP who may reach any instance: posts a message to one and polls it for the reply.
import { bearer, call } from '../../channels/directline/support/httpCalls';

interface WireMessage {
  type: string;
  text?: string;
  from: { role?: string };
}

const POLL_MS = 50;
const REPLY_TIMEOUT_MS = 15_000;

export class DirectLineCustomer {
  /** The watermark up to which replies have been read. */
  private seen = 0;

  private constructor(
    readonly token: string,
    readonly conversationId: string,
  ) {}

  /** Gets a token from the widget route of `baseUrl` and starts the conversation there. */
  static async start(baseUrl: string): Promise<DirectLineCustomer> {
    const { token, conversationId } = (await (await fetch(`${baseUrl}/api/webchat/token`, { method: 'POST' })).json()) as { token: string; conversationId: string };
    const started = await call(`${baseUrl}/v3/directline/conversations`, { method: 'POST', headers: bearer(token) });
    if (started.status !== 200 && started.status !== 201) throw new Error(`DirectLineCustomer.start: ${started.status}`);
    return new DirectLineCustomer(token, conversationId);
  }

  /** Posts `text` to `baseUrl`; the answer of the POST itself (200, or an error with its body). */
  post(baseUrl: string, text: string): Promise<{ status: number; body: unknown }> {
    return call(`${baseUrl}/v3/directline/conversations/${this.conversationId}/activities`, {
      method: 'POST',
      headers: bearer(this.token, { 'Content-Type': 'application/json' }),
      body: JSON.stringify({ type: 'message', text, locale: 'en-US', from: { id: 'dl_customer', role: 'user' } }),
    });
  }

  /** Posts `text` to `baseUrl` and waits there for a reply of the assistant matching `expected`; returns its text. */
  async say(baseUrl: string, text: string, expected: RegExp): Promise<string> {
    const posted = await this.post(baseUrl, text);
    if (posted.status !== 200) throw new Error(`"${text}" was refused: ${posted.status} ${JSON.stringify(posted.body)}`);
    const deadline = Date.now() + REPLY_TIMEOUT_MS;
    while (Date.now() < deadline) {
      const { body } = await call(`${baseUrl}/v3/directline/conversations/${this.conversationId}/activities?watermark=${this.seen}`, { headers: bearer(this.token) });
      const { activities, watermark } = body as { activities: WireMessage[]; watermark: string };
      const answer = activities.find((activity) => activity.type === 'message' && activity.from.role === 'bot' && expected.test(activity.text ?? ''));
      if (answer !== undefined) {
        this.seen = Number(watermark);
        return answer.text ?? '';
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    throw new Error(`no reply matching ${expected} to "${text}"`);
  }
}
