import assert from 'node:assert/strict';
import { ExclusionDetector } from '../../intents/exclusionDetector';

/** A few labelled lines are enough here: these cases turn on the policy's cue words and on negation. */
const englishDetector = ExclusionDetector.train(
  [
    { text: 'the camera fell off the pole', mentioned: ['abnormal_cause'] },
    { text: 'it was never dropped', mentioned: ['abnormal_cause'] },
    { text: 'someone opened the case', mentioned: ['unauthorized_repair'] },
    { text: 'the camera was exposed to water', mentioned: ['abnormal_cause'] },
    { text: 'the screen is black', mentioned: [] },
    { text: 'hello there', mentioned: [] },
  ],
  'en',
);
const chineseDetector = ExclusionDetector.train(
  [
    { text: '摄像头从杆子上掉下来了', mentioned: ['abnormal_cause'] },
    { text: '设备没有摔过', mentioned: ['abnormal_cause'] },
    { text: '用的官方固件', mentioned: ['unofficial_software'] },
    { text: '画面是黑的', mentioned: [] },
    { text: '你好', mentioned: [] },
  ],
  'zh',
);

function denied(detector: ExclusionDetector, text: string): Record<string, boolean> {
  return Object.fromEntries(detector.detect(text).map((cue) => [cue.clause, cue.negated]));
}

describe('ExclusionDetector', () => {
  it('reports a fall as an abnormal cause in the customer\'s own words', () => {
    const [cue] = englishDetector.detect('My camera fell off the pole and shows no video');
    assert.equal(cue.clause, 'abnormal_cause');
    assert.equal(cue.negated, false);
    assert.equal(cue.text, 'My camera fell off the pole');
  });

  for (const text of ['it was never dropped', "it wasn't dropped", 'it was not exposed to water']) {
    it(`treats "${text}" as a denied abnormal cause`, () => {
      assert.equal(denied(englishDetector, text).abnormal_cause, true);
    });
  }

  it('treats "nobody opened it up" as a denied unauthorised repair', () => {
    assert.equal(denied(englishDetector, 'nobody opened it up').unauthorized_repair, true);
  });

  it('keeps a negation inside its own clause', () => {
    const cues = denied(englishDetector, "it wasn't opened, but it was dropped");
    assert.equal(cues.abnormal_cause, false);
  });

  for (const text of ['没有摔过', '没进水']) {
    it(`treats "${text}" as a denied abnormal cause`, () => {
      assert.equal(denied(chineseDetector, text).abnormal_cause, true);
    });
  }

  it('treats 从来没拆过 as a denied unauthorised repair', () => {
    assert.equal(denied(chineseDetector, '从来没拆过').unauthorized_repair, true);
  });

  it('treats 不是二手的 as a denied unofficial channel', () => {
    assert.equal(denied(chineseDetector, '不是二手的').unofficial_channel, true);
  });

  it('treats 用的官方固件 as a denied unofficial software', () => {
    assert.equal(denied(chineseDetector, '用的官方固件').unofficial_software, true);
  });

  it('keeps 摔了 affirmed when the negation only follows it', () => {
    assert.equal(denied(chineseDetector, '摔了以后没有画面').abnormal_cause, false);
  });

  it('reads a conditional mention as not affirmed', () => {
    assert.equal(denied(englishDetector, 'if it was dropped, is it covered').abnormal_cause, true);
    assert.equal(denied(chineseDetector, '如果是摔坏的算保修吗').abnormal_cause, true);
  });

  it('keeps a negation inside its own space-separated Chinese clause', () => {
    assert.equal(denied(chineseDetector, '没有拆过 但是摔了').abnormal_cause, false);
  });

  it('reads 过保没 as a question, not an expired warranty', () => {
    assert.equal(denied(chineseDetector, '录像机不录像了 这个过保没').expired, true);
  });

  it('reads use within the rated conditions as a denied improper use', () => {
    assert.equal(denied(englishDetector, 'it sits in steam within spec').improper_use, true);
  });
});

