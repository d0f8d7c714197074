// Tests the troubleshooting knowledge base: full coverage, language parity, fallback and safety of each routine.
import assert from 'node:assert/strict';
import { SYMPTOMS } from '../../src/domain/vocabulary';
import { troubleshootingSteps } from '../../src/troubleshooting/knowledgeBase';
import { ROUTINE_CATEGORIES } from '../../src/troubleshooting/routineCategory';

const ids = (symptom: Parameters<typeof troubleshootingSteps>[0], category: string | undefined) =>
  troubleshootingSteps(symptom, category).map((step) => step.id);

describe('troubleshootingSteps', () => {
  for (const category of ROUTINE_CATEGORIES) {
    for (const symptom of SYMPTOMS) {
      it(`gives at least three distinct steps, written in both languages, for ${symptom} on ${category}`, () => {
        const steps = troubleshootingSteps(symptom, category);
        assert.ok(steps.length >= 3, `only ${steps.length} steps`);
        assert.equal(new Set(steps.map((step) => step.id)).size, steps.length, 'a step is repeated');
        for (const step of steps) {
          assert.ok(step.text.en.trim().length > 0, `${step.id} has no English text`);
          assert.ok(step.text.zh.trim().length > 0, `${step.id} has no Chinese text`);
        }
      });
    }
  }

  it('falls back to the general routine for a category it does not know', () => {
    assert.deepEqual(ids('power', 'video decoder'), ids('power', 'default'));
    assert.notDeepEqual(ids('power', 'video decoder'), ids('power', 'camera'));
  });

  it('falls back to the general routine when the category is missing', () => {
    assert.deepEqual(ids('network', undefined), ids('network', 'default'));
  });

  it('gives a PTZ dome the camera routine, but dome steps for pan, tilt and zoom', () => {
    for (const symptom of SYMPTOMS.filter((one) => one !== 'ptz')) assert.deepEqual(ids(symptom, 'ptz dome'), ids(symptom, 'camera'), symptom);
    assert.ok(ids('ptz', 'ptz dome').every((id) => id.startsWith('ptz.dome-') || id === 'ptz.rs485'));
  });

  it('never gives dome steps (24 V AC, pan and tilt) for a camera whose zoom fails', () => {
    const texts = troubleshootingSteps('ptz', 'camera').map((step) => `${step.text.en} ${step.text.zh}`);
    assert.ok(texts.length >= 2);
    for (const text of texts) assert.doesNotMatch(text, /24 ?V|dome|pan|tilt|球机|云台|水平转/u);
  });

  it('gives different advice for each product category', () => {
    const families = ROUTINE_CATEGORIES.filter((category) => category !== 'ptz_dome');
    const routinesForRecording = families.map((category) => ids('recording', category).join());
    assert.equal(new Set(routinesForRecording).size, families.length);
  });

  it('starts a camera without power at its 12 V adapter and PoE port', () => {
    const [adapter, poe] = troubleshootingSteps('power', 'camera');
    assert.match(adapter?.text.en ?? '', /12 V DC, at least 1 A, centre-positive/);
    assert.match(poe?.text.en ?? '', /802\.3at/);
  });

  it('offers the NP Device Finder reset before the factory-reset button for a forgotten camera password', () => {
    const texts = troubleshootingSteps('login', 'camera').map((step) => step.text.en);
    const finder = texts.findIndex((text) => text.includes('NP Device Finder'));
    const button = texts.findIndex((text) => text.includes('RESET button'));
    assert.ok(finder >= 0 && button > finder, `Device Finder at ${finder}, RESET button at ${button}`);
  });

  it('warns against opening the housing when a camera has no power', () => {
    const texts = troubleshootingSteps('power', 'camera').map((step) => step.text);
    assert.ok(texts.some((text) => /don't open the camera housing/.test(text.en) && /不要自行拆开/.test(text.zh)));
  });

  it('hands out copies, so a caller cannot change the knowledge base', () => {
    const first = troubleshootingSteps('audio', 'nvr');
    const original = first.map((step) => ({ ...step.text }));
    const [head] = first;
    assert.ok(head);
    head.text.en = 'changed';
    first.pop();
    const again = troubleshootingSteps('audio', 'nvr');
    assert.deepEqual(
      again.map((step) => step.text),
      original,
    );
  });
});
