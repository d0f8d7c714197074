// The assistant knows which kind of question it is waiting on, at every step of a fault report, in both languages.
import assert from 'node:assert/strict';
import { recognizer, startConversation } from './conversationHarness';
import type { QuestionKind } from '../../dialogs/pendingQuestion';

before(function () {
  this.timeout(180000);
  recognizer();
});

const SCRIPTS: Record<'en' | 'zh', Array<[string, QuestionKind | undefined]>> = {
  en: [
    ['my camera has no video', 'serial'],
    ['NPC21A00012345', 'fixed'],
  ],
  zh: [
    ['我的摄像头没有画面了', 'serial'],
    ['NPC21A00012345', 'fixed'],
  ],
};

describe('The pending question', function () {
  this.timeout(120000);

  for (const lang of ['en', 'zh'] as const) {
    it(`follows a fault report from the serial through troubleshooting, the checklist and the contact (${lang})`, async () => {
      const convo = startConversation();
      for (const [says, expected] of SCRIPTS[lang]) {
        await convo.say(says);
        assert.equal(await convo.pendingQuestion(), expected, `after "${says}"`);
      }
      const kinds: Array<QuestionKind | undefined> = [];
      for (let turn = 0; turn < 12 && (await convo.pendingQuestion()) === 'fixed'; turn += 1) await convo.say('2');
      kinds.push(await convo.pendingQuestion());
      assert.equal(kinds[0], 'checklist');
      await convo.say(lang === 'en' ? 'none' : '都没有');
      assert.equal(await convo.pendingQuestion(), 'open_case');
      await convo.say(lang === 'en' ? 'yes' : '好的');
      assert.equal(await convo.pendingQuestion(), 'contact');
      await convo.say(lang === 'en' ? 'Li Wei, 138 1234 5678, Hangzhou' : '李伟，13812345678，杭州');
      assert.equal(await convo.pendingQuestion(), 'rating');
    });
  }

  it('is nothing when the assistant has only answered', async () => {
    const convo = startConversation();
    await convo.say('hello');
    assert.equal(await convo.pendingQuestion(), undefined);
  });
});
