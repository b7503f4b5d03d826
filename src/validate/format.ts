/** The one formatter of problems: text for people, JSON for tools, annotations for GitHub Actions. */
import type { Problem } from './problem.ts';

export type OutputFormat = 'text' | 'json' | 'github';

function summary(problems: Problem[], fileCount: number): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  if (problems.length === 0) return `✓ ${fileCount} berkas diperiksa, tidak ada masalah.`;
  return `${errors} kesalahan, ${warnings} peringatan di ${new Set(problems.map((p) => p.file)).size} berkas (${fileCount} berkas diperiksa).`;
}

const SEVERITY_LABEL = { error: 'error', warning: 'warning' } as const;

/** `path:line:col  error  message  [rule]` followed by the hint, then a summary line. */
export function formatText(problems: Problem[], fileCount: number): string {
  const lines = problems.map(
    (p) => `${p.file}:${p.line}:${p.column}  ${SEVERITY_LABEL[p.severity]}  ${p.message}  [${p.rule}]\n    → ${p.hint}`,
  );
  return [...lines, summary(problems, fileCount)].join('\n') + '\n';
}

export function formatJson(problems: Problem[]): string {
  return JSON.stringify(problems, null, 2) + '\n';
}

/** Escapes per the GitHub workflow-command rules (data and properties differ). */
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `::error file=...,line=...,col=...,title=...::message` lines plus the text summary. */
export function formatGithub(problems: Problem[], fileCount: number): string {
  const lines = problems.map(
    (p) =>
      `::${p.severity} file=${escapeProperty(p.file)},line=${p.line},col=${p.column},title=${escapeProperty(p.rule)}::${escapeData(`${p.message}\n${p.hint}`)}`,
  );
  return [...lines, summary(problems, fileCount)].join('\n') + '\n';
}

export function formatProblems(problems: Problem[], format: OutputFormat, fileCount: number): string {
  if (format === 'json') return formatJson(problems);
  if (format === 'github') return formatGithub(problems, fileCount);
  return formatText(problems, fileCount);
}
