/** Printing the verdict: GitHub workflow annotations in Actions, plain lines elsewhere (GitLab, a terminal). */
import type { OwnershipViolation } from './ownership.ts';

// Workflow command escaping, as @actions/core does it (toCommandValue/escapeData/escapeProperty in
// https://github.com/actions/toolkit/blob/main/packages/core/src/command.ts): a file name or message with
// `%`, a newline, `:` or `,` must not end the annotation early or inject a second command.
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function formatViolation(v: OwnershipViolation, githubActions: boolean): string {
  if (githubActions) {
    const file = v.file ? ` file=${escapeProperty(v.file)}` : '';
    return `::error${file}::${escapeData(`${v.message}\n${v.hint}`)}`;
  }
  return `${v.file || '(commit)'}  error  ${v.message}\n    → ${v.hint}`;
}

export function summary(violations: OwnershipViolation[], commits: number): string {
  if (violations.length === 0) return `✓ ${commits} commit diperiksa; setiap perubahan dalam hak akun yang mendorongnya.`;
  const files = new Set(violations.map((v) => v.file)).size;
  return `✗ ${violations.length} pelanggaran pada ${files} berkas dari ${commits} commit. Permintaan ini tidak boleh digabung sebelum diperbaiki.`;
}
