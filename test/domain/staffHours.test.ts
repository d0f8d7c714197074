import assert from 'node:assert/strict';
import { describeNextOpening, describeStaffHours, isStaffTime, parseStaffHours, StaffHoursError } from '../../src/domain/staffHours';

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

describe('isStaffTime and describeNextOpening', () => {
  const weekdays = parseStaffHours('Mon-Fri 09:00-18:00; Sat 09:00-12:00');
  // 2026-11-25 is a Wednesday; Beijing is eight hours ahead of UTC.
  const wednesdayAt = (beijing: string) => new Date(`2026-11-25T${beijing}:00+08:00`);

  it('counts the team at work from opening time up to, not including, closing time (Beijing time)', () => {
    assert.equal(isStaffTime(weekdays, wednesdayAt('08:59')), false);
    assert.equal(isStaffTime(weekdays, wednesdayAt('09:00')), true);
    assert.equal(isStaffTime(weekdays, wednesdayAt('17:59')), true);
    assert.equal(isStaffTime(weekdays, wednesdayAt('18:00')), false);
  });

  it('reads the weekday in Beijing, not in UTC', () => {
    // Saturday 10:00 in Beijing is still Saturday 02:00 UTC; Sunday 01:00 in Beijing is Saturday 17:00 UTC.
    assert.equal(isStaffTime(weekdays, new Date('2026-11-28T02:00:00Z')), true);
    assert.equal(isStaffTime(weekdays, new Date('2026-11-28T17:00:00Z')), false);
  });

  it('names today when the team opens later the same day', () => {
    assert.equal(describeNextOpening(weekdays, wednesdayAt('07:30'), 'en'), 'today at 9:00 (Beijing time)');
    assert.equal(describeNextOpening(weekdays, wednesdayAt('07:30'), 'zh'), '今天 9:00（北京时间）');
  });

  it('names the next working day after hours, across the weekend', () => {
    assert.equal(describeNextOpening(weekdays, wednesdayAt('19:00'), 'en'), 'Thursday at 9:00 (Beijing time)');
    assert.equal(describeNextOpening(weekdays, new Date('2026-11-28T12:00:00+08:00'), 'en'), 'Monday at 9:00 (Beijing time)');
    assert.equal(describeNextOpening(weekdays, new Date('2026-11-28T12:00:00+08:00'), 'zh'), '周一 9:00（北京时间）');
  });
});
