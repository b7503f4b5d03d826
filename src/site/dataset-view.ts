/**
 * What a dataset page shows: the first rows of its CSV and a summary per column (filled and empty cells,
 * minimum and maximum of numeric columns). Reads the CSV with src/lib/csv.ts, exactly like the validator.
 * Nothing is cached: at 1,000 datasets of up to 5 MB, keeping them all would exhaust the build's memory.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Entry } from '../content/model.ts';
import { resolveOpdFile } from '../content/paths.ts';
import { datasetCsvPath as csvInOpdFolder } from '../content/types/index.ts';
import type { ContentTree, TreeFile } from '../content/tree.ts';
import { decodeCsv, delimiterOf, parseCell, parseCsvRows, typedRecords, type CsvRow } from '../lib/csv.ts';
import type { Dataset, TipeKolom } from '../schemas/index.ts';
import { fileAt } from './files.ts';
import { formatNumber, formatNumberFixed } from './format.ts';
import { getSiteModel } from './model.ts';

/** Rows shown on the page; the full data is in the downloads (never a page per row). */
export const PREVIEW_ROWS = 20;

export interface ColumnSummary {
  nama: string;
  judul: string;
  tipe: TipeKolom;
  satuan?: string;
  terisi: number;
  kosong: number;
  min?: number;
  max?: number;
}

export interface DatasetData {
  /** Original bytes of the CSV (the CSV download is these bytes, unchanged). */
  bytes: Uint8Array<ArrayBuffer>;
  header: string[];
  /** Data rows (header excluded). */
  rows: CsvRow[];
}

const NUMERIC: ReadonlySet<TipeKolom> = new Set(['bilangan', 'bilangan-bulat']);

type Kolom = Dataset['kolom'][number];

/** Numbers are right-aligned and shown the Indonesian way. */
export function isNumericColumn(kolom: Kolom): boolean {
  return NUMERIC.has(kolom.tipe);
}

/** A whole-number year column (`tahun`, `tahun_berdiri`): 2018 must not read as "2.018". */
function isYearColumn(kolom: Kolom): boolean {
  return kolom.tipe === 'bilangan-bulat' && /^tahun(_|$)/.test(kolom.nama);
}

/** A number of a column for display: `3.461,2`; years without a thousands separator. */
export function formatColumnNumber(value: number, kolom: Kolom): string {
  return isYearColumn(kolom) ? String(value) : formatNumber(value);
}

/**
 * A CSV cell as the preview table shows it: numbers in id-ID format with the decimals the source wrote
 * (`4529.94` -> `4.529,94`, `60.50` -> `60,50`); anything else, and a number that does not parse, as written.
 * Downloads keep the original text.
 */
export function displayCell(raw: string, kolom: Kolom, desimal: Dataset['desimal']): string {
  if (!isNumericColumn(kolom)) return raw;
  const cell = parseCell(raw, kolom.tipe, desimal);
  if (!cell.ok || typeof cell.value !== 'number') return raw;
  if (isYearColumn(kolom)) return String(cell.value);
  const fraction = /[.,](\d+)$/.exec(raw.trim())?.[1].length ?? 0;
  return formatNumberFixed(cell.value, fraction);
}

/** Repository path of a dataset's CSV, resolved only through resolveOpdFile. */
export function datasetCsvPath(entry: Entry<Dataset>): string | null {
  return resolveOpdFile(entry.opd, csvInOpdFolder(entry.slug));
}

/** The dataset's CSV file in the tree (a regular file, not a symlink), without reading it. */
export function datasetCsvFile(tree: ContentTree, entry: Entry<Dataset>): TreeFile | null {
  const path = datasetCsvPath(entry);
  const file = path ? fileAt(tree, path) : undefined;
  return file && file.regular && !file.symlink ? file : null;
}

/** Static paths of the CSV and JSON downloads: only datasets that have their CSV (the page says so otherwise). */
export async function datasetDownloadPaths() {
  const site = await getSiteModel();
  return site.datasets
    .filter((entry) => datasetCsvFile(site.tree, entry))
    .map((entry) => ({ params: { opd: entry.opd, slug: entry.slug }, props: { entry } }));
}

/** Original bytes of the dataset's CSV, or null when there is no such file. */
export async function readDatasetBytes(tree: ContentTree, entry: Entry<Dataset>): Promise<Uint8Array<ArrayBuffer> | null> {
  const file = datasetCsvFile(tree, entry);
  return file ? new Uint8Array(await readFile(join(tree.root, file.path))) : null;
}

/** Reads and parses a dataset's CSV; null when the file is missing, a symlink, or not UTF-8. */
export async function readDatasetData(tree: ContentTree, entry: Entry<Dataset>): Promise<DatasetData | null> {
  const bytes = await readDatasetBytes(tree, entry);
  if (!bytes) return null;
  const decoded = decodeCsv(bytes);
  if (!decoded.ok) return null;
  const all = parseCsvRows(decoded.text, delimiterOf(entry.data));
  if (all.length === 0) return null;
  return { bytes, header: all[0].cells, rows: all.slice(1) };
}

/** Per-column counts and numeric range, in the order of the column dictionary. */
export function summarizeColumns(meta: Dataset, rows: CsvRow[]): ColumnSummary[] {
  return meta.kolom.map((kolom, i) => {
    const summary: ColumnSummary = { nama: kolom.nama, judul: kolom.judul, tipe: kolom.tipe, satuan: kolom.satuan, terisi: 0, kosong: 0 };
    for (const row of rows) {
      const raw = row.cells[i] ?? '';
      if (raw.trim() === '') {
        summary.kosong++;
        continue;
      }
      summary.terisi++;
      if (!isNumericColumn(kolom)) continue;
      const cell = parseCell(raw, kolom.tipe, meta.desimal);
      if (!cell.ok || typeof cell.value !== 'number') continue;
      summary.min = summary.min === undefined ? cell.value : Math.min(summary.min, cell.value);
      summary.max = summary.max === undefined ? cell.value : Math.max(summary.max, cell.value);
    }
    return summary;
  });
}

/** Typed records for the JSON download (header row first, as typedRecords expects). */
export function datasetRecords(meta: Dataset, data: DatasetData) {
  return typedRecords(meta, [{ line: 1, cells: data.header }, ...data.rows]);
}
