/**
 * The markdown parser in the browser (the CMS's checks before save): remark-parse + remark-gfm, pure JavaScript.
 * Node uses satteri instead (markdown-parser-native.ts), whose native binding the CMS bundle cannot carry.
 */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkGfm);

export function parseMarkdownTree(body: string): Root {
  return parser.parse(body) as Root;
}
