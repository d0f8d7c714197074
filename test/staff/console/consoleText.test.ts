// The console's own texts: the same keys and placeholders in English and Chinese, and every key the page and its script use.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import en from '../../../src/staff/console/i18n.en.json';
import zh from '../../../src/staff/console/i18n.zh.json';
import { CASE_STATUSES } from '../../../src/domain/repairCase';
import { CLAUSE_IDS, LANGUAGES, SYMPTOMS } from '../../../src/domain/vocabulary';

const ASSETS = path.join(__dirname, '../../../src/staff/console/assets');
const english: Record<string, string> = en;
const chinese: Record<string, string> = zh;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('The staff console texts', () => {
  it('hold the same keys with the same placeholders in English and Chinese, none empty', () => {
    assert.deepEqual(Object.keys(chinese).sort(), Object.keys(english).sort());
    for (const key of Object.keys(english)) {
      assert.deepEqual(placeholders(chinese[key]), placeholders(english[key]), key);
      assert.ok(english[key].trim() && chinese[key].trim(), key);
    }
  });

  it('have every key the page and the script ask for', () => {
    const html = readFileSync(path.join(ASSETS, 'index.html'), 'utf8');
    const script = readFileSync(path.join(ASSETS, 'console.js'), 'utf8');
    const used = new Set<string>();
    for (const match of html.matchAll(/data-i18n(?:-[a-z]+)?="([\w.]+)"/g)) used.add(match[1]);
    for (const match of script.matchAll(/\bt\('([\w.]+)'/g)) used.add(match[1]);
    for (const match of script.matchAll(/'data-template': '([\w.]+)'/g)) used.add(match[1]);
    // Labels the script builds from the server's vocabulary.
    const vocabulary: Record<string, readonly string[]> = {
      caseStatus: CASE_STATUSES,
      clause: CLAUSE_IDS,
      symptom: SYMPTOMS,
      language: LANGUAGES,
      assessment: ['free', 'charged', 'review'],
      warranty: ['in_warranty', 'expired', 'unknown'],
      consent: ['pending', 'accepted', 'declined'],
      status: ['bot', 'waiting', 'active', 'closed'],
      reason: ['customer_request', 'not_understood', 'needs_decision', 'complaint'],
      role: ['agent', 'admin'],
      live: ['online', 'connecting', 'offline'],
    };
    for (const [prefix, values] of Object.entries(vocabulary)) for (const value of values) used.add(`${prefix}.${value}`);
    assert.ok(used.size > 100);
    assert.deepEqual([...used].filter((key) => !(key in english)), []);
  });
});
