/**
 * Parsing a markdown body without letting one file stall or crash the run. Deep nesting costs both parsers
 * quadratic time: micromark (the CMS's) recurses once per level (4,000 nested list items take 6 s and then overflow
 * the stack; 1,000 nested `![` take 2 s), and satteri (Node's) takes 2 s for 50,000 nested quotes. A linear pre-scan
 * refuses nesting no real page has, and a parse that still throws, or a tree still too deep for the recursive
 * `visit`, is refused the same way.
 */
import type { Root } from 'mdast';
import { parseMarkdown } from '../lib/markdown.ts';

/** Real pages nest 3 or 4 levels (a list in a list in a quote); 32 leaves room for any honest layout. */
export const MAX_MARKDOWN_NESTING = 32;

/** `nesting`: refused by the pre-scan or the depth check; `slow`: over the time budget of the worker pool. */
export type ParsedMarkdown = { ok: true; root: Root } | { ok: false; line: number; reason: 'nesting' | 'slow' };

const MARKER = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/;

/** Container levels opened at the start of a line (`>`, list markers, in any mix) and the line's indentation. */
function prefixOf(line: string): { markers: number; indent: number; list: boolean } {
  let i = 0;
  let markers = 0;
  let indent = -1;
  let list = false;
  for (;;) {
    let width = 0;
    while (line[i] === ' ' || line[i] === '\t') width += line[i++] === '\t' ? 4 : 1;
    if (indent < 0) indent = width;
    if (line[i] === '>') {
      markers++;
      i++;
      continue;
    }
    const marker = MARKER.exec(line.slice(i, i + 11));
    if (!marker) return { markers, indent, list };
    markers++;
    list = true;
    i += marker[0].length;
  }
}

/**
 * 1-based line of the first place where nesting exceeds MAX_MARKDOWN_NESTING, or undefined. Counts containers
 * opened on one line, list items indented ever deeper (a stack of indentations, never reset by other lines,
 * so lazy continuation lines cannot hide depth), and unclosed `[` or `(` within a paragraph.
 */
export function nestingLine(body: string): number | undefined {
  const lines = body.split('\n');
  const stack: number[] = [];
  let brackets = 0;
  let parens = 0;
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n];
    if (line.trim() === '') {
      brackets = parens = 0;
      continue;
    }
    const { markers, indent, list } = prefixOf(line);
    if (list) {
      while (stack.length > 0 && stack[stack.length - 1] >= indent) stack.pop();
      stack.push(indent);
    }
    // A list line's first marker is the level it pushed.
    if (markers + stack.length - (list ? 1 : 0) > MAX_MARKDOWN_NESTING) return n + 1;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (c === '\\') i++;
      else if (c === '[') brackets++;
      else if (c === ']') brackets = Math.max(0, brackets - 1);
      else if (c === '(') parens++;
      else if (c === ')') parens = Math.max(0, parens - 1);
      if (brackets > MAX_MARKDOWN_NESTING || parens > MAX_MARKDOWN_NESTING) return n + 1;
    }
  }
  return undefined;
}

/** Depth of the tree, iteratively (the check must not itself recurse). */
function depthOf(root: Root): number {
  let max = 0;
  const stack: [unknown, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    max = Math.max(max, depth);
    for (const child of (node as { children?: unknown[] }).children ?? []) stack.push([child, depth + 1]);
  }
  return max;
}

/** Parses a body; `line` is relative to the body (1 = its first line). */
export function parseMarkdownSafely(body: string): ParsedMarkdown {
  const line = nestingLine(body);
  if (line !== undefined) return { ok: false, line, reason: 'nesting' };
  try {
    const root = parseMarkdown(body);
    // Inline nesting adds levels the pre-scan does not count (emphasis in links in emphasis ...).
    return depthOf(root) > MAX_MARKDOWN_NESTING * 4 ? { ok: false, line: 1, reason: 'nesting' } : { ok: true, root };
  } catch {
    // A stack overflow inside the parser: same cause, the file's nesting.
    return { ok: false, line: 1, reason: 'nesting' };
  }
}
