import assert from 'node:assert/strict';
import { ConfigError, loadConfig, officialAccountSettings } from '../src/config';
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

  it('leaves the WeChat Official Account off without WECHAT_OA_APPID, with WeChat\'s own API base', () => {
    const config = loadConfig({});
    assert.equal(officialAccountSettings(config), undefined);
    assert.equal(config.WECHAT_API_BASE, 'https://api.weixin.qq.com');
  });

  it('refuses WECHAT_OA_APPID without its AppSecret and Token, naming both', () => {
    assert.throws(
      () => loadConfig({ WECHAT_OA_APPID: 'wx0123456789abcdef' }),
      (error: unknown) => error instanceof ConfigError && /WECHAT_OA_SECRET: must be set when WECHAT_OA_APPID is/.test(error.message) && /WECHAT_OA_TOKEN/.test(error.message),
    );
  });

  it('turns the Official Account on with its settings, safe mode when the AES key is set', () => {
    const config = loadConfig({
      WECHAT_OA_APPID: 'wx0123456789abcdef',
      WECHAT_OA_SECRET: 'an-app-secret-of-32-characters!!',
      WECHAT_OA_TOKEN: 'netposa2026',
      WECHAT_OA_AES_KEY: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG',
      WECHAT_API_BASE: 'http://127.0.0.1:8080/',
    });
    assert.deepEqual(officialAccountSettings(config), {
      appId: 'wx0123456789abcdef',
      secret: 'an-app-secret-of-32-characters!!',
      token: 'netposa2026',
      aesKey: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG',
      apiBase: 'http://127.0.0.1:8080',
    });
  });

  it('refuses an EncodingAESKey that is not 43 characters', () => {
    assert.throws(() => loadConfig({ WECHAT_OA_AES_KEY: 'short' }), /WECHAT_OA_AES_KEY/);
  });
});
