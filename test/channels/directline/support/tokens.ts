// Asks the test server for Direct Line tokens the way a website backend would.
import { TEST_SECRET } from './directLineTestServer';

export interface GeneratedToken {
  token: string;
  conversationId: string;
  expires_in: number;
}

export async function generateToken(domain: string, user?: { id?: string; name?: string }): Promise<GeneratedToken> {
  const response = await fetch(`${domain}/tokens/generate`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${TEST_SECRET}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(user === undefined ? {} : { user }),
  });
  if (response.status !== 200) throw new Error(`tokens/generate answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as GeneratedToken;
}

/** Starts the token's conversation over REST, as directlinejs does first. */
export async function startConversation(domain: string, token: string): Promise<{ conversationId: string; token: string; streamUrl: string }> {
  const response = await fetch(`${domain}/conversations`, { method: 'POST', headers: { Authorization: `Bearer ${token}` } });
  if (response.status !== 201 && response.status !== 200) throw new Error(`start answered ${response.status}`);
  return (await response.json()) as { conversationId: string; token: string; streamUrl: string };
}
