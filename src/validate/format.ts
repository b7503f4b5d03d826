/** The one formatter of problems: text for people, JSON for tools, annotations for GitHub Actions. */
import { redactPersonalData } from './personal-data/redact.ts';
import type { Problem } from './problem.ts';

export type OutputFormat = 'text' | 'json' | 'github';

function summary(problems: Problem[], fileCount: number): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  if (problems.length === 0) return `✓ ${fileCount} berkas diperiksa, tidak ada masalah.`;
  return `${errors} kesalahan, ${warnings} peringatan di ${new Set(problems.map((p) => p.file)).size} berkas (${fileCount} berkas diperiksa).`;
}

/**
 * Every output masks NIK/NPWP-shaped numbers in messages and hints: a rule may echo a raw value (a CSV cell,
 * a link), and logs and CI annotations must not republish personal data (UU 27/2022 PDP Pasal 65 ayat (2)).
 */
function redacted(problems: Problem[]): Problem[] {
  return problems.map((p) => ({ ...p, message: redactPersonalData(p.message), hint: redactPersonalData(p.hint) }));
}

const SEVERITY_LABEL = { error: 'error', warning: 'warning' } as const;

/** In text output, problems of one rule in one file beyond this many are counted, not listed (JSON lists all). */
export const TEXT_LIMIT_PER_RULE = 30;

/** `path:line:col  error  message  [rule]` followed by the hint, then a summary line. */
export function formatText(problems: Problem[], fileCount: number): string {
  const lines: string[] = [];
  const shown = new Map<string, number>();
  const hidden = new Map<string, number>();
  for (const p of redacted(problems)) {
    const key = `${p.file}\u0000${p.rule}`;
    const n = (shown.get(key) ?? 0) + 1;
    shown.set(key, n);
    if (n > TEXT_LIMIT_PER_RULE) {
      hidden.set(key, (hidden.get(key) ?? 0) + 1);
      continue;
    }
    lines.push(`${p.file}:${p.line}:${p.column}  ${SEVERITY_LABEL[p.severity]}  ${p.message}  [${p.rule}]\n    → ${p.hint}`);
  }
  for (const [key, count] of hidden) {
    const [file, rule] = key.split('\u0000');
    lines.push(`${file}  … dan ${count} masalah [${rule}] lainnya di berkas ini (semuanya: --format json)`);
  }
  return [...lines, summary(problems, fileCount)].join('\n') + '\n';
}

export function formatJson(problems: Problem[]): string {
  return JSON.stringify(redacted(problems), null, 2) + '\n';
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
  const lines = redacted(problems).map(
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
