// A website customer over plain Direct Line REST (no client library): enough to start conversations by the hundred.
export interface RestCustomer {
  conversationId: string;
  say(text: string): Promise<void>;
}

export async function startCustomer(baseUrl: string): Promise<RestCustomer> {
  const { token } = (await (await fetch(`${baseUrl}/api/webchat/token`, { method: 'POST' })).json()) as { token: string };
  const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
  const started = await fetch(`${baseUrl}/v3/directline/conversations`, { method: 'POST', headers, body: JSON.stringify({ locale: 'en-US' }) });
  const { conversationId } = (await started.json()) as { conversationId: string };
  return {
    conversationId,
    async say(text) {
      const posted = await fetch(`${baseUrl}/v3/directline/conversations/${encodeURIComponent(conversationId)}/activities`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ type: 'message', from: { id: 'customer' }, text, locale: 'en-US' }),
      });
      if (posted.status !== 200) throw new Error(`RestCustomer.say: ${posted.status}`);
    },
  };
}

/** Settings that let one test address start many conversations, and write many messages in one. */
export const GENEROUS_RATE_LIMITS = {
  RATE_LIMIT_TOKENS_PER_ADDRESS: '100000',
  RATE_LIMIT_STARTS_PER_ADDRESS: '100000',
  RATE_LIMIT_MESSAGES_PER_ADDRESS: '100000',
  RATE_LIMIT_MESSAGES_PER_CONVERSATION: '100000',
};
