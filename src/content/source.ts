/**
 * Reading one text file of the content tree: frontmatter (YAML, with positions) and body. Keeps the
 * YAML document so that problems can be reported at the line of the offending key.
 */
import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Document, type Node } from 'yaml';
import type { ContentPath } from './paths.ts';

export interface YamlSyntaxError {
  line: number;
  column: number;
  message: string;
}

export interface SourceFile extends ContentPath {
  text: string;
  /** Parsed frontmatter or YAML file (undefined when it has a syntax error or is missing). */
  data: unknown;
  yamlErrors: YamlSyntaxError[];
  /** Markdown body (empty for YAML files). */
  body: string;
  /** 1-based line of the first body line in the file. */
  bodyLine: number;
  /** True when a markdown file has no frontmatter block. */
  missingFrontmatter: boolean;
  doc?: Document;
  lineCounter?: LineCounter;
  /** Line in the file where the YAML starts (1-based) minus one. */
  yamlLineOffset: number;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

/** Parses a markdown (frontmatter + body) or YAML file. Never throws on bad input. */
export function parseSource(where: ContentPath, rawText: string): SourceFile {
  const text = rawText.replace(/^\uFEFF/, '');
  const isMarkdown = where.path.endsWith('.md');
  let yamlText = text;
  let yamlLineOffset = 0;
  let body = '';
  let bodyLine = 1;
  let missingFrontmatter = false;
  if (isMarkdown) {
    const match = FRONTMATTER.exec(text);
    if (match) {
      yamlText = match[1];
      yamlLineOffset = 1;
      body = text.slice(match[0].length);
      bodyLine = match[0].split('\n').length + (match[0].endsWith('\n') ? 0 : 1);
    } else {
      missingFrontmatter = true;
      yamlText = '';
      body = text;
    }
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const yamlErrors = doc.errors.map((error) => {
    const pos = lineCounter.linePos(error.pos[0]);
    return { line: pos.line + yamlLineOffset, column: pos.col, message: error.message.split('\n')[0] };
  });
  const data = yamlErrors.length === 0 && !missingFrontmatter ? (doc.toJS() ?? {}) : undefined;
  return { ...where, text, data, yamlErrors, body, bodyLine, missingFrontmatter, doc, lineCounter, yamlLineOffset };
}

/**
 * 1-based line and column of the key (or item) at `path` in the file; falls back to the deepest existing
 * parent, then to the first line of the frontmatter.
 */
export function locate(source: SourceFile, path: readonly PropertyKey[]): { line: number; column: number } {
  const fallback = { line: Math.max(1, source.yamlLineOffset), column: 1 };
  if (!source.doc || !source.lineCounter) return fallback;
  let node: unknown = source.doc.contents;
  let offset: number | undefined;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === key);
      if (!pair) break;
      offset = (pair.key as Node | null)?.range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as Node | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else break;
  }
  if (offset === undefined) return fallback;
  const pos = source.lineCounter.linePos(offset);
  return { line: pos.line + source.yamlLineOffset, column: pos.col };
}
