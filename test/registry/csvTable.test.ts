import assert from 'node:assert/strict';
import { requiredText, wholeNumberBetween } from '../../src/registry/cellSchemas';
import { loadCsvTable } from '../../src/registry/csvTable';
import { DataFileError } from '../../src/registry/dataFileError';
import { assertDataFileError } from './assertDataFileError';
import { TempDataDir } from './tempDataDir';

const columns = { name: requiredText, count: wholeNumberBetween(1, 9) };

describe('loadCsvTable', () => {
  let dir: TempDataDir;
  before(() => {
    dir = new TempDataDir();
  });
  after(() => dir.remove());

  it('reads columns in any order and ignores columns it does not need', () => {
    const file = dir.write('order.csv', 'note,count,name\nfirst,3,alpha\nsecond,7,beta\n');
    const table = loadCsvTable(file, columns);
    assert.deepEqual(
      table.rows.map((row) => row.values),
      [
        { name: 'alpha', count: 3 },
        { name: 'beta', count: 7 },
      ],
    );
    assert.equal(table.columnNumber('name'), 3);
  });

  it('reads an optional column where the header has it, and leaves an empty cell or an absent column without a value', () => {
    const withColumn = loadCsvTable(dir.write('optional.csv', 'name,count,nickname\nalpha,3,al\nbeta,7,\n'), columns, { nickname: requiredText });
    assert.deepEqual(
      withColumn.rows.map((row) => row.values.nickname),
      ['al', undefined],
    );
    const without = loadCsvTable(dir.write('no-optional.csv', 'name,count\nalpha,3\n'), columns, { nickname: requiredText });
    assert.equal(without.rows[0]?.values.nickname, undefined);
  });

  it('validates an optional column like a required one, naming line and column', () => {
    const file = dir.write('bad-optional.csv', 'name,count,spare\nalpha,3,1\nbeta,7,x\n');
    assertDataFileError(() => loadCsvTable(file, columns, { spare: wholeNumberBetween(1, 9) }), {
      file,
      line: 3,
      column: 3,
      message: /spare "x" is not a whole number/,
    });
  });

  it('tolerates a byte-order mark, Windows line endings and blank trailing lines', () => {
    const file = dir.write('bom.csv', '\uFEFFname,count\r\nalpha,1\r\nbeta,2\r\n\r\n\r\n');
    const table = loadCsvTable(file, columns);
    assert.deepEqual(
      table.rows.map((row) => [row.line, row.values.name]),
      [
        [2, 'alpha'],
        [3, 'beta'],
      ],
    );
  });

  it('numbers rows by physical line when a quoted cell spans lines and blank lines separate rows', () => {
    const file = dir.write('lines.csv', 'name,count\n"two\nline name",1\n\n\nbroken,0\n');
    assertDataFileError(() => loadCsvTable(file, columns), {
      file,
      line: 6,
      column: 2,
      message: /^count "0" is not between 1 and 9$/,
    });
  });

  it('points at line 1 when the header lacks a required column', () => {
    const file = dir.write('header.csv', 'name,amount\nalpha,1\n');
    assertDataFileError(() => loadCsvTable(file, columns), {
      file,
      line: 1,
      column: 1,
      message: /required column "count" is missing/,
    });
  });

  it('reports a row with fewer fields than the header', () => {
    const file = dir.write('short.csv', 'name,count\nalpha,1\nbeta\n');
    assertDataFileError(() => loadCsvTable(file, columns), {
      file,
      line: 3,
      column: 2,
      message: /1 fields but the header has 2/,
    });
  });

  it('reports every bad cell of the file, not only the first', () => {
    const file = dir.write('many.csv', 'name,count\n,1\ngamma,x\ndelta,4\n');
    const error = assertDataFileError(() => loadCsvTable(file, columns), {
      file,
      line: 2,
      column: 1,
      message: /^name "" must not be empty$/,
    });
    assert.equal(error.problems.length, 2);
    assert.deepEqual([error.problems[1].line, error.problems[1].column], [3, 2]);
  });

  it('reports a quote that is never closed', () => {
    const file = dir.write('quote.csv', 'name,count\n"alpha,1\n');
    assert.throws(() => loadCsvTable(file, columns), (error: unknown) => {
      assert.ok(error instanceof DataFileError);
      assert.match(error.message, /quote\.csv:\d+: is not valid CSV/);
      return true;
    });
  });

  it('names a file that cannot be read', () => {
    const file = dir.write('present.csv', '').replace('present.csv', 'absent.csv');
    assert.throws(() => loadCsvTable(file, columns), (error: unknown) => {
      assert.ok(error instanceof DataFileError);
      assert.ok(error.message.startsWith(`${file}: cannot be read`));
      return true;
    });
  });
});
