// How a body posted to /api/messages becomes the activity botbuilder sees.
import assert from 'node:assert/strict';
import { incomingActivitySchema, toActivity } from '../../../src/channels/botframework/incomingActivity';

describe('An activity arriving on /api/messages', () => {
  const posted = {
    type: 'message',
    text: 'photo of the damage',
    channelId: 'emulator',
    serviceUrl: 'http://localhost:50000',
    timestamp: '2026-11-25T09:00:00.000Z',
    localTimestamp: '2026-11-25T17:00:00+08:00',
    from: { id: 'customer-1', role: 'user' },
    recipient: { id: 'assistant', role: 'bot' },
    conversation: { id: 'conversation-1' },
    entities: [{ type: 'ClientCapabilities' }],
    channelData: {
      clientActivityID: 'abc',
      uploads: [{ id: 'someone-elses-upload', conversationId: 'conversation-1', name: 'invoice.pdf', contentType: 'application/pdf', size: 1, at: '' }],
    },
  };

  it('loses the uploads a client lists in channelData, which only the Direct Line upload route may set', () => {
    const activity = toActivity(incomingActivitySchema.parse(posted));
    assert.deepEqual(activity.channelData, { clientActivityID: 'abc' });
  });

  it('keeps the fields a channel adds of its own', () => {
    const activity = toActivity(incomingActivitySchema.parse(posted));
    assert.deepEqual(activity.entities, [{ type: 'ClientCapabilities' }]);
  });

  it('reads its timestamps as dates and keeps them as sent', () => {
    const activity = toActivity(incomingActivitySchema.parse(posted));
    assert.equal(activity.timestamp?.toISOString(), '2026-11-25T09:00:00.000Z');
    assert.equal(activity.rawLocalTimestamp, '2026-11-25T17:00:00+08:00');
  });

  it('refuses a serviceUrl that is no URL', () => {
    assert.equal(incomingActivitySchema.safeParse({ ...posted, serviceUrl: 'localhost' }).success, false);
  });
});
