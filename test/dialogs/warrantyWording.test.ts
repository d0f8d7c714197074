// The warranty answer and the assessment before a case, as customers read them: no good news before a charge, no quote twice.
import assert from 'node:assert/strict';
import { recognizer, startConversation } from './conversationHarness';

const SAYS = {
  en: {
    fellAskWarranty: 'my camera NPC21A00012345 fell off the pole, is it still under warranty?',
    askWarranty: 'is NPC21A00012345 still under warranty?',
    goodNews: /Good news/i,
    underWarranty: /under warranty until/,
    period: /within its warranty period, until 2028-06-10/,
    clause4: /clause 4 of the NetPosa service policy/,
    charged: /charged/,
    typhoonFault: 'My NP-IPC2043 SN NPC21A00012345 was knocked off the pole by the typhoon and shows no video',
    clause5Again: /That also comes under clause 5/,
  },
  zh: {
    fellAskWarranty: '我的摄像头NPC21A00012345从杆子上摔下来了，还在保修期吗？',
    askWarranty: 'NPC21A00012345还在保修期吗',
    goodNews: /好消息/,
    underWarranty: /在保修期内/,
    period: /保修期到 2028-06-10；保修针对产品本身的质量问题/,
    clause4: /第4条/,
    charged: /需要收费/,
    typhoonFault: '我的NP-IPC2043序列号NPC21A00012345台风天从杆子上摔下来了，没有画面',
    clause5Again: /这也属于NetPosa服务政策第5条/,
  },
};

/** The customer's words quoted in a reply: everything between “ and ”. */
function quotes(reply: string): string[] {
  return [...reply.matchAll(/“([^”]+)”/g)].map((match) => match[1] as string);
}

for (const lang of ['en', 'zh'] as const) {
  const says = SAYS[lang];
  describe(`Warranty wording (${lang})`, function () {
    this.timeout(120000);
    before(() => recognizer());

    it('gives good news about a warranty when nothing said rules the repair out', async () => {
      assert.match(await startConversation().say(says.askWarranty), says.goodNews);
    });

    it('answers a warranty question that says nothing is broken, and starts no troubleshooting', async () => {
      const convo = startConversation();
      await convo.say(
        lang === 'en'
          ? 'is LIC-VMS-2025-01120 still under warranty, and does the warranty cover updates or only activation problems?'
          : 'LIC-VMS-2025-01120 还在保修期吗？保修管升级还是只管激活问题？',
      );
      const reply = await convo.say(lang === 'en' ? 'so it ends tomorrow? Nothing is broken right now.' : '那就是明天到期？目前一切正常');
      assert.match(reply, /2026-11-26/);
      assert.equal(await convo.pendingQuestion(), undefined);
      assert.equal((await convo.conversationData())?.fault.symptom, undefined);
    });

    it('states the warranty period plainly, then the clause, when the customer said the camera fell', async () => {
      const reply = await startConversation().say(says.fellAskWarranty);
      assert.doesNotMatch(reply, says.goodNews);
      assert.doesNotMatch(reply, says.underWarranty);
      assert.match(reply, says.period);
      assert.match(reply, says.clause4);
      assert.match(reply, says.charged);
    });

    it('explains a charged repair without good news, and quotes words that reveal two clauses once', async () => {
      const reply = await startConversation().say(says.typhoonFault);
      assert.match(reply, says.charged);
      assert.doesNotMatch(reply, says.goodNews);
      assert.doesNotMatch(reply, says.underWarranty);
      assert.match(reply, says.clause5Again);
      const quoted = quotes(reply);
      assert.ok(quoted.length > 0, reply);
      assert.equal(new Set(quoted).size, quoted.length, `each quote once: ${quoted.join(' | ')}`);
    });
  });
}
