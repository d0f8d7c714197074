// Reads a CSV data file into validated rows, reporting every bad cell by file, line and column.
import { readFileSync } from 'node:fs';
import { CsvError, parse } from 'csv-parse/sync';
import type { z } from 'zod';
import { DataFileError, type DataFileProblem } from './dataFileError';

/** One validator per column; each receives the cell's trimmed text. */
export type ColumnSchemas = Record<string, z.ZodType<unknown, z.ZodTypeDef, string>>;

/** Required columns always have a value; an optional column that is absent, or a cell left empty, has none. */
export type RowValues<Columns extends ColumnSchemas, Optional extends ColumnSchemas = Record<never, never>> = {
  [Name in keyof Columns]: z.output<Columns[Name]>;
} & { [Name in keyof Optional]?: z.output<Optional[Name]> };

export interface CsvRow<Values> {
  /** Physical line in the file where the row starts, 1-based. */
  line: number;
  values: Values;
}

export interface CsvTable<Values> {
  file: string;
  rows: CsvRow<Values>[];
  /** 1-based position of a column in the file's header, for pointing at cells in later checks. */
  columnNumber(name: keyof Values & string): number;
}

interface ParsedRecord {
  record: string[];
  raw: string;
  info: { lines: number };
}

/**
 * Columns may come in any order and extra columns are ignored. Throws a DataFileError listing every
 * problem found; a table is returned only when every row is valid.
 */
export function loadCsvTable<Columns extends ColumnSchemas, Optional extends ColumnSchemas = Record<never, never>>(
  file: string,
  columns: Columns,
  optionalColumns?: Optional,
): CsvTable<RowValues<Columns, Optional>> {
  const records = parseRecords(file, readText(file));
  const [header, ...body] = records;
  const headerNames = (header?.record ?? []).map((name) => name.toLowerCase());
  const headerLine = header ? startLine(header) : 1;
  const layout = locateColumns({ file, line: headerLine }, headerNames, columns, optionalColumns ?? {});

  const problems: DataFileProblem[] = [];
  const rows: CsvRow<RowValues<Columns, Optional>>[] = [];
  for (const parsed of body) {
    const line = startLine(parsed);
    if (parsed.record.length !== headerNames.length) {
      problems.push({
        file,
        line,
        column: Math.min(parsed.record.length, headerNames.length) + 1,
        message: `the row has ${parsed.record.length} fields but the header has ${headerNames.length}`,
      });
      continue;
    }
    const values: Record<string, unknown> = {};
    let rowIsValid = true;
    for (const { name, schema, index, optional } of layout) {
      const cell = parsed.record[index];
      if (optional && cell === '') continue;
      const result = schema.safeParse(cell);
      if (result.success) {
        values[name] = result.data;
      } else {
        rowIsValid = false;
        const reason = result.error.issues[0]?.message ?? 'is not valid';
        problems.push({ file, line, column: index + 1, message: `${name} "${cell}" ${reason}` });
      }
    }
    if (rowIsValid) rows.push({ line, values: values as RowValues<Columns, Optional> });
  }
  if (problems.length > 0) throw new DataFileError(problems);

  return {
    file,
    rows,
    columnNumber: (name) => headerNames.indexOf(name) + 1,
  };
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new DataFileError([{ file, message: `cannot be read (${(error as Error).message})` }]);
  }
}

function parseRecords(file: string, text: string): ParsedRecord[] {
  // csv-parse miscounts lines after a blank CRLF line, so line endings are made uniform first.
  const uniform = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  try {
    return parse(uniform, {
      info: true,
      raw: true,
      trim: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
    }) as ParsedRecord[];
  } catch (error) {
    if (error instanceof CsvError) {
      throw new DataFileError([{ file, line: error.lines, message: `is not valid CSV (${error.message})` }]);
    }
    throw error;
  }
}

/** csv-parse reports the line where a record ends; a quoted field may span lines and skipped blank lines lead it. */
function startLine(parsed: ParsedRecord): number {
  const content = parsed.raw.replace(/\n$/, '').replace(/^\s+/, '');
  const innerLineBreaks = content.split('\n').length - 1;
  return parsed.info.lines - innerLineBreaks;
}

interface ColumnLocation {
  name: string;
  schema: ColumnSchemas[string];
  index: number;
  optional: boolean;
}

function locateColumns(
  { file, line }: { file: string; line: number },
  headerNames: string[],
  columns: ColumnSchemas,
  optionalColumns: ColumnSchemas,
): ColumnLocation[] {
  const problems: DataFileProblem[] = [];
  headerNames.forEach((name, position) => {
    if (headerNames.indexOf(name) !== position) {
      problems.push({ file, line, column: position + 1, message: `column "${name}" appears twice in the header` });
    }
  });
  const present = headerNames.length > 0 ? `the header has: ${headerNames.join(', ')}` : 'the file has no header row';
  const located: ColumnLocation[] = [];
  for (const [name, schema] of Object.entries(columns)) {
    const index = headerNames.indexOf(name);
    if (index < 0) {
      problems.push({ file, line, column: 1, message: `required column "${name}" is missing (${present})` });
    } else {
      located.push({ name, schema, index, optional: false });
    }
  }
  for (const [name, schema] of Object.entries(optionalColumns)) {
    const index = headerNames.indexOf(name);
    if (index >= 0) located.push({ name, schema, index, optional: true });
  }
  if (problems.length > 0) throw new DataFileError(problems);
  return located;
}
