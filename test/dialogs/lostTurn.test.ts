// A turn whose state was lost after it opened a case (storage gone before the turn's end): the customer is back at the
// same question, and answering it again gives the same case rather than a second one.
import assert from 'node:assert/strict';
import { startConversation, recognizer, type TestConversation } from './conversationHarness';

const SAY = {
  en: {
    opening: 'my camera has no video, serial NPC21A00012345',
    notFixed: 'still not working',
    none: 'none of these',
    open: 'yes, open a case',
    contact: 'Li Wei, 13812345678, Hangzhou',
    noRating: 'no thanks',
    secondFault: 'another problem: my NVR is not recording, serial NPN22B00003318',
  },
  zh: {
    opening: '摄像头没有画面，序列号 NPC21A00012345',
    notFixed: '还是不行',
    none: '以上都没有',
    open: '开维修单',
    contact: '李伟，13812345678，杭州',
    noRating: '不用了',
    secondFault: '还有一个问题：录像机不录像了，序列号 NPN22B00003318',
  },
};
const STATE_KEY = 'directline/conversations/Convo1/';

/** From the fault's report through the steps and the checklist to the case question. */
async function atCaseQuestion(convo: TestConversation, lang: 'en' | 'zh', report: string): Promise<void> {
  await convo.say(report);
  for (let step = 0; step < 6 && (await convo.pendingQuestion()) === 'fixed'; step += 1) await convo.say(SAY[lang].notFixed);
  await convo.say(SAY[lang].none);
  assert.equal(await convo.pendingQuestion(), 'open_case');
}

async function atContactQuestion(lang: 'en' | 'zh'): Promise<TestConversation> {
  const convo = startConversation();
  await atCaseQuestion(convo, lang, SAY[lang].opening);
  await convo.say(SAY[lang].open);
  assert.equal(await convo.pendingQuestion(), 'contact');
  return convo;
}

const CASE_ID = /RMA-\d{8}-\d{4}/;

for (const lang of ['en', 'zh'] as const) {
  describe(`A case opened in a turn whose state was lost (${lang})`, function () {
    this.timeout(90000);
    before(() => recognizer());

    it('is given again when the customer answers the same question again, not opened twice', async () => {
      const convo = await atContactQuestion(lang);
      const before = (await convo.stores.state.read([STATE_KEY]))[STATE_KEY];
      const first = await convo.say(SAY[lang].contact);
      const [caseId] = first.match(CASE_ID) ?? [];
      assert.ok(caseId, first);
      // The turn's state write never happened: the saved state is the one from before the answer.
      await convo.stores.state.write({ [STATE_KEY]: { ...before, eTag: '*' } });
      assert.equal(await convo.pendingQuestion(), 'contact');

      const again = await convo.say(SAY[lang].contact);
      assert.match(again, new RegExp(caseId));
      assert.deepEqual((await convo.stores.cases.list({ conversationId: convo.conversationId })).map((repairCase) => repairCase.id), [caseId]);
      assert.equal((await convo.conversationData())?.caseId, caseId);
    });

    it('still opens a second case for a second fault in the same conversation', async () => {
      const convo = await atContactQuestion(lang);
      const [first] = (await convo.say(SAY[lang].contact)).match(CASE_ID) ?? [];
      assert.ok(first);
      await convo.say(SAY[lang].noRating);
      await atCaseQuestion(convo, lang, SAY[lang].secondFault);
      const [second] = (await convo.say(SAY[lang].open)).match(CASE_ID) ?? [];
      assert.ok(second && second !== first, `a second case, not ${first} again`);
      assert.equal((await convo.stores.cases.list({ conversationId: convo.conversationId })).length, 2);
    });
  });
}
