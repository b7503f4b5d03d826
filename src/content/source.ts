/**
 * Reading one text file of the content tree: frontmatter (YAML, with positions) and body. Keeps the
 * YAML document so that problems can be reported at the line of the offending key. Never throws: YAML that
 * the portal refuses (tags, many aliases, deep nesting) becomes an error with a code, not an exception.
 */
import { LineCounter, parseDocument, isAlias, isMap, isSeq, isScalar, type Document, type Node } from 'yaml';
import type { ContentPath } from './paths.ts';

/** `code`: the `yaml` package's (`BAD_INDENT`, ...) or ours: `TAG` (explicit `!tag`), `ALIAS`, `DEPTH`. */
export interface YamlSyntaxError {
  line: number;
  column: number;
  code: string;
  /** The parser's own (English) text, for debugging; the validator shows an Indonesian text per code. */
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

/** Real content nests 5 levels (pemda.yaml `kepatuhan.wajib.semua[]`); beyond this it is an attack or an accident. */
export const MAX_YAML_DEPTH = 32;
/** Aliases expand to copies (billion laughs), and the `yaml` package resolves each one by a walk of the document. */
export const MAX_YAML_ALIASES = 20;

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

type Issue = { offset: number; code: string; message: string };

/**
 * One iterative walk (the `yaml` package's own `visit` recurses, and a deep document overflows the stack):
 * explicit tags, alias count, depth, and duplicate keys (checked here in linear time: the package's
 * `uniqueKeys` compares every key with every other one, minutes for a 50,000-key map).
 */
function inspect(doc: Document): Issue[] {
  const issues: Issue[] = [];
  const stack: [unknown, number][] = [[doc.contents, 1]];
  let aliases = 0;
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (!node || typeof node !== 'object') continue;
    const offset = (node as Node).range?.[0] ?? 0;
    if ((node as Node).tag) issues.push({ offset, code: 'TAG', message: `tag ${(node as Node).tag}` });
    if (isAlias(node) && ++aliases > MAX_YAML_ALIASES) return [...issues, { offset, code: 'ALIAS', message: 'too many aliases' }];
    if (depth > MAX_YAML_DEPTH) return [...issues, { offset, code: 'DEPTH', message: 'nesting too deep' }];
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? pair.key.value : pair.key;
        if (seen.has(key)) issues.push({ offset: (pair.key as Node).range?.[0] ?? offset, code: 'DUPLICATE_KEY', message: 'duplicate key' });
        seen.add(key);
      }
      // Pushed in reverse so that items are visited in document order (the first offender is reported).
      for (const pair of [...node.items].reverse()) stack.push([pair.value, depth + 1], [pair.key, depth + 1]);
    } else if (isSeq(node)) for (const item of [...node.items].reverse()) stack.push([item, depth + 1]);
  }
  return issues;
}

function toData(doc: Document): { data: unknown } | { issue: Issue } {
  try {
    return { data: doc.toJS({ maxAliasCount: 100 }) ?? {} };
  } catch (error) {
    // maxAliasCount throws a ReferenceError; anything else here is resource exhaustion too.
    return { issue: { offset: 0, code: error instanceof ReferenceError ? 'ALIAS' : 'DEPTH', message: String((error as Error).message) } };
  }
}

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
  // logLevel: the package would print Node warnings (e.g. for a list used as a key) into the validator's output.
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: false, logLevel: 'error' });
  const issues: Issue[] = doc.errors.map((e) => ({ offset: e.pos[0], code: e.code, message: e.message.split('\n')[0] }));
  // After the parser gave up on depth, the same nesting would only be reported twice.
  if (!issues.some((i) => i.code === 'RESOURCE_EXHAUSTION')) issues.push(...inspect(doc));
  let data: unknown;
  if (issues.length === 0 && !missingFrontmatter) {
    const result = toData(doc);
    if ('issue' in result) issues.push(result.issue);
    else data = result.data;
  }
  const yamlErrors = issues.map(({ offset, code, message }) => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line + yamlLineOffset, column: pos.col, code, message };
  });
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
