/** Runs every rule over the content tree and keeps the problems of the requested paths. */
import { cacheFor } from '../content/cache.ts';
import { readContentTree, type ContentTree } from '../content/tree.ts';
import { createContext } from './context.ts';
import { crashProblem, forRule, WHOLE_TREE } from './guard.ts';
import type { MarkdownFacts } from './markdown-facts.ts';
import { parseStream, type Budget } from './markdown-pool.ts';
import type { DocumentFacts } from './documents.ts';
import type { Rule } from './rule.ts';
import { sortProblems, type Problem } from './problem.ts';
import { RULES } from './rules/index.ts';
import { readScopedTree } from './scoped.ts';
import { writeTitleIndex } from './scope-index.ts';
import { storeProblems } from './stored.ts';

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
  markdown?: Map<string, MarkdownFacts> | Promise<Map<string, MarkdownFacts>>;
  /** The files whose own problems are reported, when the tree holds only some sources (a scoped run). */
  checked?: (path: string) => boolean;
  /** Titles of the news files a scoped tree did not read. */
  titles?: Map<string, string | undefined>;
}

/** True when `file` is one of `scopes` or lies inside one of them (repository-relative, `/` separators). */
export function inScope(file: string, scopes: string[]): boolean {
  return scopes.length === 0 || scopes.some((s) => file === s || file.startsWith(s.endsWith('/') ? s : `${s}/`));
}

/**
 * Validates the tree. Cross-file checks always see the whole file list; `scopes` filters what is reported (and,
 * with `checked`, what is checked), so validating one file still knows about its neighbours. A rule that fails is
 * reported, never thrown.
 */
export async function validateTree(tree: ContentTree, scopes: string[] = [], options: ValidateOptions = {}): Promise<ValidationResult> {
  const started = performance.now();
  const all: Problem[] = [];
  const parsed = new Map<string, MarkdownFacts>();
  const markdownPack = await tree.cache?.pack<MarkdownFacts>('markdown');
  const documentPack = await tree.cache?.pack<DocumentFacts>('dokumen');
  const ctx = createContext(tree, all, { parsed, markdownPack, documentPack, checked: options.checked, titles: options.titles });
  const rules = options.rules ?? RULES;
  // Rules that read markdown go last, so the other rules run while the workers still parse.
  const ordered = [...rules.filter((r) => !r.usesMarkdown), ...rules.filter((r) => r.usesMarkdown)];
  let pending = options.markdown;
  for (const rule of ordered) {
    if (rule.usesMarkdown && pending) {
      for (const [path, facts] of await pending) {
        parsed.set(path, facts);
        // A refusal for time depends on the machine's load that day, not on the body: never cached.
        const hash = tree.hashes.get(path);
        if (hash && !(!facts.ok && facts.reason === 'slow')) markdownPack?.set(hash, facts);
      }
      pending = undefined;
    }
    try {
      await rule.check(forRule(rule, ctx));
    } catch (error) {
      ctx.report(crashProblem(rule, WHOLE_TREE, error));
    }
  }
  const whole = tree.complete && !options.checked;
  // Pruned only after every rule saw every file: entries left unused then belong to files no longer in the tree.
  await tree.cache?.flush({ prune: whole && !options.rules });
  // A failure of the whole rule is shown whatever the scope: it may hide problems of the scoped files.
  const problems = sortProblems(all.filter((p) => inScope(p.file, scopes) || p.file === WHOLE_TREE));
  const errors = problems.filter((p) => p.severity === 'error').length;
  if (whole && process.env.PPID_TRACE === '1') process.stderr.write(`[ppid-trace] validasi seluruh pohon: ${all.length} masalah, ${Math.round(performance.now() - started)} ms\n`);
  return { problems, fileCount: tree.files.filter((f) => inScope(f.path, scopes)).length, errors, warnings: problems.length - errors };
}

/**
 * Validates the repository at `root`, markdown parsed in workers under a time budget (what CI runs). A run over
 * the whole tree keeps its result for the compliance report (stored.ts) and the titles for scoped runs; a run
 * scoped to files reads only them and what cross-file checks need (scoped.ts).
 */
export async function validateRepo(root: string, scopes: string[] = [], options: ValidateOptions & { budget?: Budget } = {}): Promise<ValidationResult> {
  if (options.markdown) return validateTree(await readContentTree(root), scopes, options);
  // Short bodies are shared with the worker only under the standard budget (a test's tiny budget would refuse them).
  const stream = parseStream(options.budget, !options.budget);
  const markdownPack = await cacheFor(root)?.pack<MarkdownFacts>('markdown');
  const add = (source: Parameters<typeof stream.add>[0], hash?: string) => void (hash && markdownPack?.get(hash) ? undefined : stream.add(source));
  const walkedAt = Date.now();
  if (scopes.length > 0 && !scopes.includes(WHOLE_TREE)) {
    const scoped = await readScopedTree(root, scopes, add, walkedAt);
    return validateTree(scoped.tree, scopes, { ...options, markdown: stream.done(), checked: scoped.checked, titles: scoped.titles });
  }
  const tree = await readContentTree(root, { onSource: add });
  const result = await validateTree(tree, scopes, { ...options, markdown: stream.done() });
  // Kept only as the CLI and CI judge (standard rules and time budget): the report takes it as its own. Every
  // problem is in scope here (all files lie under content/).
  if (!options.rules && !options.budget) await Promise.all([storeProblems(tree, result.problems), writeTitleIndex(tree, walkedAt)]);
  return result;
}

/**
 * Validates a whole tree already read, as `npm run validate` would (the bodies the cache lacks shared with the
 * worker pool, the standard budget), and stores the result: `npm run report` on a tree nobody validated yet.
 */
export async function validateReadTree(tree: ContentTree): Promise<ValidationResult> {
  const stream = parseStream(undefined, true);
  const markdownPack = await tree.cache?.pack<MarkdownFacts>('markdown');
  for (const source of tree.sources.values()) {
    const hash = tree.hashes.get(source.path);
    if (!(hash && markdownPack?.get(hash))) stream.add(source);
  }
  const result = await validateTree(tree, [], { markdown: stream.done() });
  await storeProblems(tree, result.problems);
  return result;
}
