// What a customer handed to a person is told: the expected wait when staff are at the console, otherwise when they
// work or will next be there, in their language; and the other ways into the queue (a complaint).
import assert from 'node:assert/strict';
import { recognizer, startConversation, TODAY } from './conversationHarness';
import { parseStaffHours } from '../../src/domain/staffHours';

describe('HandoffDialog', function () {
  this.timeout(120000);
  before(() => recognizer());
  // The harness's clock: a Wednesday, 16:00 in Beijing.
  const now = new Date(`${TODAY}T08:00:00Z`);

  it('tells an English customer the default staff hours, Monday to Friday, when nobody is at the console', async () => {
    const reply = await startConversation().say('I want to talk to a real person');
    assert.match(reply, /Nobody is at the console this very moment/);
    assert.match(reply, /our team works Monday to Friday 9:00–18:00 \(Beijing time\)/);
    assert.doesNotMatch(reply, /Saturday/);
    assert.match(reply, /leave a message for them here/);
  });

  it('tells a Chinese customer the configured staff hours, Saturday morning included', async () => {
    const convo = startConversation('directline', undefined, { staffHours: parseStaffHours('Mon-Fri 09:00-18:00; Sat 09:00-12:00') });
    const reply = await convo.say('转人工');
    assert.match(reply, /服务时间为周一至周五 9:00–18:00，周六 9:00–12:00（北京时间）/);
  });

  it('tells the warranty of a product the sales records know, and says nothing of one they do not', async () => {
    const known = await startConversation().say('NPS21B00000733 服务器又宕机了 上次工程师说是主板的问题 麻烦直接安排工程师给我打电话 13720185563');
    assert.match(known, /已经把我们的对话转给/);
    assert.match(known, /NP-VMS8100 保修已于 2024-08-16 到期/);
    const english = await startConversation().say('our NPC21A00012345 keeps freezing, please have an engineer call me');
    assert.match(english, /passed our conversation/);
    assert.match(english, /under warranty until 2028-06-10|warranty period .* until 2028-06-10/);
    const unknown = await startConversation().say('12 of our NP-IPC2043 cameras from a 2021 project freeze, I want an engineer to call me');
    assert.match(unknown, /passed our conversation/);
    assert.doesNotMatch(unknown, /warranty|verify/i);
  });

  it('tells, with the warranty, a seller outside the authorised channels that the sales records show', async () => {
    const english = await startConversation().say("NVR stopped recording since Sunday, serial NPN24B00005371. I need an engineer to call me today, I'm not going through a list of steps.");
    assert.match(english, /passed our conversation/);
    assert.match(english, /warranty ended on 2025-07-07/);
    assert.match(english, /sold by Anxin Surveillance Direct .* isn't one of NetPosa's authorised channels/);
    const chinese = await startConversation().say('NPN24B00005371 录像机不录像了 直接找个工程师给我打电话');
    assert.match(chinese, /Anxin Surveillance Direct/);
    assert.match(chinese, /授权/);
  });

  it('gives the median of the recent takeovers as the expected wait when a console is online', async () => {
    const convo = startConversation();
    await convo.stores.consolePresence.seen(new Date(now.getTime() - 30_000));
    for (const minutes of [2, 12, 6, 4, 30]) await convo.stores.takeoverWaits.record(minutes * 60_000);
    assert.match(await convo.say('I want to talk to a real person'), /The team is at the console now; recently the wait has been about 6 min\./);
  });

  it('promises no figure when a console is online but nobody has been taken over yet', async () => {
    const convo = startConversation();
    await convo.stores.consolePresence.seen(now);
    assert.match(await convo.say('can I speak to someone please'), /a colleague will reply right here shortly/);
  });

  it('counts a console last seen more than a minute ago as offline', async () => {
    const convo = startConversation();
    await convo.stores.consolePresence.seen(new Date(now.getTime() - 61_000));
    assert.match(await convo.say('I want to talk to a real person'), /Nobody is at the console this very moment/);
  });

  it('tells when staff will next be there outside their hours', async () => {
    const convo = startConversation('directline', undefined, { staffHours: parseStaffHours('Sat 09:00-12:00') });
    await convo.stores.consolePresence.seen(now);
    assert.match(await convo.say('I want to talk to a real person'), /the earliest a colleague can reply here is Saturday at 9:00 \(Beijing time\)/);
    const zh = startConversation('directline', undefined, { staffHours: parseStaffHours('Sat 09:00-12:00') });
    assert.match(await zh.say('转人工'), /最早周六 9:00（北京时间）会有同事在这里回复您/);
  });

  it('puts the conversation in the queue with a summary for staff, once', async () => {
    const convo = startConversation();
    await convo.say('my NPC21A00012345 has no video, I want to talk to a person');
    const record = await convo.stores.conversations.get(convo.conversationId);
    assert.deepEqual([record?.status, record?.reason], ['waiting', 'customer_request']);
    assert.match(record?.summary ?? '', /^Language: en; channel: directline\nProduct: NP-IPC2043/);
    assert.match(await convo.say('a person please'), /already in the queue/);
  });

  it('takes what it cannot answer while the customer waits as a message for the team', async () => {
    const convo = startConversation();
    await convo.say('I want to talk to a real person');
    assert.match(await convo.say('please ring me after lunch, ask for Mr Li'), /added that to your request for the team/);
    const record = await convo.stores.conversations.get(convo.conversationId);
    assert.deepEqual(record?.notes?.map((note) => note.text), ['please ring me after lunch, ask for Mr Li']);
  });

  it('queues a complaint about the service at once, with an apology, without asking for a rating first', async () => {
    const convo = startConversation();
    const reply = await convo.say('I want to complain, nobody called me back for a week');
    assert.match(reply, /sorry about this/);
    assert.doesNotMatch(reply, /rate/);
    const record = await convo.stores.conversations.get(convo.conversationId);
    assert.deepEqual([record?.status, record?.reason], ['waiting', 'complaint']);
  });

  it('queues feedback rated poorly, and tells the customer a colleague will follow up', async () => {
    const convo = startConversation();
    assert.match(await convo.say("I'd like to give some feedback on your service"), /rate/);
    assert.match(await convo.say('1'), /passed your complaint to the service team/);
    const record = await convo.stores.conversations.get(convo.conversationId);
    assert.deepEqual([record?.status, record?.reason], ['waiting', 'complaint']);
  });
});
