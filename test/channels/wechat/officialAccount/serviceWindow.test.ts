import assert from 'node:assert/strict';
import { messagesSent, NO_CUSTOMER, remainingMessages, windowClosed, windowOpened } from '../../../../src/channels/wechat/officialAccount/serviceWindow';

const at = (iso: string) => new Date(iso);
const NOON = at('2026-11-25T12:00:00Z');

describe('The customer-service window', () => {
  it('allows nothing to a customer who never wrote', () => {
    assert.equal(remainingMessages(NO_CUSTOMER, NOON), 0);
  });

  it('allows 5 messages within 48 hours of the customer\'s message, fewer as they are sent', () => {
    const opened = windowOpened(NO_CUSTOMER, 'message', NOON);
    assert.equal(remainingMessages(opened, NOON), 5);
    assert.equal(remainingMessages(messagesSent(opened, 2), at('2026-11-27T11:59:59Z')), 3);
    assert.equal(remainingMessages(messagesSent(opened, 7), NOON), 0);
    assert.equal(remainingMessages(opened, at('2026-11-27T12:00:00Z')), 0);
  });

  it('allows 3 messages within a minute of a follow, click or scan', () => {
    const opened = windowOpened(NO_CUSTOMER, 'event', NOON);
    assert.equal(remainingMessages(opened, at('2026-11-25T12:00:59Z')), 3);
    assert.equal(remainingMessages(opened, at('2026-11-25T12:01:00Z')), 0);
  });

  it('keeps a message\'s larger window when the customer then clicks a menu, and opens a fresh one on their next message', () => {
    const afterMessage = messagesSent(windowOpened(NO_CUSTOMER, 'message', NOON), 1);
    assert.equal(remainingMessages(windowOpened(afterMessage, 'event', NOON), NOON), 4);
    const spent = messagesSent(afterMessage, 3);
    assert.equal(remainingMessages(windowOpened(spent, 'event', NOON), NOON), 3);
    assert.equal(remainingMessages(windowOpened(spent, 'message', NOON), NOON), 5);
  });

  it('allows nothing once WeChat refused, or once the customer unfollowed', () => {
    const opened = windowOpened(NO_CUSTOMER, 'message', NOON);
    assert.equal(remainingMessages(windowClosed(opened), NOON), 0);
    assert.equal(remainingMessages({ ...opened, unfollowedAt: NOON.toISOString() }, NOON), 0);
  });
});
