/**
 * One parse of a body for both its checks and its page (Node only: the CMS checks bodies without rendering them).
 * `npm run validate` over the whole tree, which the build runs first, parses every body the content cache does not
 * know; rendering the same syntax tree costs a fifth of parsing it again in Astro's stage, so the validation files
 * the HTML in the content cache (pack `html`, validateRepo) and the pages take it from there (src/site/bodies.ts).
 */
import { optionsKey, renderTree, type RenderOptions } from '../lib/render.ts';
import { factsOf, type MarkdownFacts } from './markdown-facts.ts';
import { parseMarkdownSafely } from './markdown-guard.ts';

/** The facts of `body`, with its page HTML (`page`) when `render` is given and the body passed the guard. */
export function factsAndPage(body: string, render?: RenderOptions): MarkdownFacts {
  const parsed = parseMarkdownSafely(body);
  const facts = factsOf(parsed);
  if (!render || !parsed.ok || !facts.ok || facts.error !== undefined) return facts;
  try {
    return { ...facts, page: renderTree(parsed.root, render) };
  } catch {
    return facts; // the page renders it again, and reports whatever fails there
  }
}

/** Key of a body's HTML in the content cache: the file's content hash and the render options. */
export function pageKey(fileHash: string, options: RenderOptions): string {
  return `${fileHash}\u0000${optionsKey(options)}`;
}
