/** Rule metadata: one list for `--list-rules`, the README table and the coverage test. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { declaredCheckIds, formatRuleList, listRules } from '../../src/validate/rule-list.ts';
import { RULES } from '../../src/validate/rules/index.ts';

const README = new URL('../../README.md', import.meta.url);

describe('rule metadata', () => {
  it('gives every rule a unique id and every check a unique id, severity and Indonesian description', () => {
    const ruleIds = RULES.map((r) => r.id);
    expect(new Set(ruleIds).size).toBe(ruleIds.length);
    const ids = declaredCheckIds();
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of listRules()) {
      expect(rule.description.length).toBeGreaterThan(10);
      expect(rule.checks.at(-1)?.id).toBe(`intern/${rule.id}`);
      for (const check of rule.checks) {
        expect(check.id).toMatch(/^[a-z-]+\/[a-z-]+$/);
        expect(['error', 'warning']).toContain(check.severity);
        expect(check.description).toMatch(/^[A-Z`].{10,}/);
      }
    }
  });

  it('keeps the README table equal to `--list-rules --format markdown` (regenerate it when this fails)', () => {
    const readme = readFileSync(README, 'utf8');
    const table = /<!-- aturan:mulai -->\n([\s\S]*?)<!-- aturan:selesai -->/.exec(readme)?.[1];
    expect(table?.trim()).toBe(formatRuleList('markdown').trim());
  });

  it('lists the same rules as text and as JSON', () => {
    const text = formatRuleList('text');
    for (const id of declaredCheckIds()) expect(text).toContain(`  ${id} `);
    expect(JSON.parse(formatRuleList('json'))).toEqual(listRules());
  });
});
