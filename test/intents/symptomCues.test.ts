import assert from 'node:assert/strict';
import { hintsAtSymptom, onlySymptomHinted, saysNothingIsBroken, saysProductBroken, symptomCueFeatures } from '../../intents/symptomCues';

describe('symptomCueFeatures', () => {
  it('hints at no video for a black screen in English and in Chinese', () => {
    assert.deepEqual(symptomCueFeatures('the NVR shows a black screen', 1), ['!cue1:no_video']);
    assert.deepEqual(symptomCueFeatures('录像机黑屏了', 1), ['!cue1:no_video']);
  });

  it('hints at image quality for blurry or infrared trouble', () => {
    assert.ok(symptomCueFeatures('the picture is blurry at night', 1).includes('!cue1:image_quality'));
    assert.ok(symptomCueFeatures('晚上红外灯不亮', 1).includes('!cue1:image_quality'));
  });

  it('hints at every symptom a sentence names', () => {
    const features = symptomCueFeatures('云台转不动，而且一直掉线', 1);
    assert.ok(features.includes('!cue1:ptz'));
    assert.ok(features.includes('!cue1:network'));
  });

  it('hints at PTZ, not power, for a dome that "won\'t turn" or is "stuck looking at" one place; "won\'t turn on" is power', () => {
    assert.deepEqual(symptomCueFeatures("the ptz won't turn anymore, it's stuck looking at the bike racks", 1), ['!cue1:ptz']);
    assert.deepEqual(symptomCueFeatures("the camera won't turn on", 1), ['!cue1:power']);
  });

  it('gives each hint as many features as its weight', () => {
    assert.deepEqual(symptomCueFeatures('the camera keeps rebooting', 3), ['!cue1:power', '!cue2:power', '!cue3:power']);
  });

  it('gives no hint for a greeting or at weight 0', () => {
    assert.deepEqual(symptomCueFeatures('hello there, thanks for your help', 3), []);
    assert.deepEqual(symptomCueFeatures('the camera keeps rebooting', 0), []);
  });
});

describe('hintsAtSymptom', () => {
  for (const text of ['摄像机画面有一条条横纹', 'the picture is milky at night', 'the image keeps flickering', '画面一闪一闪的']) {
    it(`hears image quality named in "${text}"`, () => assert.equal(hintsAtSymptom(text, 'image_quality'), true));
  }
  for (const [text, symptom] of [['does the warranty cover lightning? We get a lot of storms here.', 'power'], ["Actually, let's not. I'll get them to come out.", 'power'], ['Our patrol roster depends on that camera.', 'ptz']] as const) {
    it(`hears no ${symptom} fault named in "${text}"`, () => assert.equal(hintsAtSymptom(text, symptom), false));
  }
});


describe('saysNothingIsBroken', () => {
  for (const text of ['so it ends tomorrow? Nothing is broken right now.', 'everything works, I only ask about the warranty', '那就是明天到期？目前一切正常', '现在还没坏，就问问', 'is water damage covered on the cameras? Just asking, nothing happened.']) {
    it(`hears no fault in "${text}"`, () => assert.equal(saysNothingIsBroken(text), true));
  }
  for (const text of ['收银台那一路没画面了 其他路都正常', 'everything works except channel 3', '电源一切正常，就是不出图', 'the camera is broken', 'I pressed reset and nothing happened']) {
    it(`hears a fault may be told in "${text}"`, () => assert.equal(saysNothingIsBroken(text), false));
  }
});

describe('saysProductBroken', () => {
  for (const text of ['Reporting a hardware fault on our VMS server, the PSU LED is amber. Please open an RMA.', 'please open an RMA for this NVR', '这台录像机要报修', 'my camera is broken, what do I do', 'the 16-channel licence will not activate on the new machine', '新服务器上授权激活不了']) {
    it(`hears a product of ours said to be broken in "${text}"`, () => assert.equal(saysProductBroken(text), true));
  }
  for (const text of ['is the camera covered?', 'the fault LED on the server is green, all fine', 'what does RMA stand for?', 'how do I activate the licence?']) {
    it(`hears no such thing in "${text}"`, () => assert.equal(saysProductBroken(text), false));
  }
});

describe('onlySymptomHinted', () => {
  it('names the one symptom hinted, no video among others, and none where several others are', () => {
    assert.equal(onlySymptomHinted('the picture is blurry'), 'image_quality');
    assert.equal(onlySymptomHinted('现在开机没图像'), 'no_video');
    assert.equal(onlySymptomHinted('the IR is off and it keeps rebooting'), undefined);
    assert.equal(onlySymptomHinted('hello there'), undefined);
  });
});
