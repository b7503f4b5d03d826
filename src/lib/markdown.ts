/** Parsing markdown the same way everywhere (CommonMark + GFM): validator rules and the renderer share it. */
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Root } from 'mdast';

const parser = unified().use(remarkParse).use(remarkGfm);

export function parseMarkdown(body: string): Root {
  return parser.parse(body) as Root;
}

/** Raw HTML tags an editor may use; everything else is refused by the validator and stripped by the renderer. */
export const ALLOWED_HTML_TAGS = ['br', 'sup', 'sub', 'abbr', 'kbd'] as const;

/** URL schemes that never reach a page. */
export const UNSAFE_URL = /^\s*(javascript|data|vbscript|file):/i;
