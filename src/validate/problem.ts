/** The one shape of every validation problem, and the base class of the project's errors. */

export type Severity = 'error' | 'warning';

export interface Problem {
  /** Repository-relative path, e.g. `content/opd/dinkes/data/faskes.csv`. */
  file: string;
  /** 1-based line (for CSV: the line of the row; the header is line 1). */
  line: number;
  /** 1-based column (for CSV: the column number of the cell). */
  column: number;
  severity: Severity;
  /** `<module>/<check>`, e.g. `csv/cell-type`. */
  rule: string;
  /** What is wrong, in Indonesian, for a non-technical editor. */
  message: string;
  /** How to fix it, in Indonesian. */
  hint: string;
}

/**
 * An expected failure (misuse of the command, a missing folder) whose message is Indonesian and complete:
 * `scripts/validate.ts` prints it as is, without a stack, and tells it apart from a bug.
 */
export class PpidError extends Error {
  override name = 'PpidError';
}

/** Orders problems by file, line, column for stable output. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
}
