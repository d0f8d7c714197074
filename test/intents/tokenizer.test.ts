import assert from 'node:assert/strict';
import { detectLanguage, saysEnoughToSwitch } from '../../intents/language';
import { normalizeText, PLACEHOLDERS, tokenize } from '../../intents/tokenizer';

describe('tokenize', () => {
  it('stems English words and masks model and serial numbers', () => {
    const tokens = tokenize('My NP-IPC2043 SN NPC21A00012345 keeps rebooting', 'en');
    assert.ok(tokens.includes('reboot'));
    assert.ok(tokens.includes(PLACEHOLDERS.model));
    assert.ok(tokens.includes(PLACEHOLDERS.serial));
    assert.ok(!tokens.some((token) => token.includes('2043')));
  });

  it('parts English words joined by a slash, so each is read and stemmed as itself', () => {
    const tokens = tokenize('Can I share/sync my albums? The PoE switch is on/off all night', 'en');
    assert.ok(tokens.includes('share') && tokens.includes('sync'));
    assert.ok(tokens.includes('on') && tokens.includes('off'));
    assert.ok(!tokens.some((token) => token.includes('/')));
  });

  it('segments Chinese into words instead of dropping the characters', () => {
    const tokens = tokenize('摄像头没有画面了', 'zh');
    assert.ok(tokens.includes('摄像头'));
    assert.ok(tokens.includes('画面'));
  });

  it('mends the pinyin slips of the trade\'s words, keeping the text\'s length', () => {
    assert.deepEqual(tokenize('录相机黑平了', 'zh'), tokenize('录像机黑屏了', 'zh'));
    assert.equal(normalizeText('摄向头').length, 3);
  });

  it('folds full-width letters and digits into ASCII before masking', () => {
    assert.ok(tokenize('ＮＰ－ＩＰＣ２０４３坏了', 'zh').includes(PLACEHOLDERS.model));
  });
});

describe('detectLanguage', () => {
  it('calls a mostly Chinese message Chinese even with a model name in it', () => {
    assert.equal(detectLanguage('NP-IPC2043没有画面'), 'zh');
  });

  it('calls an English message with one Chinese word English', () => {
    assert.equal(detectLanguage('the camera on the pole in the yard shows 乱码'), 'en');
  });
});

describe('saysEnoughToSwitch', () => {
  it('lets any word settle a conversation that has no language yet', () => {
    assert.equal(saysEnoughToSwitch('好', 'zh', false), true);
    assert.equal(saysEnoughToSwitch('hi', 'en', false), true);
    assert.equal(saysEnoughToSwitch('NPC21A00012345', 'en', false), false);
  });

  it('does not switch a settled conversation on a short reply in the other language', () => {
    assert.equal(saysEnoughToSwitch('5分', 'zh', true), false);
    assert.equal(saysEnoughToSwitch('好的', 'zh', true), false);
    assert.equal(saysEnoughToSwitch('ok thanks', 'en', true), false);
  });

  it('switches a settled conversation on a sentence in the other language', () => {
    assert.equal(saysEnoughToSwitch('摄像头没有画面了', 'zh', true), true);
    assert.equal(saysEnoughToSwitch('my camera has no video', 'en', true), true);
  });
});
