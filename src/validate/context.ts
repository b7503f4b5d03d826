/** What every rule gets: the tree, parsed config, reference lists, cached parses, and one way to report. */
import type { Pack } from '../content/cache.ts';
import type { SourceFile } from '../content/source.ts';
import type { ContentTree, TreeFile } from '../content/tree.ts';
import type { Wilayah } from '../lib/wilayah-list.ts';
import { PemdaSchema, type Pemda } from '../schemas/index.ts';
import { collectOfficialPhones, readBytes, readCsv, type CsvFile } from './context-parts.ts';
import { markdownFacts, type MarkdownFacts } from './markdown-facts.ts';
import type { DocumentFacts } from './documents.ts';
import type { Audience, Platform } from './platform.ts';
import { redactPersonalData } from './personal-data/redact.ts';
import type { Problem, Severity } from './problem.ts';
import { buildKnownRoutes } from './routes.ts';
import { wibDateString } from '../lib/wib.ts';

export { normalisePhone, readable, type CsvFile } from './context-parts.ts';

export type ProblemInput = Omit<Problem, 'severity' | 'column'> & { severity?: Severity; column?: number };

/** Which files the rules check: all (a whole-tree run), or those in scope (`validate -- <file>`). */
export type FileSet = 'checked' | 'all';

export interface RuleContext {
  /** Every file of the tree; its sources may be only those of the checked files and what cross-file rules need. */
  tree: ContentTree;
  /** pemda.yaml when it is valid; every consumer must cope with undefined (missing or invalid file). */
  pemda: Pemda | undefined;
  wilayah: Map<string, Wilayah>;
  /** Official phone numbers (normalised to `08…`/`0291…` digits) from pemda.yaml and every OPD profile. */
  officialPhones: Set<string>;
  /** Every public URL the site will have (for internal link checks); answers yes to any page when the platform does not know them all. */
  routes: { has(url: string): boolean };
  /** Who reads the messages (platform.ts): rules that name fields or files word their fix for that reader. */
  audience: Audience;
  /** The day of the run in WIB, `YYYY-MM-DD` (the clock unless a caller injects it): what "expired" is judged against. */
  today: string;
  /** Personal data found in a PDF or office document (`none` where the platform cannot open documents). */
  documentFacts(file: TreeFile): Promise<DocumentFacts>;
  /** Caches of per-file results by content hash (absent without a content cache). */
  packs: { documents?: Pack<DocumentFacts> };
  /** True for a file whose own problems this run reports (every file, unless scoped). */
  checked(path: string): boolean;
  /** What the markdown rules need from the body, or where its nesting (or parse time) made it refused. */
  markdown(source: SourceFile): MarkdownFacts;
  /** The `judul` of a news file, also for one whose source a scoped run did not read (scope-index.ts). */
  newsTitle(file: TreeFile): string | undefined;
  /**
   * The bytes of a regular file, at most `maxBytes` (e.g. a magic-number sniff). A file over its size limit
   * or not regular is never read: the result is empty (files/size and files/symlink report it).
   */
  readBytes(file: TreeFile, maxBytes?: number): Promise<Buffer>;
  /** Decoded rows of a CSV file (cached; shared by the CSV and personal-data rules); never reads an oversized one. */
  csv(file: TreeFile): Promise<CsvFile>;
  report(problem: ProblemInput): void;
  /** Runs `fn` per checked source; an exception for one source is reported against it (`intern/<rule>`) and the loop goes on. */
  eachSource(fn: (source: SourceFile) => void): void;
  /** Same per file of the tree, one file at a time: the checked ones, or `all` (a rule that relates files to each other). */
  eachFile(fn: (file: TreeFile) => void | Promise<void>, files?: FileSet): Promise<void>;
}

export interface ContextOptions {
  /** Where the rules run: the region list, the document reader, the audience of the messages. */
  platform: Platform;
  /** Bodies parsed elsewhere (the worker pool), by path. */
  parsed?: Map<string, MarkdownFacts>;
  /** Markdown facts by body hash (the content cache). */
  markdownPack?: Pack<MarkdownFacts>;
  documentPack?: Pack<DocumentFacts>;
  /** The files whose problems are reported (default: all). */
  checked?: (path: string) => boolean;
  /** Titles of news files not read, by path (a scoped run). */
  titles?: Map<string, string | undefined>;
  /** The moment of the run (tests inject it); default the clock. */
  now?: Date;
}

/** The cache key of a markdown body: the hash of its file (the body is a part of it). */
const bodyKey = (tree: ContentTree, source: SourceFile) => tree.hashes.get(source.path);

/**
 * The shared context. Without parsed facts or a cache entry, a body is parsed here on first use. Rule-bound parts
 * (report, eachSource, eachFile) are completed per rule by `forRule` in guard.ts.
 */
export function createContext(tree: ContentTree, sink: Problem[], options: ContextOptions): RuleContext {
  const parsedPemda = PemdaSchema.safeParse(tree.sources.get('content/pemda.yaml')?.data);
  const pemda = parsedPemda.success ? parsedPemda.data : undefined;
  const csvCache = new Map<string, Promise<CsvFile>>();
  const parsed = options.parsed ?? new Map<string, MarkdownFacts>();
  const checked = options.checked ?? (() => true);
  const { markdownPack, platform } = options;
  const ctx: RuleContext = {
    tree,
    pemda,
    wilayah: platform.wilayah,
    officialPhones: collectOfficialPhones(tree, pemda),
    routes: platform.knowsAllPages ? buildKnownRoutes(tree) : { has: () => true },
    audience: platform.audience,
    today: wibDateString(options.now ?? new Date()),
    documentFacts: (file) => (platform.documentFacts ? platform.documentFacts(ctx, file) : Promise.resolve({ kind: 'none' })),
    packs: { documents: options.documentPack },
    checked,
    markdown(source) {
      let result = parsed.get(source.path);
      if (result) return result;
      const key = bodyKey(tree, source);
      result = key === undefined ? undefined : markdownPack?.get(key);
      if (!result) {
        result = markdownFacts(source.body);
        if (key !== undefined) markdownPack?.set(key, result);
      }
      parsed.set(source.path, result);
      return result;
    },
    newsTitle(file) {
      const source = tree.sources.get(file.path);
      const judul = source ? (source.data as { judul?: unknown } | undefined)?.judul : options.titles?.get(file.path);
      return typeof judul === 'string' ? judul : undefined;
    },
    readBytes: (file, maxBytes) => readBytes(tree, file, maxBytes),
    csv(file) {
      let hit = csvCache.get(file.path);
      if (!hit) csvCache.set(file.path, (hit = readCsv(tree, file)));
      return hit;
    },
    report(p) {
      // Masked at the source: rules may echo a raw value (a CSV cell, a link), and problems reach logs, CI annotations
      // and the public compliance pages (UU 27/2022 PDP).
      sink.push({ file: p.file, line: p.line, column: p.column ?? 1, severity: p.severity ?? 'error', rule: p.rule, message: redactPersonalData(p.message), hint: redactPersonalData(p.hint) });
    },
    eachSource(fn) {
      for (const source of tree.sources.values()) if (checked(source.path)) fn(source);
    },
    async eachFile(fn, files = 'checked') {
      for (const file of tree.files) if (files === 'all' || checked(file.path)) await fn(file);
    },
  };
  return ctx;
}
