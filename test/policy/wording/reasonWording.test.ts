// Tests the English and Chinese sentences that explain a decision.
import assert from 'node:assert/strict';
import { ENGLISH_REASONS } from '../../../src/policy/wording/en';
import type { Statement } from '../../../src/policy/wording/reasonWording';
import { CHINESE_REASONS } from '../../../src/policy/wording/zh';

const CITATION = { number: 4, ruling: 'damage from a fall isn’t covered by the free warranty' };
const WORDS: Statement = { kind: 'words', texts: ['it fell', 'the case cracked', 'water got in'] };

describe('reason wording', () => {
  it('joins several quotes the way English lists them', () => {
    const sentence = ENGLISH_REASONS.customerMentioned(WORDS, CITATION);
    assert.match(sentence, /^You mentioned “it fell”, “the case cracked” and “water got in”\./);
  });

  it('joins several quotes with the Chinese enumeration comma', () => {
    const sentence = CHINESE_REASONS.customerMentioned(WORDS, { number: 4, ruling: '因摔落造成的损坏不在免费保修范围内' });
    assert.match(sentence, /^您提到“it fell”、“the case cracked”、“water got in”。根据NetPosa服务政策第4条/);
  });

  it('writes dates the Chinese way, without leading zeros', () => {
    assert.equal(CHINESE_REASONS.underWarranty('NP-IPC2043', '2027-06-01'), '您的NP-IPC2043在保修期内，保修期至2027年6月1日。');
  });

  it('speaks of “your product” when the model is not known', () => {
    assert.equal(ENGLISH_REASONS.underWarranty(undefined, '2027-06-01'), 'Your product is under warranty until 2027-06-01.');
    assert.match(CHINESE_REASONS.underWarranty(undefined, '2027-06-01'), /^您的产品/);
  });

  it('points back instead of quoting words a second time', () => {
    const above: Statement = { kind: 'quotedAbove' };
    assert.equal(ENGLISH_REASONS.customerMentioned(above, CITATION), `That also comes under clause 4 of the NetPosa service policy: ${CITATION.ruling}.`);
    assert.equal(CHINESE_REASONS.customerMentioned(above, { number: 4, ruling: '因摔落造成的损坏不在免费保修范围内' }), '这也属于NetPosa服务政策第4条的情况：因摔落造成的损坏不在免费保修范围内。');
    assert.match(ENGLISH_REASONS.statementsDisagree(above, WORDS, 4), /^You mentioned it above, but you also said “it fell”/);
    assert.match(CHINESE_REASONS.statementsDisagree(above, WORDS, 4), /^您前面提到了这一点，但您也说过“it fell”/);
  });

  it('states a running warranty period without calling it good news or promising cover', () => {
    assert.doesNotMatch(ENGLISH_REASONS.warrantyPeriodRuns('NP-IPC2043', '2027-06-01'), /good news|under warranty/i);
    assert.doesNotMatch(CHINESE_REASONS.warrantyPeriodRuns('NP-IPC2043', '2027-06-01'), /好消息|在保修期内/);
    assert.match(CHINESE_REASONS.warrantyPeriodRuns('NP-IPC2043', '2027-06-01'), /2027年6月1日/);
  });

  it('still makes sense of a yes/no answer when there was no question to quote', () => {
    const answer: Statement = { kind: 'answer', question: undefined };
    assert.match(ENGLISH_REASONS.statementsDisagree(WORDS, answer, 4), /but when we asked about it you answered no\./);
    assert.match(CHINESE_REASONS.statementsDisagree(WORDS, answer, 4), /但我们问到这一点时，您回答了“否”。/);
  });
});
