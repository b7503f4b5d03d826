/** Runs every rule over the content tree and keeps the problems of the requested paths. */
import { readContentTree, type ContentTree } from '../content/tree.ts';
import { createContext } from './context.ts';
import { crashProblem, forRule, WHOLE_TREE } from './guard.ts';
import type { ParsedMarkdown } from './markdown-guard.ts';
import { parseStream, type Budget } from './markdown-pool.ts';
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

export interface ValidateOptions {
  /** The rules to run (tests inject failing ones). */
  rules?: readonly Rule[];
  /** Bodies parsed elsewhere (the worker pool, maybe still at work); others are parsed inline on first use. */
  markdown?: Map<string, ParsedMarkdown> | Promise<Map<string, ParsedMarkdown>>;
}

/** True when `file` is one of `scopes` or lies inside one of them (repository-relative, `/` separators). */
export function inScope(file: string, scopes: string[]): boolean {
  return scopes.length === 0 || scopes.some((s) => file === s || file.startsWith(s.endsWith('/') ? s : `${s}/`));
}

/**
 * Validates the tree. Cross-file checks always see the whole tree; `scopes` only filters what is reported,
 * so validating one file still knows about its neighbours. A rule that fails is reported, never thrown.
 */
export async function validateTree(tree: ContentTree, scopes: string[] = [], options: ValidateOptions = {}): Promise<ValidationResult> {
  const all: Problem[] = [];
  const parsed = new Map<string, ParsedMarkdown>();
  const ctx = createContext(tree, all, parsed);
  const rules = options.rules ?? RULES;
  // Rules that read markdown go last, so the other rules run while the workers still parse.
  const ordered = [...rules.filter((r) => !r.usesMarkdown), ...rules.filter((r) => r.usesMarkdown)];
  let pending = options.markdown;
  for (const rule of ordered) {
    if (rule.usesMarkdown && pending) {
      for (const [path, result] of await pending) parsed.set(path, result);
      pending = undefined;
    }
    try {
      await rule.check(forRule(rule, ctx));
    } catch (error) {
      ctx.report(crashProblem(rule, WHOLE_TREE, error));
    }
  }
  // A failure of the whole rule is shown whatever the scope: it may hide problems of the scoped files.
  const problems = sortProblems(all.filter((p) => inScope(p.file, scopes) || p.file === WHOLE_TREE));
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { problems, fileCount: tree.files.filter((f) => inScope(f.path, scopes)).length, errors, warnings: problems.length - errors };
}

/** Validates the repository at `root`, markdown parsed in workers under a time budget (what CI runs). */
export async function validateRepo(root: string, scopes: string[] = [], options: ValidateOptions & { budget?: Budget } = {}): Promise<ValidationResult> {
  if (options.markdown) return validateTree(await readContentTree(root), scopes, options);
  const stream = parseStream(options.budget);
  const tree = await readContentTree(root, (source) => stream.add(source));
  return validateTree(tree, scopes, { ...options, markdown: stream.done() });
}
