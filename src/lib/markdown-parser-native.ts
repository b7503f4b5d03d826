/**
 * The markdown parser on Node (CLI, CI, the build): satteri, the Rust CommonMark + GFM parser Astro 7 itself renders
 * markdown with. It returns the same mdast, positions included, as remark-parse + remark-gfm (the browser's parser,
 * markdown-parser-browser.ts) about 35 times faster: five years of news (40 MB) parse in ~1 s of CPU instead of ~40 s.
 * package.json `imports` picks this module or the browser one; tests/validate/markdown-parsers.test.ts holds the two
 * to the same facts and pages.
 */
import type { Root } from 'mdast';
import { markdownToMdast } from 'satteri';
import { parseMarkdownTree as parseWithRemark } from './markdown-parser-browser.ts';

/** GFM as on GitHub; the front matter is split off before parsing, so `---` in a body is a thematic break. */
const OPTIONS = { features: { gfm: true, frontmatter: false } };

/**
 * satteri 0.10 copies a run of text again at every character reference in it (`&amp;`, `&#65;`): n references in one
 * run cost n² time and memory (measured: 20,000 take 0.6 s and 400 MB, 40,000 exceed V8's longest string). Every
 * reference starts with `&`, so a body with at most this many `&` stays under ~1 MB of that cost; a body with more
 * (no honest page has them) is parsed by remark, which is linear in them and gives the same tree.
 */
export const MAX_AMPERSANDS = 1000;

function ampersands(body: string): number {
  let count = 0;
  for (let at = body.indexOf('&'); at !== -1 && count <= MAX_AMPERSANDS; at = body.indexOf('&', at + 1)) count++;
  return count;
}

export function parseMarkdownTree(body: string): Root {
  if (ampersands(body) > MAX_AMPERSANDS) return parseWithRemark(body);
  return markdownToMdast(body, OPTIONS) as Root;
}
