import assert from 'node:assert/strict';
import { type FeatureCache, TextClassifier } from '../../intents/textClassifier';

const classifier = TextClassifier.train(
  [
    { text: 'hello there', label: 'greet' },
    { text: 'hi, good morning', label: 'greet' },
    { text: 'bye for now', label: 'goodbye' },
    { text: 'see you, thanks', label: 'goodbye' },
  ],
  'en',
);

describe('TextClassifier', () => {
  it('ranks the label a sentence was taught first', () => {
    assert.equal(classifier.classify('hello there')[0].label, 'greet');
    assert.equal(classifier.classify('bye for now')[0].label, 'goodbye');
  });

  it('keeps the features it computed in the cache it is given', () => {
    const featureCache: FeatureCache = new Map();
    classifier.classify('hello there', featureCache);
    assert.ok(featureCache.get('hello there')?.shared.includes('hello'));
  });

  it('uses the features already in the cache instead of computing them again', () => {
    const featureCache: FeatureCache = new Map();
    classifier.classify('bye for now', featureCache);
    const goodbyeFeatures = featureCache.get('bye for now');
    assert.ok(goodbyeFeatures);
    featureCache.set('hello there', goodbyeFeatures);
    assert.equal(classifier.classify('hello there', featureCache)[0].label, 'goodbye');
  });
});
