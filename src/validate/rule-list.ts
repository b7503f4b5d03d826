/**
 * `--list-rules`: every rule and its checks, from the rules' own declarations, as text, JSON or the
 * markdown table of the README (which a test keeps equal to this output).
 */
import { checksOf } from './guard.ts';
import type { CheckMeta, Rule } from './rule.ts';
import { RULES } from './rules/index.ts';

export type ListFormat = 'text' | 'json' | 'markdown';

export interface RuleListing {
  id: string;
  description: string;
  checks: CheckMeta[];
}

const SEVERITY = { error: 'kesalahan', warning: 'peringatan' } as const;

export function listRules(rules: readonly Rule[] = RULES): RuleListing[] {
  return rules.map((rule) => ({ id: rule.id, description: rule.description, checks: checksOf(rule) }));
}

/** Every check id that can appear in a problem's `rule` field. */
export function declaredCheckIds(rules: readonly Rule[] = RULES): string[] {
  return listRules(rules).flatMap((r) => r.checks.map((c) => c.id));
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

export function formatRuleList(format: ListFormat, rules: readonly Rule[] = RULES): string {
  const listing = listRules(rules);
  if (format === 'json') return `${JSON.stringify(listing, null, 2)}\n`;
  if (format === 'markdown') {
    const rows = listing.flatMap((r) => r.checks.map((c) => `| \`${c.id}\` | ${SEVERITY[c.severity]} | ${cell(c.description)} | \`${r.id}\` |`));
    return ['| pemeriksaan | tingkat | keterangan | aturan |', '|---|---|---|---|', ...rows].join('\n') + '\n';
  }
  const width = Math.max(...listing.flatMap((r) => r.checks.map((c) => c.id.length)));
  const blocks = listing.map((r) => [`${r.id}: ${r.description}`, ...r.checks.map((c) => `  ${c.id.padEnd(width)}  ${SEVERITY[c.severity].padEnd(10)}  ${c.description}`)].join('\n'));
  return `${blocks.join('\n\n')}\n`;
}
