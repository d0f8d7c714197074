// The error that stops start-up when a data file (CONTRACT §4) is malformed, pointing at file, line and column.

/** One thing wrong with a data file; `line` and `column` are 1-based, absent when the whole file is at fault. */
export interface DataFileProblem {
  file: string;
  line?: number;
  column?: number;
  message: string;
}

export function formatProblem(problem: DataFileProblem): string {
  const location = [problem.file, problem.line, problem.column].filter((part) => part !== undefined).join(':');
  return `${location}: ${problem.message}`;
}

/** Carries every problem found, so an operator can fix a file in one pass rather than one error per restart. */
export class DataFileError extends Error {
  readonly problems: readonly DataFileProblem[];

  constructor(problems: readonly DataFileProblem[]) {
    if (problems.length === 0) {
      throw new RangeError('DataFileError.constructor: at least one problem is required');
    }
    super(problems.map(formatProblem).join('\n'));
    this.name = 'DataFileError';
    this.problems = problems;
  }
}
