/**
 * Parsing markdown the same way everywhere (CommonMark + GFM): validator rules and the renderer share it. The parser
 * itself is picked by package.json `imports`: satteri (native) on Node, remark in the browser; both give one mdast.
 */
import { parseMarkdownTree } from '#markdown-parser';
import type { Root } from 'mdast';

export function parseMarkdown(body: string): Root {
  return parseMarkdownTree(body);
}

/** Raw HTML tags an editor may use; everything else is refused by the validator and stripped by the renderer. */
export const ALLOWED_HTML_TAGS = ['br', 'sup', 'sub', 'abbr', 'kbd'] as const;

/** URL schemes that never reach a page. */
export const UNSAFE_URL = /^\s*(javascript|data|vbscript|file):/i;
