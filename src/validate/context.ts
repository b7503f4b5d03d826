/** What every rule gets: the tree, parsed config, reference lists, cached parses, and one way to report. */
import { readFile } from 'node:fs/promises';
import type { Root } from 'mdast';
import { buildKnownRoutes } from './routes.ts';
import type { ContentTree, TreeFile } from '../content/tree.ts';
import type { SourceFile } from '../content/source.ts';
import { parseMarkdown } from '../lib/markdown.ts';
import { decodeCsv, parseCsvRows, type CsvRow, type Decoded } from '../lib/csv.ts';
import { loadWilayah, type Wilayah } from '../lib/wilayah.ts';
import { DatasetSchema, PemdaSchema, OpdSchema, type Dataset, type Pemda } from '../schemas/index.ts';
import { delimiterOf } from '../lib/csv.ts';
import type { Problem, Severity } from './problem.ts';

/** A CSV as read with its declared delimiter (`,` when its metadata is missing or invalid). */
export interface CsvFile {
  decoded: Decoded;
  rows: CsvRow[];
  meta: Dataset | undefined;
}

export type ProblemInput = Omit<Problem, 'severity' | 'column'> & { severity?: Severity; column?: number };

export interface RuleContext {
  tree: ContentTree;
  pemda: Pemda | undefined;
  wilayah: Map<string, Wilayah>;
  /** Official phone numbers (normalised to `08…`/`0291…` digits) from pemda.yaml and every OPD profile. */
  officialPhones: Set<string>;
  /** Every public URL the site will have (for internal link checks). */
  routes: Set<string>;
  markdown(source: SourceFile): Root;
  readBytes(file: TreeFile): Promise<Buffer>;
  /** Decoded rows of a CSV file (cached; shared by the CSV and personal-data rules). */
  csv(file: TreeFile): Promise<CsvFile>;
  report(problem: ProblemInput): void;
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

export function createContext(tree: ContentTree, sink: Problem[]): RuleContext {
  const pemdaSource = tree.sources.get('content/pemda.yaml');
  const parsedPemda = PemdaSchema.safeParse(pemdaSource?.data);
  const pemda = parsedPemda.success ? parsedPemda.data : undefined;
  const mdCache = new Map<string, Root>();
  const csvCache = new Map<string, Promise<CsvFile>>();
  const readCsv = async (file: TreeFile): Promise<CsvFile> => {
    const metaSource = tree.sources.get(file.path.replace(/\.csv$/, '.yaml')) ?? tree.sources.get(file.path.replace(/\.csv$/, '.yml'));
    const parsedMeta = DatasetSchema.safeParse(metaSource?.data);
    const meta = parsedMeta.success ? parsedMeta.data : undefined;
    const decoded = decodeCsv(await readFile(file.abs));
    const rows = decoded.ok ? parseCsvRows(decoded.text, meta ? delimiterOf(meta) : ',') : [];
    return { decoded, rows, meta };
  };
  return {
    tree,
    pemda,
    wilayah: loadWilayah(),
    officialPhones: collectOfficialPhones(tree, pemda),
    routes: buildKnownRoutes(tree),
    markdown(source) {
      let root = mdCache.get(source.path);
      if (!root) mdCache.set(source.path, (root = parseMarkdown(source.body)));
      return root;
    },
    readBytes: (file) => readFile(file.abs),
    csv(file) {
      let hit = csvCache.get(file.path);
      if (!hit) csvCache.set(file.path, (hit = readCsv(file)));
      return hit;
    },
    report(p) {
      sink.push({ file: p.file, line: p.line, column: p.column ?? 1, severity: p.severity ?? 'error', rule: p.rule, message: p.message, hint: p.hint });
    },
  };
}
