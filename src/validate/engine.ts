/**
 * The validator's engine: every rule over a content tree, the problems kept for the requested paths. Free of Node
 * modules: what differs between Node and the browser comes in as a Platform (platform.ts). run.ts and candidate.ts
 * run it with the Node platform; the CMS runs it in the browser on the files an editor is about to save.
 */
import { opdDir } from '../content/paths.ts';
import type { ContentTree } from '../content/tree-build.ts';
import { createContext } from './context.ts';
import { crashProblem, forRule, WHOLE_TREE } from './guard.ts';
import type { MarkdownFacts } from './markdown-facts.ts';
import type { DocumentFacts } from './documents.ts';
import { memoryTree, type MemoryEntry } from './memory-tree.ts';
import type { Platform } from './platform.ts';
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
  markdown?: Map<string, MarkdownFacts> | Promise<Map<string, MarkdownFacts>>;
  /** The files whose own problems are reported, when the tree holds only some sources (a scoped run). */
  checked?: (path: string) => boolean;
  /** Titles of the news files a scoped tree did not read. */
  titles?: Map<string, string | undefined>;
  /** The moment the content is judged at (date-dependent checks such as an expired DIK); default the clock. */
  now?: Date;
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
export async function validateTreeOn(platform: Platform, tree: ContentTree, scopes: string[] = [], options: ValidateOptions = {}): Promise<ValidationResult> {
  const started = performance.now();
  const all: Problem[] = [];
  const parsed = new Map<string, MarkdownFacts>();
  const markdownPack = await tree.cache?.pack<MarkdownFacts>('markdown');
  const documentPack = await tree.cache?.pack<DocumentFacts>('dokumen');
  const ctx = createContext(tree, all, { platform, parsed, markdownPack, documentPack, checked: options.checked, titles: options.titles, now: options.now });
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
  if (whole && typeof process !== 'undefined' && process.env.PPID_TRACE === '1') process.stderr.write(`[ppid-trace] validasi seluruh pohon: ${all.length} masalah, ${Math.round(performance.now() - started)} ms\n`);
  return { problems, fileCount: tree.files.filter((f) => inScope(f.path, scopes)).length, errors, warnings: problems.length - errors };
}

export const PEMDA_PATH = 'content/pemda.yaml';

/** The repository paths a candidate of `opd` is judged against. */
export function candidateContextPaths(opd: string): string[] {
  return [PEMDA_PATH, `${opdDir(opd)}/profil.md`];
}

export interface CandidateResult {
  errors: Problem[];
  warnings: Problem[];
}

/**
 * The validator's problems of `files` (repository path → content) over `context` (pemda.yaml, the profile and
 * whatever else the candidate needs, e.g. a dataset's YAML). A rule that crashes counts as an error: fail closed.
 */
export async function validateCandidateOn(platform: Platform, context: Record<string, MemoryEntry>, files: Record<string, MemoryEntry>): Promise<CandidateResult> {
  const tree = await memoryTree({ ...context, ...files });
  const { problems } = await validateTreeOn(platform, tree, Object.keys(files));
  const own = problems.filter((p) => p.file in files || p.file === WHOLE_TREE);
  return { errors: own.filter((p) => p.severity === 'error'), warnings: own.filter((p) => p.severity === 'warning') };
}
