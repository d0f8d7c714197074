// A played conversation is scored on the outcome read from the stores and state, and each of the three harms is found
// in a crafted transcript, in both languages.
import assert from 'node:assert/strict';
import path from 'node:path';
import { loadServiceCenters } from '../../src/registry/serviceCenters';
import { newConversationData } from '../../dialogs/conversationData';
import { t } from '../../src/i18n/translate';
import { CAMERA_WITHOUT_VIDEO, played, repairCase, transcript, variant } from './handMade';
import { citationsIn, extraMessages, figures, harmsOf, quantile, readOutcome, score } from './scoring';
import type { ConversationScript } from './corpus';

const centres = loadServiceCenters(path.join(__dirname, '../../data/demo-service-centers.csv'));
const EN = CAMERA_WITHOUT_VIDEO.en;
const ZH = CAMERA_WITHOUT_VIDEO.zh;

function expecting(script: ConversationScript, expected: Partial<ConversationScript['expected']>): ConversationScript {
  return variant(script, { expected: { ...script.expected, ...expected } });
}

describe('Reading the outcome', () => {
  it('reads a case’s assessment, centre, clauses and warranty from the case store', () => {
    const charged = repairCase({ assessment: 'charged', serviceCenterId: 'wh-central', exclusions: [{ clause: 'abnormal_cause', evidence: ['I dropped it'] }] });
    assert.deepEqual(readOutcome(played(EN, transcript(['ok']), { cases: [charged] }), centres), {
      outcome: 'case',
      assessment: 'charged',
      centre: 'wh-central',
      clauses: ['abnormal_cause'],
      handoff: false,
      warranty: 'in_warranty',
    });
  });

  it('reads a fault solved by troubleshooting from the conversation data or from the assistant saying so', () => {
    const data = { ...newConversationData(), fault: { ...newConversationData().fault, solvedByTroubleshooting: true } };
    assert.equal(readOutcome(played(EN, transcript(['ok']), { data }), centres).outcome, 'solved');
    assert.equal(readOutcome(played(ZH, transcript([t('zh', 'troubleshooting.solved')])), centres).outcome, 'solved');
  });

  it('reads a handoff from the conversation record, a fault left without a case, and otherwise a question answered', () => {
    assert.deepEqual(
      [readOutcome(played(EN, transcript(['ok']), { handoff: { status: 'waiting', reason: 'customer_request' } }), centres).outcome, readOutcome(played(EN, transcript(['ok']), { handoff: { status: 'waiting', reason: 'customer_request' } }), centres).handoff],
      ['handoff', true],
    );
    assert.equal(readOutcome(played(EN, transcript(['ok']), { handoff: { status: 'waiting', reason: 'needs_decision' } }), centres).handoff, false);
    const faultKnown = { ...newConversationData(), fault: { ...newConversationData().fault, symptom: 'no_video' as const } };
    assert.equal(readOutcome(played(EN, transcript(['ok']), { data: faultKnown }), centres).outcome, 'no_case');
    assert.equal(readOutcome(played(EN, transcript(['ok'])), centres).outcome, 'answered');
  });

  it('reads a warranty question about a known product as answered, not as a fault left without a case', () => {
    const productOnly = { ...newConversationData(), product: { serial: 'NPC21A00012345', model: 'NP-IPC2043' } };
    assert.equal(readOutcome(played(EN, transcript(['It is under warranty until 2028-06-10.']), { data: productOnly }), centres).outcome, 'answered');
  });

  it('reads the clauses of a conversation without a case from what the replies ruled, the warranty-ended message included', () => {
    const ended = t('zh', 'warranty.expired', { model: 'NP-NVR3108', end: '2022-10-13' });
    assert.deepEqual(readOutcome(played(ZH, transcript([ended])), centres).clauses, ['expired']);
    assert.deepEqual(readOutcome(played(ZH, transcript(['您的设备还在保修期内。'])), centres).clauses, []);
  });

  it('finds the expected centre of an answered question by its address in the replies, in either language', () => {
    const whereToSend = expecting(ZH, { outcome: 'answered', assessment: null, centre: 'bj-north' });
    const north = centres.byId('bj-north');
    assert.equal(readOutcome(played(whereToSend, transcript([`请寄到：\n${north?.addressZh}`])), centres).centre, 'bj-north');
    assert.equal(readOutcome(played(whereToSend, transcript([`Please send it to:\n${north?.address}`])), centres).centre, 'bj-north');
    assert.equal(readOutcome(played(whereToSend, transcript([`请寄到：\n${centres.byId('sh-east')?.address}`])), centres).centre, null);
  });

  it('counts a conversation correct only when outcome, assessment, centre, clauses and handoff all match', () => {
    const expected = expecting(EN, { clauses: ['abnormal_cause', 'expired'], assessment: 'charged' });
    const sameClausesOtherOrder = repairCase({
      assessment: 'charged',
      exclusions: [
        { clause: 'expired', evidence: ['ended 2025-01-01'] },
        { clause: 'abnormal_cause', evidence: ['it fell off the pole'] },
      ],
    });
    const right = score(played(expected, transcript(['ok']), { cases: [sameClausesOtherOrder] }), centres);
    const wrongCentre = score(played(expected, transcript(['ok']), { cases: [{ ...sameClausesOtherOrder, serviceCenterId: 'hq-repair' }] }), centres);
    assert.equal(right.correct, true);
    assert.deepEqual([wrongCentre.correct, wrongCentre.components.centre, wrongCentre.components.clauses], [false, false, true]);
  });
});

describe('The three harms', () => {
  for (const [lang, script] of [['en', EN], ['zh', ZH]] as const) {
    it(`finds an open fault declared fixed, and not a fault that was fixed (${lang})`, () => {
      const saidFixed = transcript(['Step 1 of 4 …', t(lang, 'troubleshooting.solved')]);
      assert.equal(harmsOf(played(script, saidFixed)).declaredFixed, true);
      assert.equal(harmsOf(played(expecting(script, { outcome: 'solved' }), saidFixed)).declaredFixed, false);
    });
  }

  it('finds an open fault marked solved in the conversation data without a word said', () => {
    const data = { ...newConversationData(), fault: { ...newConversationData().fault, solvedByTroubleshooting: true } };
    assert.equal(harmsOf(played(ZH, transcript(['好的']), { data })).declaredFixed, true);
  });

  it('finds a clause on a case that does not apply, and tells a quoted denial apart', () => {
    const denied = repairCase({ assessment: 'charged', exclusions: [{ clause: 'abnormal_cause', evidence: ['摔都没摔过'] }] });
    const affirmed = repairCase({ assessment: 'charged', exclusions: [{ clause: 'unauthorized_repair', evidence: ['我们自己拆开看过'] }] });
    const onDenial = harmsOf(played(ZH, transcript(['好']), { cases: [denied] }));
    const onAffirmation = harmsOf(played(ZH, transcript(['好']), { cases: [affirmed] }));
    assert.deepEqual([onDenial.wrongCitations.length, onDenial.citedDenials.length], [1, 1]);
    assert.deepEqual([onAffirmation.wrongCitations.length, onAffirmation.citedDenials.length], [1, 0]);
    assert.equal(harmsOf(played(expecting(ZH, { clauses: ['unauthorized_repair'] }), transcript(['好']), { cases: [affirmed] })).wrongCitations.length, 0);
  });

  it('finds a clause cited in a reply with its quoted evidence, in both languages', () => {
    const en = 'You mentioned “it was never dropped”. Under clause 4 of the NetPosa service policy, falls are not covered, so this repair would be charged.';
    const zh = '您提到“摔都没摔过”。根据NetPosa服务政策第4条，因摔落造成的损坏不在免费保修范围内，因此本次维修需要收费。';
    assert.deepEqual(citationsIn(en), [{ clause: 'abnormal_cause', evidence: ['it was never dropped'] }]);
    assert.deepEqual(citationsIn(zh), [{ clause: 'abnormal_cause', evidence: ['摔都没摔过'] }]);
    assert.equal(harmsOf(played(EN, transcript(['Step 1', en]))).citedDenials.length, 1);
  });

  it('does not take a clause mentioned without a ruling against the customer for a citation', () => {
    const weighing = 'You mentioned “it fell”, but you also said “it was never dropped”. An engineer will check whether clause 4 of the NetPosa service policy applies.';
    assert.deepEqual(citationsIn(weighing), []);
  });

  it('finds the same reply to three customer messages in a row, and not to two', () => {
    const miss = 'Sorry, I didn’t catch that — please pick one of the options, by number or in words.';
    assert.equal(harmsOf(played(EN, transcript(['Step 1', miss, miss, miss]))).repeatedPrompt, true);
    assert.equal(harmsOf(played(EN, transcript([miss, miss, 'Step 2', miss]))).repeatedPrompt, false);
  });
});

describe('The figures', () => {
  it('counts the customer messages over the minimum, leaving out the answers to the rating and suggestion', () => {
    const turns = [...transcript(['a', 'b', 'c', 'd', 'e', 'f']), { text: '5', kind: 'answer' as const, answers: 'rating' as const, assistant: 'Thanks', pending: undefined }];
    assert.equal(extraMessages(played(EN, turns)), 6 - EN.min_customer_messages);
    assert.equal(extraMessages(played(EN, transcript(['a']))), 0);
  });

  it('gives the median and the 90th percentile between neighbouring values', () => {
    assert.equal(quantile([5, 1, 3], 0.5), 3);
    assert.equal(quantile([1, 2, 3, 4], 0.5), 2.5);
    assert.equal(quantile([11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1], 0.9), 10);
    assert.equal(quantile([0, 4], 0.75), 3);
  });

  it('gives each component’s share and the harm counts of a language', () => {
    const right = score(played(EN, transcript(['ok']), { cases: [repairCase({})] }), centres);
    const wrong = score(played(EN, transcript(['a', 'b', 'c', 'd', 'e', 'f', t('en', 'troubleshooting.solved')])), centres);
    const result = figures([right, wrong]);
    assert.equal(result.accuracy, 0.5);
    assert.deepEqual(result.components, { outcome: 0.5, assessment: 0.5, centre: 0.5, clauses: 1, handoff: 1 });
    assert.equal(result.harms.declaredFixed, 1);
    assert.deepEqual([result.extra.median, result.extraWhenCorrect.median], [(right.extra + wrong.extra) / 2, right.extra]);
  });
});
