import assert from 'node:assert/strict';
import { parseChoiceNumbers, parseRating, parseYesNo } from '../../../intents/answers/replies';

describe('parseYesNo', () => {
  const cases: Array<[string, boolean | undefined]> = [
    ['yes it did', true],
    ['Yeah', true],
    ['nope', false],
    ['not really', false],
    ['是的', true],
    ['对', true],
    ['有', true],
    ['嗯', true],
    ['没有', false],
    ['不是', false],
    ['没', false],
    ['1', undefined],
    ['what do you mean?', undefined],
  ];
  for (const [reply, expected] of cases) {
    it(`reads "${reply}" as ${String(expected)}`, () => assert.equal(parseYesNo(reply), expected));
  }
});

describe('parseChoiceNumbers', () => {
  const cases: Array<[string, number[]]> = [
    ['1', [1]],
    ['1 and 3', [1, 3]],
    ['1,3', [1, 3]],
    ['第二个', [2]],
    ['一和三', [1, 3]],
    ['2、4', [2, 4]],
    ['7', []],
  ];
  for (const [reply, expected] of cases) {
    it(`reads "${reply}" as ${JSON.stringify(expected)} of 5`, () => assert.deepEqual(parseChoiceNumbers(reply, 5), expected));
  }
});

describe('parseRating', () => {
  const cases: Array<[string, number | undefined]> = [
    ['5', 5],
    ['five', 5],
    ['4 stars', 4],
    ['五星', 5],
    ['五分', 5],
    ['非常满意', 5],
    ['很差', 1],
    ['还可以', 3],
    ['not bad', 4],
    ['bad', 2],
    ['no idea', undefined],
  ];
  for (const [reply, expected] of cases) {
    it(`reads "${reply}" as ${String(expected)}`, () => assert.equal(parseRating(reply), expected));
  }
});
