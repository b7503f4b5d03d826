/** The parts of the rule context computed from the tree: official phone numbers, readability, CSV files. */
import { byteLimit, type ContentTree, type TreeFile } from '../content/tree-build.ts';
import { decodeCsv, delimiterOf, parseCsvRows, type CsvRow, type Decoded } from '../lib/csv.ts';
import { DatasetSchema, OpdSchema, type Dataset, type Pemda } from '../schemas/index.ts';

/** A CSV as read with its declared delimiter (`,` when its metadata is missing or invalid). */
export interface CsvFile {
  decoded: Decoded;
  rows: CsvRow[];
  /** Also undefined when the CSV was not read (`skipped`), so checks against the metadata skip it. */
  meta: Dataset | undefined;
  /** True when the file is over its size limit (reported by files/size) and was never read. */
  skipped: boolean;
}

/** Digits of a phone number, with the +62/62 country prefix turned into the domestic 0. */
export function normalisePhone(text: string): string {
  const digits = text.replace(/\D/g, '');
  return digits.startsWith('62') ? `0${digits.slice(2)}` : digits;
}

/** Official numbers of pemda.yaml and of every OPD profile (a scoped tree reads all profiles for this). */
export function collectOfficialPhones(tree: ContentTree, pemda: Pemda | undefined): Set<string> {
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

/** The bytes of a readable file, at most `maxBytes`; empty for a file that may not be read. */
export function readBytes(tree: ContentTree, file: TreeFile, maxBytes = Infinity): Promise<Buffer> {
  return readable(tree, file) ? tree.read(file, Math.min(maxBytes, byteLimit(tree.limits, file.path))) : Promise.resolve(Buffer.alloc(0));
}

/** A dataset CSV with the metadata of its companion YAML file (which a scoped tree reads along with it). */
export async function readCsv(tree: ContentTree, file: TreeFile): Promise<CsvFile> {
  if (!readable(tree, file)) return { decoded: { ok: true, text: '' }, rows: [], meta: undefined, skipped: true };
  const metaSource = tree.sources.get(file.path.replace(/\.csv$/, '.yaml')) ?? tree.sources.get(file.path.replace(/\.csv$/, '.yml'));
  const parsedMeta = DatasetSchema.safeParse(metaSource?.data);
  const meta = parsedMeta.success ? parsedMeta.data : undefined;
  const decoded = decodeCsv(await readBytes(tree, file));
  const rows = decoded.ok ? parseCsvRows(decoded.text, meta ? delimiterOf(meta) : ',') : [];
  return { decoded, rows, meta, skipped: false };
}
