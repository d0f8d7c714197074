import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { ProductRegistry } from '../../src/domain/product';
import { loadProductRegistry } from '../../src/registry/productRegistry';
import { assertDataFileError } from './assertDataFileError';
import { TempDataDir } from './tempDataDir';

const DEMO_REGISTRY = join(__dirname, '../../data/demo-registry.csv');
const HEADER = 'serial,model,category,purchase_date,warranty_months,contract_id,seller,authorized_channel';
const GOOD_ROW = 'NPC21A00012345,NP-IPC2043,camera,2025-06-10,36,NPSC-2025-0142,Hangzhou Haishi,yes';

/** The good row with one cell replaced, by header column name. */
function rowWith(column: string, value: string): string {
  const cells = GOOD_ROW.split(',');
  cells[HEADER.split(',').indexOf(column)] = value;
  return cells.join(',');
}

describe('loadProductRegistry', () => {
  let dir: TempDataDir;
  before(() => {
    dir = new TempDataDir();
  });
  after(() => dir.remove());

  describe('with the demo registry', () => {
    let registry: ProductRegistry;
    before(() => {
      registry = loadProductRegistry(DEMO_REGISTRY);
    });

    it('holds at least 48 products, each findable by its serial', () => {
      const serials = demoSerials();
      assert.ok(serials.length >= 48, `only ${serials.length} rows`);
      for (const serial of serials) assert.equal(registry.findBySerial(serial)?.serial, serial);
    });

    it('covers cameras, NVRs, servers and software, some sold through unofficial channels', () => {
      const records = demoSerials().map((serial) => registry.findBySerial(serial));
      const categories = new Set(records.map((record) => record?.category));
      for (const category of ['camera', 'nvr', 'server', 'software']) assert.ok(categories.has(category), category);
      assert.ok(records.filter((record) => record?.authorizedChannel === false).length >= 3);
    });

    it('finds the example product the rest of the project relies on', () => {
      assert.deepEqual(registry.findBySerial('NPC21A00012345'), {
        serial: 'NPC21A00012345',
        model: 'NP-IPC2043',
        category: 'camera',
        purchaseDate: '2025-06-10',
        warrantyMonths: 36,
        contractId: 'NPSC-2025-0142',
        seller: 'Hangzhou Haishi Security Engineering Co., Ltd.',
        authorizedChannel: true,
      });
    });

    it('finds a serial whatever its case, spaces and dashes', () => {
      for (const typed of ['npc21a00012345', 'NPC 21A 0001 2345', 'npc-21a-0001-2345', ' NPC21A00012345 ']) {
        assert.equal(registry.findBySerial(typed)?.serial, 'NPC21A00012345', typed);
      }
    });

    it('finds serials the registry itself writes in lowercase or with dashes', () => {
      assert.equal(registry.findBySerial('NPC24B00045533')?.model, 'NP-IPC5285-Z');
      assert.equal(registry.findBySerial('NPC24A00040021')?.model, 'NP-IPC2143-IR');
      assert.equal(registry.findBySerial('licvms202400831')?.category, 'software');
    });

    it('finds nothing for an unknown serial', () => {
      assert.equal(registry.findBySerial('NPC99Z99999999'), undefined);
    });

    it('knows the category of a model whatever its case', () => {
      assert.equal(registry.categoryOfModel('np-ptz7230x'), 'camera');
      assert.equal(registry.categoryOfModel('NP-NVR5432-4K'), 'nvr');
      assert.equal(registry.categoryOfModel('NP-UNKNOWN1'), undefined);
    });

    it('lists each model once', () => {
      const models = registry.models();
      assert.equal(new Set(models.map((model) => model.toUpperCase())).size, models.length);
      assert.ok(models.every((model) => model.startsWith('NP-')));
    });
  });

  it('reads columns in any order and accepts YES/No in any case', () => {
    const file = dir.write(
      'reordered.csv',
      'authorized_channel,seller,contract_id,warranty_months,purchase_date,category,model,serial\n' +
        'No,Marketplace shop,TB-1,12,2024-02-29,Camera,NP-IPC2043,NPC24A00000001\n',
    );
    const record = loadProductRegistry(file).findBySerial('NPC24A00000001');
    assert.equal(record?.authorizedChannel, false);
    assert.equal(record?.category, 'camera');
    assert.equal(record?.purchaseDate, '2024-02-29');
  });

  const OTHER_ROW = 'NPC20A00000001,NP-IPC2043,camera,2020-01-01,24,C-1,S,yes';
  const badCells: Array<[problem: string, column: string, value: string, message: RegExp]> = [
    ['a serial that is too short', 'serial', 'NPC-12', /^serial "NPC-12" is not a serial number/],
    ['a serial with fewer than 4 digits', 'serial', 'NPCABCDEF12', /is not a serial number/],
    ['a serial with a space', 'serial', 'NPC21A 00012345', /is not a serial number/],
    [
      'a month 13',
      'purchase_date',
      '2024-13-01',
      /^purchase_date "2024-13-01" is not a valid date \(expected YYYY-MM-DD\)$/,
    ],
    ['a 29 February outside a leap year', 'purchase_date', '2023-02-29', /is not a valid date/],
    ['a date written day first', 'purchase_date', '10/06/2025', /is not a valid date/],
    ['a warranty of 0 months', 'warranty_months', '0', /^warranty_months "0" is not between 1 and 120$/],
    ['a warranty of 121 months', 'warranty_months', '121', /is not between 1 and 120/],
    ['a fractional warranty', 'warranty_months', '12.5', /is not a whole number/],
    [
      'an authorised channel that is neither yes nor no',
      'authorized_channel',
      'maybe',
      /^authorized_channel "maybe" is not yes or no$/,
    ],
    ['an empty model', 'model', '', /^model "" must not be empty$/],
    ['an empty seller', 'seller', '', /must not be empty/],
    ['an empty contract id', 'contract_id', '', /must not be empty/],
  ];
  for (const [problem, column, value, message] of badCells) {
    it(`rejects ${problem}, naming file, line and column`, () => {
      const file = dir.write('bad-cell.csv', [HEADER, OTHER_ROW, rowWith(column, value)].join('\n'));
      assertDataFileError(() => loadProductRegistry(file), {
        file,
        line: 3,
        column: HEADER.split(',').indexOf(column) + 1,
        message,
      });
    });
  }

  it('rejects a header without warranty_months, pointing at line 1', () => {
    const header = HEADER.replace(',warranty_months', '');
    const row = 'NPC21A00012345,NP-IPC2043,camera,2025-06-10,NPSC-1,Haishi,yes';
    const file = dir.write('no-months.csv', [header, row].join('\n'));
    assertDataFileError(() => loadProductRegistry(file), {
      file,
      line: 1,
      column: 1,
      message: /required column "warranty_months" is missing/,
    });
  });

  it('rejects a serial registered twice under different spellings, naming both lines', () => {
    const rows = [HEADER, GOOD_ROW, OTHER_ROW, rowWith('serial', 'npc-21a0001-2345')];
    const file = dir.write('duplicate.csv', rows.join('\n'));
    assertDataFileError(() => loadProductRegistry(file), {
      file,
      line: 4,
      column: 1,
      message: /^serial "npc-21a0001-2345" is already registered on line 2 as "NPC21A00012345"$/,
    });
  });

  it('rejects a model filed under two categories', () => {
    const sameModelAsNvr = rowWith('serial', 'NPC21A00099999').replace('camera', 'nvr');
    const file = dir.write('two-categories.csv', [HEADER, GOOD_ROW, sameModelAsNvr].join('\n'));
    assertDataFileError(() => loadProductRegistry(file), {
      file,
      line: 3,
      column: 3,
      message: /category "nvr" contradicts "camera" given for model NP-IPC2043 on line 2/,
    });
  });
});

/** Read independently of the loader under test, so a row the loader drops would be noticed. */
function demoSerials(): string[] {
  const rows: Array<{ serial: string }> = parse(readFileSync(DEMO_REGISTRY, 'utf8'), { columns: true });
  return rows.map((row) => row.serial);
}
