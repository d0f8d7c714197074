// Tests how a customer's mentions and answers about one clause are weighed.
import assert from 'node:assert/strict';
import { statementsAbout, verdictOn } from '../../src/policy/customerStatements';
import type { Claim, ClaimEvidence } from '../../src/policy/types';

function claimSaying(evidence: ClaimEvidence[], answers: Claim['answers'] = {}): Claim {
  return { product: { source: 'customer' }, answers, evidence };
}

describe('customerStatements', () => {
  it('keeps only the mentions of the clause asked about', () => {
    const claim = claimSaying([
      { clause: 'abnormal_cause', text: 'it fell off the pole', negated: false },
      { clause: 'force_majeure', text: 'the typhoon', negated: false },
    ]);
    assert.deepEqual(statementsAbout(claim, 'abnormal_cause').affirmingWords, ['it fell off the pole']);
  });

  it('lists repeated words once', () => {
    const claim = claimSaying([
      { clause: 'abnormal_cause', text: '摔了', negated: false },
      { clause: 'abnormal_cause', text: '摔了', negated: false },
    ]);
    assert.deepEqual(statementsAbout(claim, 'abnormal_cause').affirmingWords, ['摔了']);
  });

  it('finds nothing when the customer said nothing', () => {
    assert.equal(verdictOn(statementsAbout(claimSaying([]), 'abnormal_cause')), 'none');
  });

  it('finds nothing when the customer only denied it', () => {
    const claim = claimSaying([{ clause: 'abnormal_cause', text: 'never dropped', negated: true }], { abnormal_cause: false });
    assert.equal(verdictOn(statementsAbout(claim, 'abnormal_cause')), 'none');
  });

  it('takes a yes to the screening question as saying it happened', () => {
    assert.equal(verdictOn(statementsAbout(claimSaying([], { force_majeure: true }), 'force_majeure')), 'affirmed');
  });

  it('sees a contradiction when a mention is also denied', () => {
    const claim = claimSaying([
      { clause: 'unauthorized_repair', text: 'a local shop opened it', negated: false },
      { clause: 'unauthorized_repair', text: 'nobody ever opened it', negated: true },
    ]);
    assert.equal(verdictOn(statementsAbout(claim, 'unauthorized_repair')), 'contradicted');
  });
});
