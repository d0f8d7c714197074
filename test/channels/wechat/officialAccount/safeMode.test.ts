import assert from 'node:assert/strict';
import { decryptPush, ForeignAppIdError, SafeModeError } from '../../../../src/channels/wechat/officialAccount/safeMode';
import { encryptPush } from '../fakeWeChatApi';

const AES_KEY = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';
const APP_ID = 'wx0123456789abcdef';

describe('Safe mode', () => {
  it('decrypts what WeChat encrypts, Chinese text and all', () => {
    const xml = '<xml><Content><![CDATA[摄像头没有画面了]]></Content></xml>';
    assert.equal(decryptPush(AES_KEY, encryptPush(AES_KEY, xml, APP_ID), APP_ID), xml);
  });

  it('decrypts a message whose padding is a whole 32-byte block', () => {
    // 16 random + 4 length + 26 message + 18 AppID = 64 bytes: WeChat then pads with a whole block of 32.
    const xml = 'x'.repeat(64 - 16 - 4 - APP_ID.length);
    assert.equal(decryptPush(AES_KEY, encryptPush(AES_KEY, xml, APP_ID), APP_ID), xml);
  });

  it('refuses a message encrypted for another AppID', () => {
    assert.throws(() => decryptPush(AES_KEY, encryptPush(AES_KEY, '<xml/>', 'wxffffffffffffffff'), APP_ID), ForeignAppIdError);
  });

  it('refuses ciphertext made with another key, or not ciphertext at all, without throwing anything else', () => {
    const otherKey = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefg';
    assert.throws(() => decryptPush(AES_KEY, encryptPush(otherKey, '<xml/>', APP_ID), APP_ID), SafeModeError);
    assert.throws(() => decryptPush(AES_KEY, 'bm90IGNpcGhlcnRleHQ=', APP_ID), SafeModeError);
  });
});
