/** Runs every rule over the content tree of a repository and keeps the problems of the requested paths (Node). */
import { cacheFor, type Pack } from '../content/cache.ts';
import type { SourceFile } from '../content/source.ts';
import { renderOptionsFor } from '../lib/render.ts';
import { readContentTree, type ContentTree } from '../content/tree.ts';
import type { MarkdownFacts } from './markdown-facts.ts';
import { parseStream, type Budget } from './markdown-pool.ts';
import { pageKey } from './markdown-render.ts';
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
  const scoped = scopes.length > 0 && !scopes.includes(WHOLE_TREE);
  // The standard run over the whole tree (the build's first stage) renders the bodies it parses for their pages.
  const standard = !options.rules && !options.budget && !options.now;
  const pages = standard && !scoped ? await cacheFor(root)?.pack<string>('html') : undefined;
  // Short bodies are shared with the worker only under the standard budget (a test's tiny budget would refuse them).
  const stream = parseStream(options.budget, !options.budget, !!pages);
  const markdownPack = await cacheFor(root)?.pack<MarkdownFacts>('markdown');
  const add = (source: SourceFile, hash?: string) => {
    if (!(hash && markdownPack?.get(hash))) stream.add(source);
    // Known bodies keep their page HTML: whatever this run does not touch is dropped when the cache is pruned.
    else if (hash && pages) pages.get(pageKey(hash, renderOptionsFor(source.path)));
  };
  const walkedAt = Date.now();
  if (scoped) {
    const scopedTree = await readScopedTree(root, scopes, add, walkedAt);
    return validateTree(scopedTree.tree, scopes, { ...options, markdown: stream.done(), checked: scopedTree.checked, titles: scopedTree.titles });
  }
  const tree = await readContentTree(root, { onSource: add });
  const parsed = stream.done().then((facts) => (pages ? filePages(tree, facts, pages) : facts));
  const result = await validateTree(tree, scopes, { ...options, markdown: parsed });
  // Kept only as the CLI and CI judge (standard rules and time budget, today): the report takes it as its own. Every
  // problem is in scope here (all files lie under content/).
  if (standard) await Promise.all([storeProblems(tree, result.problems), writeTitleIndex(tree, walkedAt)]);
  return result;
}

/** Moves the page HTML of freshly parsed bodies into the `html` pack (by file hash), so that facts are cached alone. */
function filePages(tree: ContentTree, facts: Map<string, MarkdownFacts>, pages: Pack<string>): Map<string, MarkdownFacts> {
  for (const [path, fact] of facts) {
    if (!fact.ok || fact.page === undefined) continue;
    const hash = tree.hashes.get(path);
    if (hash) pages.set(pageKey(hash, renderOptionsFor(path)), fact.page);
    delete fact.page;
  }
  return facts;
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
