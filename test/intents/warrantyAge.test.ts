import assert from 'node:assert/strict';
import { checkedAgainstAge, expiredByAge } from '../../intents/warrantyAge';
import type { ExclusionCue } from '../../intents/types';

const TODAY = '2026-11-25';

describe('expiredByAge', () => {
  it('finds the warranty expired when the product was bought longer ago than the longest warranty', () => {
    assert.deepEqual(expiredByAge('no audio on recordings. bought 2018.', 'en', '2018-01-01', TODAY), {
      clause: 'expired',
      text: 'no audio on recordings. bought 2018.',
      negated: false,
    });
  });

  it('leaves a product bought within the longest warranty to the policy engine', () => {
    assert.equal(expiredByAge('bought in 2022', 'en', '2022-01-01', TODAY), undefined);
    assert.equal(expiredByAge('bought five years ago today', 'en', '2021-11-25', TODAY), undefined, 'the last day of 60 months is still covered');
  });

  it('says nothing without a date', () => {
    assert.equal(expiredByAge('my camera is old', 'en', undefined, TODAY), undefined);
  });

  it('believes the customer who says the warranty still runs', () => {
    assert.equal(expiredByAge('it is still under warranty, bought 2019', 'en', '2019-01-01', TODAY), undefined);
    assert.equal(expiredByAge('19年买的 还在保修期内', 'zh', '2019-01-01', TODAY), undefined);
  });

  it('does not mistake where a camera is for a warranty claim', () => {
    assert.ok(expiredByAge('the camera is in the basement since 2015', 'en', '2015-01-01', TODAY));
    assert.ok(expiredByAge('the camera is still in the basement since 2015', 'en', '2015-01-01', TODAY));
  });
});

describe('checkedAgainstAge', () => {
  const readOffAge: ExclusionCue = { clause: 'expired', text: 'bought 6 months ago', negated: false };
  const asked: ExclusionCue = { clause: 'expired', text: 'is it still covered by the warranty', negated: true };

  it('drops an expiry read off the age of a product younger than every warranty', () => {
    assert.deepEqual(checkedAgainstAge([readOffAge], 'zoom stuck, bought 6 months ago', 'en', '2026-05-25', TODAY), []);
  });

  it('keeps the customer\'s own words that the warranty is over, whatever the age', () => {
    const said: ExclusionCue = { clause: 'expired', text: 'the warranty is over', negated: false };
    assert.deepEqual(checkedAgainstAge([said], 'bought 6 months ago and the warranty is over', 'en', '2026-05-25', TODAY), [said]);
  });

  it('leaves ages between the shortest and the longest warranty to the policy engine', () => {
    assert.deepEqual(checkedAgainstAge([readOffAge], 'bought 3 years ago', 'en', '2023-11-25', TODAY), [readOffAge]);
  });

  it('answers an expiry the customer asked about with a date past every warranty', () => {
    const text = 'Our NVR is from 2017, is it still covered by the warranty?';
    assert.deepEqual(checkedAgainstAge([asked], text, 'en', '2017-01-01', TODAY), [{ clause: 'expired', text, negated: false }]);
  });
});
