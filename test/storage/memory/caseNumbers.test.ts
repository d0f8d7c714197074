// Case numbers under memory storage: never issued twice, also after the process restarts.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { caseNumbersInFile } from '../../../src/storage/memory/caseNumbers';
import { start } from '../../../src/index';
import { sampleNewCase } from '../contract/sampleCase';

function ledgerFile(): string {
  return path.join(mkdtempSync(path.join(os.tmpdir(), 'case-numbers-')), 'nested', 'case-numbers.json');
}

describe('caseNumbersInFile', () => {
  it('goes on from the last number of each day that an earlier process issued', () => {
    const file = ledgerFile();
    const before = caseNumbersInFile(file);
    assert.deepEqual([before.next('20261125'), before.next('20261125'), before.next('20261126')], [1, 2, 1]);
    const afterRestart = caseNumbersInFile(file);
    assert.deepEqual([afterRestart.next('20261125'), afterRestart.next('20261126'), afterRestart.next('20261127')], [3, 2, 1]);
  });

  it('refuses a file that is not a ledger, naming it, rather than starting over from 1', () => {
    const file = ledgerFile();
    caseNumbersInFile(file).next('20261125');
    writeFileSync(file, '{"20261125": "seven"}');
    assert.throws(() => caseNumbersInFile(file), (error: Error) => error.message.startsWith(`${file}: not a case-number ledger`));
    assert.equal(readFileSync(file, 'utf8'), '{"20261125": "seven"}');
  });
});

describe('Case ids across a restart with memory storage', function () {
  this.timeout(120000);

  it('never gives a case id that the previous process gave', async () => {
    const env = { PORT: '0', BOT_TODAY: '2026-11-25', LOG_LEVEL: 'silent', CASE_NUMBERS_FILE: ledgerFile() };
    const opened = { day: '2026-11-25', at: new Date('2026-11-25T09:00:00Z') };
    const first = await start(env);
    const before = await first.stores.cases.create(sampleNewCase('conv-a'), opened);
    await first.stop();
    const second = await start(env);
    const after = await second.stores.cases.create(sampleNewCase('conv-b'), opened);
    await second.stop();
    assert.equal(before.id, 'RMA-20261125-0001');
    assert.equal(after.id, 'RMA-20261125-0002');
  });
});
