/** Runs every rule over the content tree of a repository and keeps the problems of the requested paths (Node). */
import { cacheFor } from '../content/cache.ts';
import { readContentTree, type ContentTree } from '../content/tree.ts';
import type { MarkdownFacts } from './markdown-facts.ts';
import { parseStream, type Budget } from './markdown-pool.ts';
import { validateTreeOn, type ValidateOptions, type ValidationResult } from './engine.ts';
import { nodePlatform } from './node-platform.ts';
import { readScopedTree } from './scoped.ts';
import { writeTitleIndex } from './scope-index.ts';
import { storeProblems } from './stored.ts';
import { WHOLE_TREE } from './guard.ts';

export { inScope, type ValidateOptions, type ValidationResult } from './engine.ts';

/** validateTreeOn (engine.ts) with the Node platform: region list from disk, PDFs and office documents opened. */
export function validateTree(tree: ContentTree, scopes: string[] = [], options: ValidateOptions = {}): Promise<ValidationResult> {
  return validateTreeOn(nodePlatform(), tree, scopes, options);
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
  // Kept only as the CLI and CI judge (standard rules and time budget, today): the report takes it as its own. Every
  // problem is in scope here (all files lie under content/).
  if (!options.rules && !options.budget && !options.now) await Promise.all([storeProblems(tree, result.problems), writeTitleIndex(tree, walkedAt)]);
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
