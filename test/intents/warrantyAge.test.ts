import assert from 'node:assert/strict';
import { expiredByAge } from '../../intents/warrantyAge';

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
