/**
 * What a source said, before it meets the dataset: its field names and its records. A CSV source is read with the
 * project's own reader (src/lib/csv.ts, papaparse) in the source's delimiter; a JSON source is a list of objects,
 * either the whole document or the list at a dotted path (`data`, `result.records`).
 */
import { DELIMITERS } from '../schemas/dataset.ts';
import { parseCsvRows } from '../lib/csv.ts';
import type { Sumber } from '../schemas/sumber.ts';
import { HarvestFailure } from './failure.ts';

export type SourceRecord = Record<string, unknown>;

export interface SourceTable {
  /** Every field name the source has, in first-seen order. */
  fields: string[];
  records: SourceRecord[];
}

/** A CSV source: its header row names the fields; a row with another number of cells is refused. */
export function tableFromCsv(text: string, pemisah: keyof typeof DELIMITERS): SourceTable {
  const rows = parseCsvRows(text, DELIMITERS[pemisah]);
  if (rows.length === 0) throw new HarvestFailure('jawaban sumber kosong (tidak ada baris judul kolom)');
  const fields = rows[0].cells.map((c) => c.trim());
  const records = rows.slice(1).map((row) => {
    if (row.cells.length !== fields.length) {
      throw new HarvestFailure(`baris ${row.line} CSV sumber berisi ${row.cells.length} sel, seharusnya ${fields.length}; periksa \`sumber.pemisah\` atau ekspor di sistem sumber`);
    }
    return Object.fromEntries(fields.map((f, i) => [f, row.cells[i]]));
  });
  return { fields, records };
}

const isRecord = (value: unknown): value is SourceRecord => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The list at a dotted path of a parsed JSON document (the document itself without a path). */
export function recordsAt(document: unknown, path: string | undefined): unknown[] {
  let value = document;
  for (const key of path ? path.split('.') : []) value = isRecord(value) ? value[key] : undefined;
  if (!Array.isArray(value)) {
    throw new HarvestFailure(path ? `JSON sumber tidak memuat daftar rekaman di \`data: ${path}\`; periksa \`sumber.data\`` : 'JSON sumber bukan daftar rekaman; tulis letak daftarnya di `sumber.data`, misalnya `data` atau `result.records`');
  }
  return value;
}

/** Records of JSON values: every item must be an object; fields are the union of their keys. */
export function tableFromRecords(items: unknown[]): SourceTable {
  const fields = new Set<string>();
  const records = items.map((item, i) => {
    if (!isRecord(item)) throw new HarvestFailure(`rekaman ke-${i + 1} JSON sumber bukan objek {…}`);
    for (const key of Object.keys(item)) fields.add(key);
    return item;
  });
  return { fields: [...fields], records };
}

/** Parses JSON text; the parser's own message is not shown (it quotes the text, which may hold personal data). */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new HarvestFailure('jawaban sumber bukan JSON yang valid; periksa `sumber.format` dan `sumber.url` (mungkin halaman galat atau HTML)');
  }
}

/** A JSON source's table (format `json`). */
export function tableFromJson(text: string, sumber: Pick<Sumber, 'data'>): SourceTable {
  return tableFromRecords(recordsAt(parseJson(text), sumber.data));
}
