import assert from 'node:assert/strict';
import { understoodIntent, type RoutingSettings } from '../../dialogs/routing';
import type { Recognition } from '../../intents/types';
import type { IntentName } from '../../src/domain/vocabulary';

const SETTINGS: RoutingSettings = { intentThreshold: 0.5, ambiguityMargin: 0.2, outOfScopeThreshold: 0.8, minKnownWordShare: 0.5, productFaultThreshold: 0.3 };

/** A recognition whose intents are ranked with these scores, the first on top. */
function recognised(ranking: Array<[IntentName, number]>, extra: Partial<Recognition> = {}): Recognition {
  return {
    text: 'words',
    typed: 'words',
    lang: 'en',
    intent: ranking[0][0],
    confidence: ranking[0][1],
    ranking: ranking.map(([intent, score]) => ({ intent, score })),
    knownWordShare: 1,
    symptom: null,
    exclusions: [],
    cues: [],
    entities: {},
    complaint: false,
    answer: { label: 'other', score: 1, knownWordShare: 0 },
    ...extra,
  };
}

describe('understoodIntent', () => {
  it('acts on an intent that is sure and clear of the runner-up', () => {
    assert.equal(understoodIntent(recognised([['feedback', 0.7], ['greet', 0.2]]), SETTINGS), 'feedback');
  });

  it('admits it did not understand a confident intent read from words it mostly never learned', () => {
    assert.equal(understoodIntent(recognised([['report_fault', 0.7], ['greet', 0.1]], { knownWordShare: 0.4, symptom: 'power' }), SETTINGS), undefined);
    assert.equal(understoodIntent(recognised([['report_fault', 0.7], ['greet', 0.1]], { knownWordShare: 0.5, symptom: 'power' }), SETTINGS), 'report_fault');
  });

  it('acts on an unsure guess that the words of the question confirm, and on no other', () => {
    const howMuch = { text: 'camera in my shop dead. how much to fix. dont want long chat' };
    assert.equal(understoodIntent(recognised([['repair_cost', 0.47], ['report_fault', 0.3]], howMuch), SETTINGS), 'repair_cost');
    assert.equal(understoodIntent(recognised([['check_warranty', 0.47], ['report_fault', 0.3]], howMuch), SETTINGS), undefined);
    assert.equal(understoodIntent(recognised([['shipping_address', 0.4], ['report_fault', 0.3]], { text: '摄像头坏了 寄到哪里修' }), SETTINGS), 'shipping_address');
  });

  it('takes a product of ours said to be broken as a fault report, whatever else the head guessed', () => {
    assert.equal(understoodIntent(recognised([['out_of_scope', 0.72], ['report_fault', 0.2]], { text: '编码器坏了 怎么弄' }), SETTINGS), 'report_fault');
    assert.equal(understoodIntent(recognised([['out_of_scope', 0.72], ['report_fault', 0.2]], { text: 'my camera is broken, what do I do' }), SETTINGS), 'report_fault');
    assert.equal(understoodIntent(recognised([['out_of_scope', 0.72], ['report_fault', 0.2]], { text: 'my car is broken, what do I do' }), SETTINGS), undefined);
    assert.equal(understoodIntent(recognised([['report_fault', 0.8], ['greet', 0.1]], { text: 'the NVR is broken', symptom: null }), SETTINGS), 'report_fault');
    const byModel = 'My NP-IPC2043 SN NPC21A00012345 died after the mains voltage spiked last month';
    const withItsSerial = { text: byModel, symptom: 'power' as const, entities: { serial: 'NPC21A00012345', model: 'NP-IPC2043' } };
    assert.equal(understoodIntent(recognised([['out_of_scope', 0.56], ['report_fault', 0.41]], withItsSerial), SETTINGS), 'report_fault');
    const noProduct = { text: 'my car died after the mains voltage spiked last month', symptom: 'power' as const };
    assert.equal(understoodIntent(recognised([['out_of_scope', 0.56], ['report_fault', 0.41]], noProduct), SETTINGS), undefined);
  });

  it('takes a fault report only when it names a fault', () => {
    assert.equal(understoodIntent(recognised([['report_fault', 0.8], ['greet', 0.1]], { symptom: null }), SETTINGS), undefined);
    assert.equal(understoodIntent(recognised([['report_fault', 0.8], ['greet', 0.1]], { symptom: 'no_video' }), SETTINGS), 'report_fault');
  });

  it('admits it did not understand below the threshold', () => {
    assert.equal(understoodIntent(recognised([['feedback', 0.45], ['greet', 0.1]]), SETTINGS), undefined);
  });

  it('admits it did not understand when the top two intents are closer than the margin', () => {
    assert.equal(understoodIntent(recognised([['feedback', 0.55], ['repair_status', 0.4]]), SETTINGS), undefined);
  });

  it('does not take a less sure fault report for one because the symptom head guessed a symptom', () => {
    assert.equal(understoodIntent(recognised([['report_fault', 0.35], ['greet', 0.1]], { symptom: 'power' }), SETTINGS), undefined);
  });

  it('takes a less sure fault report that names our product and a symptom, and only then', () => {
    const story = recognised([['report_fault', 0.35], ['check_warranty', 0.3]], { symptom: 'no_video', entities: { serial: 'NPC21A00012391' } });
    assert.equal(understoodIntent(story, SETTINGS), 'report_fault');
    assert.equal(understoodIntent({ ...story, symptom: null }, SETTINGS), undefined);
    assert.equal(understoodIntent({ ...story, confidence: 0.25 }, SETTINGS), undefined);
    assert.equal(understoodIntent(recognised([['report_fault', 0.35], ['greet', 0.1]], { symptom: 'no_video', entities: { model: 'NP-IPC2043' } }), SETTINGS), 'report_fault');
  });

  it('takes a fault told with a question about its warranty or cost as the fault report when the head is torn between them', () => {
    const fault = { text: '台风把摄像机吹掉下来了，没有画面了，请问保修可以修吗？', lang: 'zh' as const, symptom: 'no_video' as const };
    const torn = recognised([['report_fault', 0.53], ['check_warranty', 0.46]], fault);
    assert.equal(understoodIntent(torn, SETTINGS), 'report_fault');
    // The question its words ask, led by the head: the main dialog hands it to the fault report, which answers it first.
    assert.equal(understoodIntent(recognised([['check_warranty', 0.52], ['report_fault', 0.45]], fault), SETTINGS), 'check_warranty');
    assert.equal(understoodIntent({ ...torn, text: 'words', symptom: null }, SETTINGS), undefined);
    assert.equal(understoodIntent(recognised([['report_fault', 0.53], ['feedback', 0.46]], fault), SETTINGS), undefined);
    // Each below the threshold, together above it: "台风把摄像机吹掉下来…请问保修可以修吗？" at 0.46 and 0.42.
    assert.equal(understoodIntent(recognised([['report_fault', 0.46], ['check_warranty', 0.42]], fault), SETTINGS), 'report_fault');
    assert.equal(understoodIntent(recognised([['report_fault', 0.26], ['check_warranty', 0.25]], fault), SETTINGS), undefined);
  });

  it('takes the question, not a fault, when the head is torn between them and no fault is in the words', () => {
    const asked = { text: '问一下，站里那台录像机还在保修期没有？序列号NPN21A00002245', lang: 'zh' as const, symptom: 'power' as const };
    assert.equal(understoodIntent(recognised([['report_fault', 0.56], ['check_warranty', 0.43]], asked), SETTINGS), 'check_warranty');
  });

  it('takes an unsure out-of-scope that names our product with the words of its fault for a fault report', () => {
    const text = '我手机上看不到家里的摄像头了 显示离线';
    assert.equal(understoodIntent(recognised([['out_of_scope', 0.62], ['report_fault', 0.37]], { text, typed: text, lang: 'zh', symptom: 'network' }), SETTINGS), 'report_fault');
    const weather = 'will it rain tomorrow in Hangzhou?';
    assert.equal(understoodIntent(recognised([['out_of_scope', 0.62], ['report_fault', 0.37]], { text: weather, typed: weather, symptom: 'network' }), SETTINGS), undefined);
    assert.equal(understoodIntent(recognised([['out_of_scope', 0.85], ['report_fault', 0.1]], { text, typed: text, lang: 'zh', symptom: 'network' }), SETTINGS), 'out_of_scope');
  });

  it('takes an unsure fault report naming our product and a fault in its own words, symptom unplaced, for a fault report', () => {
    const ticket = 'the NP-ENC0408 at the depot has been showing NO SIGNAL on channels 2, 3 and 4 since Friday';
    assert.equal(understoodIntent(recognised([['report_fault', 0.45], ['feedback', 0.19]], { text: ticket, typed: ticket, entities: { model: 'NP-ENC0408' } }), SETTINGS), 'report_fault');
    const chat = 'the NP-ENC0408 at the depot, Anna asked me to write';
    assert.equal(understoodIntent(recognised([['report_fault', 0.45], ['feedback', 0.19]], { text: chat, typed: chat, entities: { model: 'NP-ENC0408' } }), SETTINGS), undefined);
  });

  it('sends only a confident out-of-scope to the redirect', () => {
    assert.equal(understoodIntent(recognised([['out_of_scope', 0.75], ['greet', 0.1]]), SETTINGS), undefined);
    assert.equal(understoodIntent(recognised([['out_of_scope', 0.85], ['greet', 0.1]]), SETTINGS), 'out_of_scope');
  });

  it('takes a case number for a status question whatever the words around it', () => {
    assert.equal(understoodIntent(recognised([['greet', 0.3], ['goodbye', 0.25]], { entities: { case: 'RMA-20261124-0007' } }), SETTINGS), 'repair_status');
  });
});
