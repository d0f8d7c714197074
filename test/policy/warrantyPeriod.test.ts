// Tests the calendar arithmetic of warranty periods.
import assert from 'node:assert/strict';
import { assertIsoDate, isWithinWarranty, warrantyEndDate } from '../../src/policy/warrantyPeriod';

describe('warrantyEndDate', () => {
  it('ends on the same day of the month the given number of months later', () => {
    assert.equal(warrantyEndDate('2023-06-10', 24), '2025-06-10');
  });

  it('carries into the next year', () => {
    assert.equal(warrantyEndDate('2024-11-15', 3), '2025-02-15');
  });

  it('clamps January 31 plus one month to February 29 in a leap year', () => {
    assert.equal(warrantyEndDate('2024-01-31', 1), '2024-02-29');
  });

  it('clamps January 31 plus one month to February 28 in a common year', () => {
    assert.equal(warrantyEndDate('2023-01-31', 1), '2023-02-28');
  });

  it('clamps the 31st to the 30th of a thirty-day month', () => {
    assert.equal(warrantyEndDate('2024-03-31', 1), '2024-04-30');
  });

  it('moves a leap-day purchase to February 28 of a common year', () => {
    assert.equal(warrantyEndDate('2024-02-29', 12), '2025-02-28');
  });

  it('keeps a leap-day purchase on February 29 four years later', () => {
    assert.equal(warrantyEndDate('2024-02-29', 48), '2028-02-29');
  });

  it('treats 1900 as a common year and 2000 as a leap year', () => {
    assert.equal(warrantyEndDate('1900-01-29', 1), '1900-02-28');
    assert.equal(warrantyEndDate('2000-01-30', 1), '2000-02-29');
  });

  it('ends on the purchase day for a warranty of zero months', () => {
    assert.equal(warrantyEndDate('2025-05-05', 0), '2025-05-05');
  });

  for (const badDate of ['2025-02-30', '2023-02-29', '2025-13-01', '2025-00-10', '2025-2-3', 'yesterday', '']) {
    it(`refuses the purchase date "${badDate}"`, () => {
      assert.throws(() => warrantyEndDate(badDate, 12), /purchase date/);
    });
  }

  for (const badMonths of [-1, 1.5, Number.NaN]) {
    it(`refuses ${badMonths} warranty months`, () => {
      assert.throws(() => warrantyEndDate('2024-01-01', badMonths), /warranty months/);
    });
  }
});

describe('isWithinWarranty', () => {
  it('covers the last day of the warranty', () => {
    assert.equal(isWithinWarranty('2025-06-10', '2025-06-10'), true);
  });

  it('no longer covers the day after the last day', () => {
    assert.equal(isWithinWarranty('2025-06-11', '2025-06-10'), false);
  });

  it('covers a day long before the end', () => {
    assert.equal(isWithinWarranty('2019-12-31', '2025-06-10'), true);
  });

  it('refuses a today that is not a calendar date', () => {
    assert.throws(() => isWithinWarranty('2025-04-31', '2025-06-10'), /today/);
  });
});

describe('assertIsoDate', () => {
  it('accepts a real date and names the field of a false one', () => {
    assert.doesNotThrow(() => assertIsoDate('2024-02-29', 'delivery date'));
    assert.throws(() => assertIsoDate('2025-02-29', 'delivery date'), /delivery date "2025-02-29"/);
  });
});
