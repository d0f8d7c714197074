// CloudAdapter's clients are built once per bot, endpoint and audience, not on every turn.
import assert from 'node:assert/strict';
import type { Activity } from 'botbuilder';
import { ClientReusingAuthentication } from '../../../src/channels/botframework/clientReusingAuthentication';

function emulatorActivity(serviceUrl: string): Activity {
  return {
    type: 'message',
    channelId: 'emulator',
    serviceUrl,
    from: { id: 'customer', name: 'customer' },
    recipient: { id: 'assistant', name: 'assistant' },
    conversation: { id: 'conversation', isGroup: false, conversationType: 'personal', name: 'conversation' },
  } as Activity;
}

describe('ClientReusingAuthentication', () => {
  // No app id: botbuilder authenticates nothing, as for the local Emulator, but still builds real clients.
  const authentication = new ClientReusingAuthentication({});

  async function connectorFor(serviceUrl: string) {
    const request = await authentication.authenticateRequest(emulatorActivity(serviceUrl), '');
    assert.ok(request.connectorFactory, 'the request comes with a connector factory');
    return request.connectorFactory.create(serviceUrl, request.audience);
  }

  it('gives two requests to the same endpoint the same connector client', async () => {
    assert.equal(await connectorFor('http://127.0.0.1:9000/'), await connectorFor('http://127.0.0.1:9000/'));
  });

  it('gives another endpoint a client of its own', async () => {
    assert.notEqual(await connectorFor('http://127.0.0.1:9001/'), await connectorFor('http://127.0.0.1:9000/'));
  });

  it('gives every turn of the same bot the same user-token client', async () => {
    const { claimsIdentity } = await authentication.authenticateRequest(emulatorActivity('http://127.0.0.1:9000/'), '');
    assert.equal(await authentication.createUserTokenClient(claimsIdentity), await authentication.createUserTokenClient(claimsIdentity));
  });
});
