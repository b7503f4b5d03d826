/** Runs every rule over the content tree and keeps the problems of the requested paths. */
import { readContentTree, type ContentTree } from '../content/tree.ts';
import { createContext, type RuleContext } from './context.ts';
import type { Rule } from './rule.ts';
import { sortProblems, type Problem } from './problem.ts';
import { RULES } from './rules/index.ts';

export interface ValidationResult {
  problems: Problem[];
  /** Number of files the problems were filtered to. */
  fileCount: number;
  errors: number;
  warnings: number;
}

/** True when `file` is one of `scopes` or lies inside one of them (repository-relative, `/` separators). */
export function inScope(file: string, scopes: string[]): boolean {
  return scopes.length === 0 || scopes.some((s) => file === s || file.startsWith(s.endsWith('/') ? s : `${s}/`));
}

/** The context as one rule sees it: it may report only the checks it declares, at their declared severity by default. */
function scopedTo(rule: Rule, ctx: RuleContext): RuleContext {
  const declared = new Map(rule.checks.map((c) => [c.id, c]));
  return {
    ...ctx,
    report(problem) {
      const check = declared.get(problem.rule);
      if (!check) throw new Error(`aturan ${rule.id} melaporkan pemeriksaan ${problem.rule} yang tidak dideklarasikan`);
      ctx.report({ severity: check.severity, ...problem });
    },
  };
}

/**
 * Validates the tree. Cross-file checks always see the whole tree; `scopes` only filters what is reported,
 * so validating one file still knows about its neighbours.
 */
export async function validateTree(tree: ContentTree, scopes: string[] = []): Promise<ValidationResult> {
  const all: Problem[] = [];
  const ctx = createContext(tree, all);
  for (const rule of RULES) await rule.check(scopedTo(rule, ctx));
  const problems = sortProblems(all.filter((p) => inScope(p.file, scopes)));
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { problems, fileCount: tree.files.filter((f) => inScope(f.path, scopes)).length, errors, warnings: problems.length - errors };
}

export async function validateRepo(root: string, scopes: string[] = []): Promise<ValidationResult> {
  return validateTree(await readContentTree(root), scopes);
}
