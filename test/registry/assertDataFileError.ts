// Asserts that loading a data file fails with a DataFileError pointing at the expected file, line and column.
import assert from 'node:assert/strict';
import { DataFileError } from '../../src/registry/dataFileError';

export interface ExpectedProblem {
  file: string;
  line: number;
  column: number;
  message: RegExp;
}

export function assertDataFileError(load: () => unknown, expected: ExpectedProblem): DataFileError {
  let caught: unknown;
  try {
    load();
  } catch (error) {
    caught = error;
  }
  assert.ok(caught instanceof DataFileError, `expected a DataFileError, got ${String(caught)}`);
  const [first] = caught.problems;
  assert.deepEqual(
    { file: first.file, line: first.line, column: first.column },
    { file: expected.file, line: expected.line, column: expected.column },
  );
  assert.match(first.message, expected.message);
  assert.ok(
    caught.message.startsWith(`${expected.file}:${expected.line}:${expected.column}: `),
    `message should start with file:line:column, got: ${caught.message}`,
  );
  return caught;
}
