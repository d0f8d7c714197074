// What a customer handed to a person is told about when the team answers: STAFF_HOURS, in their language.
import assert from 'node:assert/strict';
import { recognizer, startConversation } from './conversationHarness';
import { parseStaffHours } from '../../src/domain/staffHours';

describe('HandoffDialog', function () {
  this.timeout(30000);
  before(() => recognizer());

  it('tells an English customer the default staff hours, Monday to Friday', async () => {
    const reply = await startConversation().say('I want to talk to a real person');
    assert.match(reply, /our team works Monday to Friday 9:00–18:00 \(Beijing time\)/);
    assert.doesNotMatch(reply, /Saturday/);
  });

  it('tells a Chinese customer the configured staff hours, Saturday morning included', async () => {
    const convo = startConversation('directline', undefined, { staffHours: parseStaffHours('Mon-Fri 09:00-18:00; Sat 09:00-12:00') });
    const reply = await convo.say('转人工');
    assert.match(reply, /服务时间为周一至周五 9:00–18:00，周六 9:00–12:00（北京时间）/);
  });
});
