import assert from 'node:assert/strict';
import { describeStaffHours, parseStaffHours, StaffHoursError } from '../../src/domain/staffHours';

describe('Staff hours', () => {
  it('reads a weekday range and a single day, each with its own hours', () => {
    assert.deepEqual(parseStaffHours('Mon-Fri 09:00-18:00; Sat 09:00-12:00'), [
      { days: { kind: 'range', from: 'Mon', to: 'Fri' }, opens: '09:00', closes: '18:00' },
      { days: { kind: 'list', days: ['Sat'] }, opens: '09:00', closes: '12:00' },
    ]);
  });

  it('accepts en dashes, lower case and a list of days', () => {
    assert.deepEqual(parseStaffHours('mon,wed 9:30–17:00'), [{ days: { kind: 'list', days: ['Mon', 'Wed'] }, opens: '09:30', closes: '17:00' }]);
  });

  const badSchedules: Array<[string, RegExp]> = [
    ['Mon-Fry 09:00-18:00', /"Fry" is not a day/],
    ['Mon-Fri 09:00-25:00', /"25:00" is not a time of day/],
    ['Mon-Fri 18:00-09:00', /closes \(09:00\) before it opens \(18:00\)/],
    ['Fri-Mon 09:00-18:00', /days run backwards/],
    ['Mon-Fri 09:00-18:00; Fri 09:00-12:00', /"Fri 09:00-12:00": Fri is already given/],
    ['weekdays nine to six', /"weekdays nine to six" is not "days HH:MM-HH:MM"/],
    [' ; ', /names no days and hours/],
  ];
  for (const [text, problem] of badSchedules) {
    it(`refuses "${text}", naming the bad part`, () => {
      assert.throws(() => parseStaffHours(text), (error: unknown) => error instanceof StaffHoursError && problem.test(error.message));
    });
  }

  it('words a schedule in English, in Beijing time', () => {
    assert.equal(
      describeStaffHours(parseStaffHours('Mon-Fri 09:00-18:00; Sat 09:00-12:00'), 'en'),
      'Monday to Friday 9:00–18:00; Saturday 9:00–12:00 (Beijing time)',
    );
  });

  it('words a schedule in Chinese, in Beijing time', () => {
    assert.equal(
      describeStaffHours(parseStaffHours('Mon-Fri 09:00-18:00; Sat 09:00-12:00'), 'zh'),
      '周一至周五 9:00–18:00，周六 9:00–12:00（北京时间）',
    );
    assert.equal(describeStaffHours(parseStaffHours('Mon,Wed 08:30-17:30'), 'zh'), '周一、周三 8:30–17:30（北京时间）');
  });
});
