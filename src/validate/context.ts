/** What every rule gets: the tree, parsed config, reference lists, cached parses, and one way to report. */
import { redactPersonalData } from './personal-data/redact.ts';
import { buildKnownRoutes } from './routes.ts';
import { byteLimit, type ContentTree, type TreeFile } from '../content/tree.ts';
import type { SourceFile } from '../content/source.ts';
import { decodeCsv, parseCsvRows, type CsvRow, type Decoded } from '../lib/csv.ts';
import { loadWilayah, type Wilayah } from '../lib/wilayah.ts';
import { DatasetSchema, PemdaSchema, OpdSchema, type Dataset, type Pemda } from '../schemas/index.ts';
import { delimiterOf } from '../lib/csv.ts';
import { parseMarkdownSafely, type ParsedMarkdown } from './markdown-guard.ts';
import type { Problem, Severity } from './problem.ts';

/** A CSV as read with its declared delimiter (`,` when its metadata is missing or invalid). */
export interface CsvFile {
  decoded: Decoded;
  rows: CsvRow[];
  /** Also undefined when the CSV was not read (`skipped`), so checks against the metadata skip it. */
  meta: Dataset | undefined;
  /** True when the file is over its size limit (reported by files/size) and was never read. */
  skipped: boolean;
}

export type ProblemInput = Omit<Problem, 'severity' | 'column'> & { severity?: Severity; column?: number };

export interface RuleContext {
  tree: ContentTree;
  /** pemda.yaml when it is valid; every consumer must cope with undefined (missing or invalid file). */
  pemda: Pemda | undefined;
  wilayah: Map<string, Wilayah>;
  /** Official phone numbers (normalised to `08…`/`0291…` digits) from pemda.yaml and every OPD profile. */
  officialPhones: Set<string>;
  /** Every public URL the site will have (for internal link checks). */
  routes: Set<string>;
  /** The parsed body, or where its nesting (or parse time) made it refused (see markdown-guard.ts). */
  markdown(source: SourceFile): ParsedMarkdown;
  /**
   * The bytes of a regular file, at most `maxBytes` (e.g. a magic-number sniff). A file over its size limit
   * or not regular is never read: the result is empty (files/size and files/symlink report it).
   */
  readBytes(file: TreeFile, maxBytes?: number): Promise<Buffer>;
  /** Decoded rows of a CSV file (cached; shared by the CSV and personal-data rules); never reads an oversized one. */
  csv(file: TreeFile): Promise<CsvFile>;
  report(problem: ProblemInput): void;
  /** Runs `fn` per source; an exception for one source is reported against it (`intern/<rule>`) and the loop goes on. */
  eachSource(fn: (source: SourceFile) => void): void;
  /** Same per file of the tree, one file at a time. */
  eachFile(fn: (file: TreeFile) => void | Promise<void>): Promise<void>;
}

/** Digits of a phone number, with the +62/62 country prefix turned into the domestic 0. */
export function normalisePhone(text: string): string {
  const digits = text.replace(/\D/g, '');
  return digits.startsWith('62') ? `0${digits.slice(2)}` : digits;
}

function collectOfficialPhones(tree: ContentTree, pemda: Pemda | undefined): Set<string> {
  const phones = new Set<string>();
  for (const t of [...(pemda?.telepon ?? []), pemda?.whatsapp ?? '']) if (t) phones.add(normalisePhone(t));
  for (const source of tree.sources.values()) {
    if (source.kind !== 'profil') continue;
    const parsed = OpdSchema.safeParse(source.data);
    if (!parsed.success) continue;
    for (const t of [...parsed.data.telepon, parsed.data.ppid_pelaksana.telepon ?? '']) if (t) phones.add(normalisePhone(t));
  }
  return phones;
}

/** Whether a file may be read at all: regular, and within its limit (pemda.yaml's, as the tree applied them). */
export function readable(tree: ContentTree, file: TreeFile): boolean {
  return file.regular && !file.symlink && file.size <= byteLimit(tree.limits, file.path);
}

/**
 * The shared context. `parsed` holds bodies already parsed elsewhere (the worker pool of validateRepo);
 * without it, bodies are parsed here on first use. Rule-bound parts (report, eachSource, eachFile) are
 * completed per rule by `forRule` in guard.ts.
 */
export function createContext(tree: ContentTree, sink: Problem[], parsed = new Map<string, ParsedMarkdown>()): RuleContext {
  const parsedPemda = PemdaSchema.safeParse(tree.sources.get('content/pemda.yaml')?.data);
  const pemda = parsedPemda.success ? parsedPemda.data : undefined;
  const csvCache = new Map<string, Promise<CsvFile>>();
  const readBytes = async (file: TreeFile, maxBytes = Infinity): Promise<Buffer> =>
    readable(tree, file) ? tree.read(file, Math.min(maxBytes, byteLimit(tree.limits, file.path))) : Buffer.alloc(0);
  const readCsv = async (file: TreeFile): Promise<CsvFile> => {
    if (!readable(tree, file)) return { decoded: { ok: true, text: '' }, rows: [], meta: undefined, skipped: true };
    const metaSource = tree.sources.get(file.path.replace(/\.csv$/, '.yaml')) ?? tree.sources.get(file.path.replace(/\.csv$/, '.yml'));
    const parsedMeta = DatasetSchema.safeParse(metaSource?.data);
    const meta = parsedMeta.success ? parsedMeta.data : undefined;
    const decoded = decodeCsv(await readBytes(file));
    const rows = decoded.ok ? parseCsvRows(decoded.text, meta ? delimiterOf(meta) : ',') : [];
    return { decoded, rows, meta, skipped: false };
  };
  return {
    tree,
    pemda,
    wilayah: loadWilayah(),
    officialPhones: collectOfficialPhones(tree, pemda),
    routes: buildKnownRoutes(tree),
    markdown(source) {
      let result = parsed.get(source.path);
      if (!result) parsed.set(source.path, (result = parseMarkdownSafely(source.body)));
      return result;
    },
    readBytes,
    csv(file) {
      let hit = csvCache.get(file.path);
      if (!hit) csvCache.set(file.path, (hit = readCsv(file)));
      return hit;
    },
    report(p) {
      // Masked at the source: rules may echo a raw value (a CSV cell, a link), and problems reach logs, CI annotations
      // and the public compliance pages (UU 27/2022 PDP).
      sink.push({ file: p.file, line: p.line, column: p.column ?? 1, severity: p.severity ?? 'error', rule: p.rule, message: redactPersonalData(p.message), hint: redactPersonalData(p.hint) });
    },
    eachSource(fn) {
      for (const source of tree.sources.values()) fn(source);
    },
    async eachFile(fn) {
      for (const file of tree.files) await fn(file);
    },
  };
}
