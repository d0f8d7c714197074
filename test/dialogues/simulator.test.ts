// The simulated customer answers each kind of question from its script, says its moves at their moments, and a played
// conversation's outcome is read from the case the real assistant opened.
import assert from 'node:assert/strict';
import { recognizer, startConversation } from '../dialogs/conversationHarness';
import type { QuestionKind } from '../../dialogs/pendingQuestion';
import { CAMERA_WITHOUT_VIDEO, variant } from './handMade';
import { play, SimulatedCustomer, type CustomerMessage } from './simulator';
import { readOutcome, score } from './scoring';

const NO_CASE_YET = 'Step 1 of 4: restart it. Did that help?';

/** Answers a run of questions, each after a reply that shows no case number. */
function answersTo(customer: SimulatedCustomer, questions: Array<QuestionKind | undefined>): Array<CustomerMessage | undefined> {
  return questions.map((question) => customer.next(NO_CASE_YET, question));
}

describe('The simulated customer', () => {
  it('answers the product, symptom and case questions from the facts, in the script’s own words', () => {
    const script = CAMERA_WITHOUT_VIDEO.en;
    const texts = answersTo(new SimulatedCustomer(script), ['serial', 'model', 'purchase_date', 'symptom', 'case_id', 'case_phone', 'city', 'name']).map(
      (message) => message?.text,
    );
    assert.deepEqual(texts, ['NPC21A00012345', 'NP-IPC2043', 'June last year', 'black picture', 'not sure', '13812345678', 'Hangzhou', 'Li Wei']);
  });

  it('gives the i-th troubleshooting answer to the i-th step and reuses the last one', () => {
    const customer = new SimulatedCustomer(CAMERA_WITHOUT_VIDEO.zh);
    assert.deepEqual(
      answersTo(customer, ['fixed', 'fixed', 'fixed']).map((message) => message?.text),
      ['2', '还是2', '还是2'],
    );
  });

  it('types a whole contact the way a customer of each language would', () => {
    assert.equal(new SimulatedCustomer(CAMERA_WITHOUT_VIDEO.en).next(NO_CASE_YET, 'contact')?.text, 'Li Wei, 13812345678, Hangzhou');
    assert.equal(new SimulatedCustomer(CAMERA_WITHOUT_VIDEO.zh).next(NO_CASE_YET, 'contact')?.text, '李伟 13812345678 杭州');
  });

  it('answers the checklist, the offer of a case, a person, the quote and the rating from the replies', () => {
    const texts = answersTo(new SimulatedCustomer(CAMERA_WITHOUT_VIDEO.zh), ['checklist', 'open_case', 'offer_person', 'rating', 'suggestion']).map(
      (message) => message?.text,
    );
    assert.deepEqual(texts, ['都没有', '开吧', '不用', '5', '没有']);
  });

  it('says what it says to the unforeseen when a fact is unknown, and "I don’t know" when it has nothing for that either', () => {
    const unknown = { ...CAMERA_WITHOUT_VIDEO.en.facts, serial: null };
    const withOther = variant(CAMERA_WITHOUT_VIDEO.en, { facts: unknown });
    const withoutOther = variant(CAMERA_WITHOUT_VIDEO.zh, { facts: { ...CAMERA_WITHOUT_VIDEO.zh.facts, serial: null }, replies: { ...CAMERA_WITHOUT_VIDEO.zh.replies, other: null } });
    assert.equal(new SimulatedCustomer(withOther).next(NO_CASE_YET, 'serial')?.text, 'not sure');
    assert.equal(new SimulatedCustomer(withoutOther).next(NO_CASE_YET, 'serial')?.text, '不知道');
    assert.equal(new SimulatedCustomer(withoutOther).next(NO_CASE_YET, 'quote')?.text, '不知道');
  });

  it('says a move at the first moment it matches, then goes on answering', () => {
    const script = variant(CAMERA_WITHOUT_VIDEO.en, { moves: [{ at: 'troubleshooting', say: 'how long does a repair take?' }] });
    const messages = answersTo(new SimulatedCustomer(script), ['serial', 'fixed', 'fixed']);
    assert.deepEqual(
      messages.map((message) => [message?.kind, message?.text]),
      [
        ['answer', 'NPC21A00012345'],
        ['move', 'how long does a repair take?'],
        ['answer', '2'],
      ],
    );
  });

  it('says moves in order: a later move waits for the one before it', () => {
    const script = variant(CAMERA_WITHOUT_VIDEO.zh, {
      moves: [
        { at: 'contact', say: '保修吗？' },
        { at: 'product', say: '序列号可能写错了' },
      ],
    });
    const messages = answersTo(new SimulatedCustomer(script), ['serial', 'contact', 'serial']);
    assert.deepEqual(messages.map((message) => message?.kind), ['answer', 'move', 'move']);
  });

  it('says an after-case move right after a case number first appears in a reply', () => {
    const script = variant(CAMERA_WITHOUT_VIDEO.en, { moves: [{ at: 'after_case', say: "actually I'm in Wuhan now" }] });
    const customer = new SimulatedCustomer(script);
    assert.equal(customer.next(NO_CASE_YET, 'contact')?.kind, 'answer');
    assert.deepEqual(customer.next('Your repair case is open: RMA-20261125-0001.', 'rating'), { text: "actually I'm in Wuhan now", kind: 'move' });
    assert.equal(customer.next('Thanks, noted.', 'rating')?.text, '5');
  });

  it('ends when nothing is asked and no move is left, after saying a move whose moment never came', () => {
    const script = variant(CAMERA_WITHOUT_VIDEO.en, { moves: [{ at: 'damage_check', say: 'is this covered?' }] });
    const customer = new SimulatedCustomer(script);
    assert.equal(customer.next('Thank you for your feedback.', undefined)?.text, 'is this covered?');
    assert.equal(customer.next('It is under warranty until 2028-06-10.', undefined), undefined);
  });
});

describe('A conversation played through the real assistant', function () {
  this.timeout(60000);
  before(() => recognizer());

  for (const lang of ['en', 'zh'] as const) {
    it(`ends with the outcome read from the case it opened (${lang})`, async () => {
      const convo = startConversation();
      const played = await play(CAMERA_WITHOUT_VIDEO[lang], convo);
      const [repairCase] = await convo.stores.cases.list({ conversationId: convo.conversationId });
      assert.ok(repairCase, played.turns.map((turn) => `${turn.text} → ${turn.assistant}`).join('\n'));
      assert.deepEqual(readOutcome(played, convo.services.centers), {
        outcome: 'case',
        assessment: repairCase.assessment,
        centre: repairCase.serviceCenterId,
        clauses: [],
        handoff: false,
        warranty: 'in_warranty',
      });
      assert.equal(repairCase.serviceCenterId, 'sh-east');
      assert.ok(score(played, convo.services.centers).components.centre);
    });

    it(`stops when the conversation is handed to staff (${lang})`, async () => {
      const wantsPerson = variant(CAMERA_WITHOUT_VIDEO[lang], { opening: lang === 'en' ? 'I want to talk to a person' : '我要找人工客服' });
      const played = await play(wantsPerson, startConversation());
      assert.equal(played.ending, 'handed_to_staff', played.turns.map((turn) => `${turn.text} → ${turn.assistant}`).join('\n'));
      assert.equal(played.observed.handoff?.status, 'waiting');
      assert.equal(played.observed.handoff?.reason, 'customer_request');
    });
  }
});
