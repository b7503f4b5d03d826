/**
 * Reading one text file of the content tree: frontmatter (YAML, with positions) and body. Never throws: YAML that
 * the portal refuses (tags, many aliases, deep nesting) becomes an error with a code, not an exception.
 * Self-contained (yaml and paths.ts only): the ownership check of CI copies this file alone.
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
  /** The YAML Document, to locate a key (absent for a cached source until documentOf parses it). */
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
  try { return { data: doc.toJS({ maxAliasCount: 100 }) ?? {} }; } catch (error) {
    // maxAliasCount throws a ReferenceError; anything else here is resource exhaustion too.
    return { issue: { offset: 0, code: error instanceof ReferenceError ? 'ALIAS' : 'DEPTH', message: String((error as Error).message) } };
  }
}

/** Where the YAML of a file lies: a markdown file's frontmatter, or the whole YAML file. */
function split(where: ContentPath, text: string): { yamlText: string; yamlLineOffset: number; bodyStart: number; bodyLine: number; missingFrontmatter: boolean } {
  if (!where.path.endsWith('.md')) return { yamlText: text, yamlLineOffset: 0, bodyStart: text.length, bodyLine: 1, missingFrontmatter: false };
  const match = FRONTMATTER.exec(text);
  if (!match) return { yamlText: '', yamlLineOffset: 0, bodyStart: 0, bodyLine: 1, missingFrontmatter: true };
  const bodyLine = match[0].split('\n').length + (match[0].endsWith('\n') ? 0 : 1);
  return { yamlText: match[1], yamlLineOffset: 1, bodyStart: match[0].length, bodyLine, missingFrontmatter: false };
}

/** Beyond this estimated nesting the parser is not called: it recurses per level, and where it overflows depends on the stack left. */
const PARSE_DEPTH = 128;

/**
 * One linear pass over the lines: nesting estimated from block indentation levels, `- `/`? ` indicators and open
 * `[`/`{` (outside quoted scalars). When it passes PARSE_DEPTH, the first line over MAX_YAML_DEPTH; else undefined.
 */
export function tooDeep(yaml: string): { line: number; column: number } | undefined {
  const indents: number[] = [];
  const blank = (c: string | undefined) => c === undefined || c === ' ' || c === '\t' || c === '\r';
  let flow = 0, max = 0, first: { line: number; column: number } | undefined;
  yaml.split('\n').forEach((line, n) => {
    let indent = 0;
    while (blank(line[indent]) && indent < line.length) indent++;
    if (indent === line.length || line[indent] === '#') return;
    if (flow === 0) {
      while (indents.length > 0 && indents[indents.length - 1] >= indent) indents.pop();
      indents.push(indent);
    }
    let depth = indents.length + flow + 1, peak = depth, quote = '', start = true;
    for (let i = indent; i < line.length; i++) {
      const c = line[i];
      if (quote) {
        if (c === '\\' && quote === '"') i++;
        else if (c === quote) quote = '';
        continue;
      }
      if (c === ' ' || c === '\t') continue;
      if (c === '#' && blank(line[i - 1])) break;
      if (start && (c === '"' || c === "'")) quote = c;
      else if ((c === '-' || c === '?') && start && blank(line[i + 1])) peak = Math.max(peak, ++depth);
      else if (c === '[' || c === '{') (peak = Math.max(peak, ++depth)), flow++;
      else if (c === ']' || c === '}') (depth--, (flow = Math.max(0, flow - 1)));
      start = !quote && (c === '[' || c === '{' || c === ',' || ((c === ':' || c === '-' || c === '?') && blank(line[i + 1])));
    }
    max = Math.max(max, peak);
    if (!first && peak > MAX_YAML_DEPTH) first = { line: n + 1, column: indent + 1 };
  });
  return max > PARSE_DEPTH ? first : undefined;
}

function parseYaml(yamlText: string): { doc: Document; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  // logLevel: the package would print Node warnings (e.g. for a list used as a key) into the validator's output.
  const options = { lineCounter, prettyErrors: false, uniqueKeys: false, logLevel: 'error' } as const;
  return { doc: parseDocument(yamlText, options), lineCounter };
}

/**
 * What parsing yields besides the text: pure in the file's bytes and in markdown-or-YAML, and structured-cloneable,
 * so src/content/cache.ts keeps it by content hash (the YAML Document is not kept: see documentOf).
 */
export interface SourceFacts extends Pick<SourceFile, 'data' | 'yamlErrors' | 'bodyLine' | 'missingFrontmatter' | 'yamlLineOffset'> {
  /** Offset of the body in the text (the text's length for YAML files). */
  bodyStart: number;
}

/** The text as parsed: without a UTF-8 byte order mark. */
export const stripBom = (raw: string) => raw.replace(/^\uFEFF/, '');

/** A source from its text and facts (parsed now or cached); without `doc`, documentOf parses it when a problem needs a line. */
export function sourceOf(where: ContentPath, text: string, facts: SourceFacts, parsed?: { doc: Document; lineCounter: LineCounter }): SourceFile {
  const body = where.path.endsWith('.md') ? text.slice(facts.bodyStart) : '';
  const { bodyStart: _, ...rest } = facts;
  return { ...where, text, body, ...rest, doc: parsed?.doc, lineCounter: parsed?.lineCounter };
}

/** Parses a markdown (frontmatter + body) or YAML file (text without BOM). Never throws on bad input. */
export function parseFacts(where: ContentPath, text: string): { facts: SourceFacts; doc: Document; lineCounter: LineCounter } {
  const { yamlText, yamlLineOffset, ...at } = split(where, text);
  const deep = tooDeep(yamlText);
  const { doc, lineCounter } = parseYaml(deep ? '' : yamlText);
  const issues: Issue[] = doc.errors.map((e) => ({ offset: e.pos[0], code: e.code, message: e.message.split('\n')[0] }));
  // After the parser gave up on depth, the same nesting would only be reported twice.
  if (!issues.some((i) => i.code === 'RESOURCE_EXHAUSTION')) issues.push(...inspect(doc));
  let data: unknown;
  if (!deep && issues.length === 0 && !at.missingFrontmatter) {
    const result = toData(doc);
    if ('issue' in result) issues.push(result.issue);
    else data = result.data;
  }
  const yamlErrors = issues.map(({ offset, code, message }) => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line + yamlLineOffset, column: pos.col, code, message };
  });
  if (deep) yamlErrors.push({ line: deep.line + yamlLineOffset, column: deep.column, code: 'DEPTH', message: 'nesting too deep' });
  return { facts: { data, yamlErrors, yamlLineOffset, ...at }, doc, lineCounter };
}

/** Parses a markdown (frontmatter + body) or YAML file. Never throws on bad input. */
export function parseSource(where: ContentPath, rawText: string): SourceFile {
  const text = stripBom(rawText);
  const { facts, doc, lineCounter } = parseFacts(where, text);
  return sourceOf(where, text, facts, { doc, lineCounter });
}

/** The YAML Document of a file's text, as parseFacts builds it (empty when too deep to parse). */
export function yamlDocument(where: ContentPath, text: string): { doc: Document; lineCounter: LineCounter } {
  const { yamlText } = split(where, text);
  return parseYaml(tooDeep(yamlText) ? '' : yamlText);
}
