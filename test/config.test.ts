import assert from 'node:assert/strict';
import { ConfigError, loadConfig } from '../src/config';
import { DEFAULT_STAFF_HOURS, parseStaffHours } from '../src/domain/staffHours';

describe('Configuration', () => {
  it('takes staff hours Monday to Friday 09:00-18:00 when STAFF_HOURS is unset', () => {
    assert.equal(DEFAULT_STAFF_HOURS, 'Mon-Fri 09:00-18:00');
    assert.deepEqual(loadConfig({}).STAFF_HOURS, parseStaffHours('Mon-Fri 09:00-18:00'));
  });

  it('parses STAFF_HOURS into a schedule once, at start-up', () => {
    assert.deepEqual(loadConfig({ STAFF_HOURS: 'Mon-Fri 09:00-18:00; Sat 09:00-12:00' }).STAFF_HOURS, parseStaffHours('Mon-Fri 09:00-18:00; Sat 09:00-12:00'));
  });

  it('refuses a bad STAFF_HOURS, naming the variable and the part that is wrong', () => {
    assert.throws(
      () => loadConfig({ STAFF_HOURS: 'Mon-Fri 09:00-18:00; Sun 10:00-9:00' }),
      (error: unknown) => error instanceof ConfigError && /STAFF_HOURS: "Sun 10:00-9:00": closes \(9:00\) before it opens \(10:00\)/.test(error.message),
    );
  });

  it('refuses a return to the queue that would come before the reminder, naming STAFF_RETURN_MINUTES', () => {
    assert.throws(
      () => loadConfig({ STAFF_REMINDER_MINUTES: '10', STAFF_RETURN_MINUTES: '10' }),
      (error: unknown) => error instanceof ConfigError && /STAFF_RETURN_MINUTES: must be more than STAFF_REMINDER_MINUTES/.test(error.message),
    );
    assert.equal(loadConfig({ STAFF_REMINDER_MINUTES: '10', STAFF_RETURN_MINUTES: '11' }).STAFF_RETURN_MINUTES, 11);
  });
});
