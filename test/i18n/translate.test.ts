// Every sentence the assistant says exists in English and Chinese, with the same placeholders, and every key the code uses exists.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { catalog, t } from '../../src/i18n/translate';
import { SYMPTOMS } from '../../src/domain/vocabulary';
import { CASE_STATUSES } from '../../src/domain/repairCase';

const ROOT = path.join(__dirname, '../..');
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

function sourceFiles(folder: string): string[] {
  return readdirSync(path.join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => path.join(ROOT, folder, file));
}

describe('Locale files', () => {
  const en = catalog('en');
  const zh = catalog('zh');

  it('hold the same keys in English and Chinese', () => {
    assert.deepEqual(Object.keys(zh).sort(), Object.keys(en).sort());
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(en)) assert.deepEqual(placeholders(zh[key]), placeholders(en[key]), key);
  });

  it('write Chinese in Chinese and never leave a text empty', () => {
    for (const key of Object.keys(en)) {
      assert.ok(en[key].trim().length > 0, `en ${key}`);
      assert.match(zh[key], /[\u4e00-\u9fff]/, `zh ${key}`);
    }
  });

  it('have every key the dialogs and the bot ask for', () => {
    const used = new Set<string>();
    for (const file of [...sourceFiles('dialogs'), ...sourceFiles('src')]) {
      const source = readFileSync(file, 'utf8');
      for (const match of source.matchAll(/\bt\([^,]+,\s*'([\w.]+)'/g)) used.add(match[1]);
      for (const match of source.matchAll(/label: '([\w.]+)'/g)) used.add(match[1]);
    }
    // Keys built from the contract's vocabulary: symptom.*, caseStatus.*, assessment.* and case.next.*.
    for (const symptom of SYMPTOMS) used.add(`symptom.${symptom}`);
    for (const status of CASE_STATUSES) used.add(`caseStatus.${status}`);
    for (const assessment of ['free', 'charged', 'review']) used.add(`assessment.${assessment}`).add(`case.next.${assessment}`);
    assert.ok(used.size > 50, `found ${used.size} keys in the code`);
    for (const key of used) assert.ok(key in en, `missing key ${key}`);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    assert.equal(t('en', 'case.opened', { caseId: 'RMA-20261125-0001' }), 'Your repair case is open: RMA-20261125-0001.');
    assert.match(t('zh', 'case.opened'), /\{caseId\}/);
  });
});
