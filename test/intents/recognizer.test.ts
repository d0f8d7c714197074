import assert from 'node:assert/strict';
import { createRecognizer } from '../../intents/recognizer';
import type { Recognizer } from '../../intents/types';

const TODAY = '2025-11-20';

describe('Recognizer (trained on intents/corpus/*.train.jsonl)', () => {
  let recognizer: Recognizer;
  before(() => {
    recognizer = createRecognizer({ models: ['NP-IPC2043'] });
  });

  it('takes a whole fault report in one English sentence', () => {
    const result = recognizer.recognize('My NP-IPC2043 SN NPC21A00012345 fell off the pole and shows no video', { today: TODAY });
    assert.equal(result.lang, 'en');
    assert.equal(result.intent, 'report_fault');
    assert.equal(result.symptom, 'no_video');
    assert.deepEqual(result.exclusions, ['abnormal_cause']);
    assert.equal(result.entities.serial, 'NPC21A00012345');
    assert.equal(result.entities.model, 'NP-IPC2043');
  });

  it('takes the same fault report in Chinese', () => {
    const result = recognizer.recognize('我的NP-IPC2043，序列号NPC21A00012345，从杆子上摔下来了，现在没有画面', { today: TODAY });
    assert.equal(result.lang, 'zh');
    assert.equal(result.intent, 'report_fault');
    assert.equal(result.symptom, 'no_video');
    assert.deepEqual(result.exclusions, ['abnormal_cause']);
    assert.equal(result.entities.serial, 'NPC21A00012345');
    assert.equal(result.entities.model, 'NP-IPC2043');
  });

  it('finds no exclusion in "it was never dropped"', () => {
    const result = recognizer.recognize('it was never dropped', { today: TODAY });
    assert.deepEqual(result.exclusions, []);
    assert.ok(result.cues.some((cue) => cue.clause === 'abnormal_cause' && cue.negated));
  });

  it('gives probabilities that sum to one', () => {
    const { ranking } = recognizer.recognize('where do I send the camera for repair?');
    const total = ranking.reduce((sum, entry) => sum + entry.score, 0);
    assert.ok(Math.abs(total - 1) < 1e-9);
  });

  it('leaves the symptom empty for a greeting', () => {
    assert.equal(recognizer.recognize('hello there').symptom, null);
  });
});
