// Tests the policy engine's decisions: warranty status, exclusions, contradictions, assessment and reasons.
import assert from 'node:assert/strict';
import type { ClauseId } from '../../src/domain/vocabulary';
import { clauseById, POLICY_CLAUSES } from '../../src/policy/clauses';
import { decide } from '../../src/policy/decide';
import type { Claim, ClaimEvidence, ClaimProduct, Decision } from '../../src/policy/types';

const TODAY = '2025-09-01';

function registryProduct(overrides: Partial<Extract<ClaimProduct, { source: 'registry' }>> = {}): ClaimProduct {
  return {
    source: 'registry',
    serial: 'NPC21A00012345',
    model: 'NP-IPC2043',
    category: 'camera',
    purchaseDate: '2024-06-10',
    warrantyMonths: 36,
    authorizedChannel: true,
    seller: 'Beijing Anxun Systems',
    contractId: 'C-2024-0117',
    ...overrides,
  };
}

function claimFor(product: ClaimProduct, evidence: ClaimEvidence[] = [], answers: Claim['answers'] = {}): Claim {
  return { product, answers, evidence };
}

function said(clause: ClauseId, text: string): ClaimEvidence {
  return { clause, text, negated: false };
}

function denied(clause: ClauseId, text: string): ClaimEvidence {
  return { clause, text, negated: true };
}

function excludedClauses(decision: Decision): ClauseId[] {
  return decision.exclusions.map((finding) => finding.clause);
}

function reasonAbout(decision: Decision, clause: ClauseId) {
  const reason = decision.reasons.find((candidate) => candidate.clause === clause);
  assert.ok(reason, `a reason about ${clause}`);
  return reason;
}

const SCREENED_CLAUSES: Array<{ clause: ClauseId; number: number; words: string }> = [
  { clause: 'improper_use', number: 2, words: 'the indoor model was installed outdoors' },
  { clause: 'unofficial_software', number: 3, words: 'we flashed third-party firmware' },
  { clause: 'abnormal_cause', number: 4, words: 'it fell off the pole' },
  { clause: 'force_majeure', number: 5, words: '台风过后就坏了' },
  { clause: 'unauthorized_repair', number: 6, words: 'a local shop opened it' },
  { clause: 'unofficial_channel', number: 7, words: '在闲鱼上买的二手' },
];

describe('PolicyEngine', () => {
  describe('with a product from the sales registry', () => {
    it('repairs free of charge while the warranty runs', () => {
      const decision = decide(claimFor(registryProduct()), TODAY);
      assert.deepEqual(decision.warranty, { status: 'in_warranty', endDate: '2027-06-10', verified: true });
      assert.deepEqual(decision.exclusions, []);
      assert.equal(decision.assessment, 'free');
    });

    it('tells the customer until when the warranty runs, in both languages', () => {
      const reason = decide(claimFor(registryProduct()), TODAY).reasons[0];
      assert.equal(reason.code, 'under_warranty');
      assert.equal(reason.text.en, 'Your NP-IPC2043 is under warranty until 2027-06-10.');
      assert.match(reason.text.zh, /NP-IPC2043.*2027年6月10日/);
    });

    it('still covers the last day of the warranty', () => {
      const decision = decide(claimFor(registryProduct()), '2027-06-10');
      assert.equal(decision.warranty.status, 'in_warranty');
      assert.equal(decision.assessment, 'free');
    });

    it('charges a repair from the day after the warranty ended', () => {
      const decision = decide(claimFor(registryProduct()), '2027-06-11');
      assert.equal(decision.warranty.status, 'expired');
      assert.deepEqual(excludedClauses(decision), ['expired']);
      assert.equal(decision.assessment, 'charged');
    });

    it('gives the sales contract as the evidence of an expired warranty', () => {
      const product = registryProduct({ purchaseDate: '2021-03-02', warrantyMonths: 24, contractId: 'C-2021-0042' });
      const decision = decide(claimFor(product), TODAY);
      assert.deepEqual(decision.exclusions, [
        {
          clause: 'expired',
          evidence: ['registry: purchased 2021-03-02 with a 24-month warranty that ended 2023-03-02 (contract C-2021-0042)'],
        },
      ]);
    });

    it('explains an ended warranty by citing clause 1, in both languages', () => {
      const product = registryProduct({ purchaseDate: '2021-03-02', warrantyMonths: 24 });
      const reason = reasonAbout(decide(claimFor(product), TODAY), 'expired');
      assert.match(reason.text.en, /warranty on your NP-IPC2043 ended on 2023-03-02.*clause 1 /);
      assert.match(reason.text.zh, /2023年3月2日结束.*第1条/);
    });

    it('ends a leap-day purchase’s one-year warranty on February 28', () => {
      const product = registryProduct({ purchaseDate: '2024-02-29', warrantyMonths: 12 });
      assert.equal(decide(claimFor(product), '2025-02-28').warranty.status, 'in_warranty');
      assert.equal(decide(claimFor(product), '2025-03-01').warranty.status, 'expired');
    });

    it('charges a repair of a product sold outside the authorised channels', () => {
      const product = registryProduct({ authorizedChannel: false, seller: 'Quick Deals Online', contractId: 'C-2024-0999' });
      const decision = decide(claimFor(product), TODAY);
      assert.deepEqual(decision.exclusions, [
        {
          clause: 'unofficial_channel',
          evidence: ['registry: sold by Quick Deals Online, not an authorised channel (contract C-2024-0999)'],
        },
      ]);
      assert.equal(decision.assessment, 'charged');
    });

    it('names the seller and cites clause 7 when the sale was unauthorised', () => {
      const product = registryProduct({ authorizedChannel: false, seller: 'Quick Deals Online' });
      const reason = reasonAbout(decide(claimFor(product), TODAY), 'unofficial_channel');
      assert.match(reason.text.en, /sold by Quick Deals Online.*clause 7 /);
      assert.match(reason.text.zh, /Quick Deals Online.*第7条/);
    });

    it('keeps the registry’s word on an unauthorised sale even when the customer says otherwise', () => {
      const product = registryProduct({ authorizedChannel: false });
      const decision = decide(claimFor(product, [denied('unofficial_channel', 'bought from a NetPosa partner')]), TODAY);
      assert.deepEqual(excludedClauses(decision), ['unofficial_channel']);
      assert.deepEqual(decision.contradictions, []);
    });

    it('ignores a customer’s belief that the warranty has run out', () => {
      const claim = claimFor(registryProduct(), [said('expired', 'it is out of warranty')], { expired: true });
      const decision = decide(claim, TODAY);
      assert.deepEqual(decision.exclusions, []);
      assert.equal(decision.assessment, 'free');
    });
  });

  describe('with a product only the customer has described', () => {
    it('sends a serial missing from the sales records to an engineer for review', () => {
      const decision = decide(claimFor({ source: 'customer', serial: 'NPX99Z0001', model: 'NP-IPC2043' }), TODAY);
      assert.deepEqual(decision.warranty, { status: 'unknown', verified: false });
      assert.equal(decision.assessment, 'review');
      assert.equal(
        decision.reasons[0].text.en,
        "We couldn't find this serial in our sales records, so an engineer will confirm the warranty from your invoice.",
      );
      assert.match(decision.reasons[0].text.zh, /序列号.*发票/);
    });

    it('explains that without a serial the invoice decides the warranty', () => {
      const decision = decide(claimFor({ source: 'customer', model: 'NP-NVR3016' }), TODAY);
      assert.equal(decision.reasons[0].code, 'serial_missing');
      assert.equal(decision.assessment, 'review');
    });

    it('estimates the end date only when both the purchase date and the warranty months are known', () => {
      const dateOnly = decide(claimFor({ source: 'customer', purchaseDate: '2024-05-01' }), TODAY);
      const both = decide(claimFor({ source: 'customer', purchaseDate: '2024-05-01', warrantyMonths: 24 }), TODAY);
      assert.equal(dateOnly.warranty.endDate, undefined);
      assert.deepEqual(both.warranty, { status: 'unknown', endDate: '2026-05-01', verified: false });
    });

    it('does not charge on an estimated end date alone, but says the warranty would have ended', () => {
      const decision = decide(claimFor({ source: 'customer', purchaseDate: '2019-05-01', warrantyMonths: 24 }), TODAY);
      assert.deepEqual(decision.exclusions, []);
      assert.equal(decision.assessment, 'review');
      const estimate = decision.reasons.find((reason) => reason.code === 'estimated_warranty');
      assert.match(estimate?.text.en ?? '', /would have ended on 2021-05-01/);
      assert.match(estimate?.text.zh ?? '', /2021年5月1日结束/);
    });

    it('charges a repair when the customer reports an exclusion', () => {
      const claim = claimFor({ source: 'customer', serial: 'NPX99Z0001' }, [said('abnormal_cause', 'it fell off the pole')]);
      const decision = decide(claim, TODAY);
      assert.equal(decision.warranty.verified, false);
      assert.deepEqual(excludedClauses(decision), ['abnormal_cause']);
      assert.equal(decision.assessment, 'charged');
    });

    it('refuses a purchase date that is not a calendar date', () => {
      const claim = claimFor({ source: 'customer', purchaseDate: '2025-02-30', warrantyMonths: 12 });
      assert.throws(() => decide(claim, TODAY), /2025-02-30/);
    });
  });

  describe('each exclusion clause on its own', () => {
    for (const { clause, number, words } of SCREENED_CLAUSES) {
      it(`charges a repair when the customer answers yes about ${clause}`, () => {
        const decision = decide(claimFor(registryProduct(), [], { [clause]: true }), TODAY);
        assert.deepEqual(excludedClauses(decision), [clause]);
        assert.deepEqual(decision.exclusions[0].evidence, [`answered yes to “${clauseById(clause).screening?.en}”`]);
        assert.equal(decision.assessment, 'charged');
      });

      it(`charges a repair when the customer's words reveal ${clause}, citing clause ${number}`, () => {
        const decision = decide(claimFor(registryProduct(), [said(clause, words)]), TODAY);
        assert.deepEqual(decision.exclusions, [{ clause, evidence: [words] }]);
        const reason = reasonAbout(decision, clause);
        assert.ok(reason.text.en.includes(`“${words}”`) && reason.text.en.includes(`clause ${number} `), reason.text.en);
        assert.ok(reason.text.zh.includes(`“${words}”`) && reason.text.zh.includes(`第${number}条`), reason.text.zh);
      });
    }

    it('quotes the screening question when a yes answer is all there is', () => {
      const reason = reasonAbout(decide(claimFor(registryProduct(), [], { force_majeure: true }), TODAY), 'force_majeure');
      assert.ok(reason.text.en.includes(clauseById('force_majeure').screening?.en ?? '∅'));
      assert.ok(reason.text.zh.includes(clauseById('force_majeure').screening?.zh ?? '∅'));
    });
  });

  describe('denials', () => {
    it('repairs free of charge when the customer says it was never dropped', () => {
      const decision = decide(claimFor(registryProduct(), [denied('abnormal_cause', 'it was never dropped')]), TODAY);
      assert.deepEqual(decision.exclusions, []);
      assert.deepEqual(decision.contradictions, []);
      assert.equal(decision.assessment, 'free');
    });

    it('repairs free of charge when the customer answers no to every screening question', () => {
      const answers = Object.fromEntries(SCREENED_CLAUSES.map(({ clause }) => [clause, false]));
      const decision = decide(claimFor(registryProduct(), [], answers), TODAY);
      assert.deepEqual(decision.exclusions, []);
      assert.equal(decision.assessment, 'free');
    });
  });

  describe('contradictions', () => {
    it('asks for a review when the customer both mentions and denies a fall', () => {
      const decision = decide(
        claimFor(registryProduct(), [said('abnormal_cause', '摔了一下'), denied('abnormal_cause', '没有摔过')]),
        TODAY,
      );
      assert.deepEqual(decision.exclusions, []);
      assert.deepEqual(decision.contradictions, ['abnormal_cause']);
      assert.equal(decision.assessment, 'review');
    });

    it('asks for a review when words say it happened but the screening answer says no', () => {
      const evidence = [said('unauthorized_repair', 'a local shop opened it')];
      const decision = decide(claimFor(registryProduct(), evidence, { unauthorized_repair: false }), TODAY);
      assert.deepEqual(decision.contradictions, ['unauthorized_repair']);
      assert.equal(decision.assessment, 'review');
    });

    it('asks for a review when the screening answer says yes but the words deny it', () => {
      const evidence = [denied('unofficial_software', 'never flashed anything')];
      const decision = decide(claimFor(registryProduct(), evidence, { unofficial_software: true }), TODAY);
      assert.deepEqual(decision.contradictions, ['unofficial_software']);
      assert.equal(decision.assessment, 'review');
    });

    it('quotes both sides and the clause number when explaining a contradiction', () => {
      const evidence = [said('abnormal_cause', 'it fell off the pole'), denied('abnormal_cause', 'it was never dropped')];
      const decision = decide(claimFor(registryProduct(), evidence), TODAY);
      const reason = reasonAbout(decision, 'abnormal_cause');
      assert.equal(reason.code, 'statements_disagree');
      for (const text of [reason.text.en, reason.text.zh]) {
        assert.ok(text.includes('“it fell off the pole”') && text.includes('“it was never dropped”'), text);
      }
      assert.match(reason.text.en, /clause 4 /);
      assert.match(reason.text.zh, /第4条/);
    });

    it('still charges for another exclusion while listing the contradiction', () => {
      const evidence = [
        said('abnormal_cause', 'it fell'),
        denied('abnormal_cause', 'not dropped'),
        said('force_majeure', 'the flood'),
      ];
      const decision = decide(claimFor(registryProduct(), evidence), TODAY);
      assert.deepEqual(excludedClauses(decision), ['force_majeure']);
      assert.deepEqual(decision.contradictions, ['abnormal_cause']);
      assert.equal(decision.assessment, 'charged');
    });
  });

  describe('combinations', () => {
    it('lists an expired warranty and a fall together, in policy order', () => {
      const product = registryProduct({ purchaseDate: '2021-03-02', warrantyMonths: 24 });
      const decision = decide(claimFor(product, [said('abnormal_cause', 'it fell off the pole')]), TODAY);
      assert.deepEqual(excludedClauses(decision), ['expired', 'abnormal_cause']);
      assert.deepEqual(
        decision.reasons.map((reason) => reason.clause).filter(Boolean),
        ['expired', 'abnormal_cause'],
      );
    });

    it('orders exclusions by the policy whatever order the customer mentioned them in', () => {
      const evidence = [
        said('unofficial_channel', 'bought on Xianyu'),
        said('unauthorized_repair', 'opened it'),
        said('improper_use', 'damp warehouse'),
      ];
      const decision = decide(claimFor(registryProduct(), evidence), TODAY);
      assert.deepEqual(excludedClauses(decision), ['improper_use', 'unauthorized_repair', 'unofficial_channel']);
    });

    it('gives both the customer’s words and the screening answer as evidence', () => {
      const evidence = [said('abnormal_cause', '进水了'), said('abnormal_cause', '进水了')];
      const decision = decide(claimFor(registryProduct(), evidence, { abnormal_cause: true }), TODAY);
      const question = clauseById('abnormal_cause').screening?.en;
      assert.deepEqual(decision.exclusions[0].evidence, ['进水了', `answered yes to “${question}”`]);
    });

    it('adds the customer’s words to the registry evidence of an unauthorised sale', () => {
      const claim = claimFor(registryProduct({ authorizedChannel: false }), [said('unofficial_channel', '淘宝二手')]);
      const decision = decide(claim, TODAY);
      assert.equal(decision.exclusions[0].evidence.length, 2);
      assert.equal(decision.exclusions[0].evidence[1], '淘宝二手');
    });
  });

  describe('reasons', () => {
    it('ends with what happens next for each assessment, in both languages', () => {
      const free = decide(claimFor(registryProduct()), TODAY);
      const charged = decide(claimFor(registryProduct(), [said('abnormal_cause', 'dropped')]), TODAY);
      const review = decide(claimFor({ source: 'customer' }), TODAY);
      const closings = [free, charged, review].map((decision) => decision.reasons[decision.reasons.length - 1]);
      assert.ok(closings.every((reason) => reason.code === 'outcome'));
      assert.equal(new Set(closings.map((reason) => reason.text.en)).size, 3);
      assert.equal(new Set(closings.map((reason) => reason.text.zh)).size, 3);
      assert.match(closings[1].text.en, /quote/);
      assert.match(closings[1].text.zh, /报价/);
    });

    it('says “under warranty” only when nothing makes the repair charged', () => {
      const free = decide(claimFor(registryProduct()), TODAY).reasons.find((reason) => reason.code === 'under_warranty');
      assert.ok(free, 'a reason about the warranty');
      assert.equal(free.text.en, 'Your NP-IPC2043 is under warranty until 2027-06-10.');
      assert.equal(free.text.zh, '您的NP-IPC2043在保修期内，保修期至2027年6月10日。');
    });

    it('states a running warranty period as a plain fact when a fall makes the repair charged, in both languages', () => {
      const decision = decide(claimFor(registryProduct(), [said('abnormal_cause', 'it fell off the pole')]), TODAY);
      assert.equal(decision.assessment, 'charged');
      const period = decision.reasons.find((reason) => reason.code === 'under_warranty');
      assert.match(period?.text.en ?? '', /^The warranty period of your NP-IPC2043 runs until 2027-06-10; it covers faults of the product itself/);
      assert.match(period?.text.zh ?? '', /^您的NP-IPC2043的保修期至2027年6月10日；保修针对产品本身的质量问题/);
      const explanation = decision.reasons.map((reason) => reason.text);
      assert.doesNotMatch(explanation.map((text) => text.en).join(' '), /good news|under warranty/i);
      assert.doesNotMatch(explanation.map((text) => text.zh).join(''), /好消息|在保修期内/);
    });

    it('states the warranty period plainly for a sale outside the authorised channels too', () => {
      const decision = decide(claimFor(registryProduct({ authorizedChannel: false })), TODAY);
      assert.doesNotMatch(decision.reasons.map((reason) => reason.text.en).join(' '), /under warranty/);
    });

    it('quotes words that reveal two clauses once, at the first clause, in both languages', () => {
      const words = 'the typhoon knocked it off the pole';
      const decision = decide(claimFor(registryProduct(), [said('abnormal_cause', words), said('force_majeure', words)]), TODAY);
      assert.deepEqual(excludedClauses(decision), ['abnormal_cause', 'force_majeure']);
      const english = decision.reasons.map((reason) => reason.text.en).join('\n');
      const chinese = decision.reasons.map((reason) => reason.text.zh).join('\n');
      for (const text of [english, chinese]) assert.equal(text.split(`“${words}”`).length - 1, 1, text);
      assert.match(reasonAbout(decision, 'abnormal_cause').text.en, /^You mentioned “the typhoon knocked it off the pole”\. Under clause 4 /);
      assert.match(reasonAbout(decision, 'force_majeure').text.en, /^That also comes under clause 5 of the NetPosa service policy: damage from a natural disaster/);
      assert.match(reasonAbout(decision, 'force_majeure').text.zh, /^这也属于NetPosa服务政策第5条的情况：因洪水、地震、台风等自然灾害/);
    });

    it('quotes only the words not quoted yet when a second clause has some of its own', () => {
      const decision = decide(
        claimFor(registryProduct(), [said('abnormal_cause', 'it fell in the flood'), said('force_majeure', 'the flood'), said('force_majeure', 'the river burst its banks')]),
        TODAY,
      );
      const flood = reasonAbout(decision, 'force_majeure');
      assert.match(flood.text.en, /^You mentioned “the river burst its banks”\. Under clause 5 /);
      assert.match(flood.text.zh, /^您提到“the river burst its banks”。根据NetPosa服务政策第5条/);
    });

    it('never blames the customer', () => {
      const everything = SCREENED_CLAUSES.map(({ clause, words }) => said(clause, words));
      const product = registryProduct({ purchaseDate: '2019-01-01', authorizedChannel: false });
      const decision = decide(claimFor(product, everything), TODAY);
      for (const reason of decision.reasons) {
        assert.doesNotMatch(reason.text.en, /your fault|blame|misuse|violat|you broke/i);
        assert.doesNotMatch(reason.text.zh, /责任在您|违规|违反|您弄坏/);
      }
    });
  });

  describe('inputs', () => {
    it('does not change the claim it judges', () => {
      const evidence = [said('unofficial_channel', 'second-hand'), said('abnormal_cause', 'dropped')];
      const claim = claimFor(registryProduct(), evidence, { force_majeure: true });
      const before = structuredClone(claim);
      decide(claim, TODAY);
      assert.deepEqual(claim, before);
    });

    it('refuses a today that is not a calendar date', () => {
      assert.throws(() => decide(claimFor(registryProduct()), '2025-02-29'), /today/);
    });

    it('refuses a registry purchase date that is not a calendar date', () => {
      assert.throws(() => decide(claimFor(registryProduct({ purchaseDate: '2024-06-31' })), TODAY), /purchase date/);
    });

    it('judges only the clauses it is given', () => {
      const withoutAbnormalCauses = POLICY_CLAUSES.filter((clause) => clause.id !== 'abnormal_cause');
      const claim = claimFor(registryProduct(), [said('abnormal_cause', 'dropped')]);
      const decision = decide(claim, TODAY, withoutAbnormalCauses);
      assert.deepEqual(decision.exclusions, []);
      assert.equal(decision.assessment, 'free');
    });
  });
});
