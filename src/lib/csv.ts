/**
 * Reading dataset CSVs (papaparse) and typing their cells by the column dictionary. Shared by the validator,
 * the dataset pages and the JSON export, so a cell means the same thing everywhere.
 */
import Papa from 'papaparse';
import type { Dataset, TipeKolom } from '../schemas/dataset.ts';
import { DELIMITERS } from '../schemas/dataset.ts';

export type Decoded = { ok: true; text: string } | { ok: false; encoding: 'utf-16' | 'legacy' };

/** Decodes UTF-8 (a BOM is accepted and dropped); anything else is refused with a guess of what it is. */
export function decodeCsv(bytes: Uint8Array): Decoded {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return { ok: false, encoding: 'utf-16' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { ok: true, text: text.replace(/^\uFEFF/, '') };
  } catch {
    return { ok: false, encoding: 'legacy' };
  }
}

export interface CsvRow {
  /** 1-based line where the row starts (the header is line 1). */
  line: number;
  cells: string[];
}

/** Splits CSV text into rows with their line numbers (quoted cells may span lines). Blank lines are skipped. */
export function parseCsvRows(text: string, delimiter: string): CsvRow[] {
  const rows: CsvRow[] = [];
  let cursor = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step(result) {
      const start = cursor;
      const end = result.meta.cursor;
      const cells = result.data;
      if (!(cells.length === 1 && cells[0].trim() === '')) rows.push({ line, cells });
      for (let i = start; i < end; i++) if (text.charCodeAt(i) === 10) line++;
      // Papa's cursor stops before the newline that ends the row.
      if (text.charCodeAt(end) === 13) cursor = end + 1;
      else cursor = end;
      if (text.charCodeAt(cursor) === 10) { line++; cursor++; }
    },
  });
  return rows;
}

export function delimiterOf(meta: Pick<Dataset, 'pemisah'>): string {
  return DELIMITERS[meta.pemisah];
}

export type CellResult = { ok: true; value: string | number | boolean | null } | { ok: false; reason: string; hint: string };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Types one cell. `kodeWilayah` is the set of valid region codes (omit to skip that check).
 * Empty cells are `null`; requiredness is the caller's concern.
 */
export function parseCell(raw: string, tipe: TipeKolom, desimal: '.' | ',', kodeWilayah?: { has(code: string): boolean }): CellResult {
  const value = raw.trim();
  if (value === '') return { ok: true, value: null };
  switch (tipe) {
    case 'teks':
      return { ok: true, value };
    case 'bilangan-bulat':
      if (/^-?\d+$/.test(value)) return { ok: true, value: Number(value) };
      return { ok: false, reason: 'bukan bilangan bulat', hint: /^-?\d{1,3}([.,]\d{3})+$/.test(value) ? 'Tulis angka tanpa pemisah ribuan, misalnya 12500 bukan 12.500.' : 'Isi hanya dengan angka bulat, misalnya 1250.' };
    case 'bilangan': {
      const pattern = desimal === ',' ? /^-?\d+(,\d+)?$/ : /^-?\d+(\.\d+)?$/;
      if (pattern.test(value)) return { ok: true, value: Number(value.replace(',', '.')) };
      const other = desimal === ',' ? /^-?\d+\.\d+$/ : /^-?\d+,\d+$/;
      if (other.test(value)) {
        return { ok: false, reason: `memakai tanda desimal "${desimal === ',' ? '.' : ','}"`, hint: desimal === '.' ? 'Metadata menyatakan desimal titik. Bila CSV memakai koma desimal, tambahkan `desimal: ","` dan `pemisah: ";"` di metadata; atau ganti koma menjadi titik.' : 'Metadata menyatakan desimal koma (`desimal: ","`); tulis misalnya 12,5.' };
      }
      return { ok: false, reason: 'bukan angka', hint: `Isi dengan angka${desimal === ',' ? ' (desimal koma, misalnya 12,5)' : ' (desimal titik, misalnya 12.5)'} tanpa satuan atau pemisah ribuan.` };
    }
    case 'tanggal': {
      const m = DATE.exec(value);
      const d = m && new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
      if (m && d && d.getUTCDate() === +m[3] && d.getUTCMonth() === +m[2] - 1) return { ok: true, value };
      return { ok: false, reason: 'bukan tanggal yang valid', hint: 'Tulis tanggal sebagai TAHUN-BULAN-TANGGAL, misalnya 2026-10-31.' };
    }
    case 'kode-wilayah':
      if (!/^\d{2}\.\d{2}(\.\d{2}(\.\d{4})?)?$/.test(value)) {
        // Digits without dots (`3321`, `332101`): Excel drops them, or the source wrote the code as a number.
        const dotted = /^(\d{2})(\d{2})(\d{2})?(\d{4})?$/.exec(value)?.slice(1).filter(Boolean).join('.');
        return { ok: false, reason: 'format kode wilayah salah', hint: `Tulis kode Kemendagri dengan titik${dotted ? `: ${dotted}` : ''}, misalnya 33.21.01 (kecamatan) atau 33.21.01.2001 (desa).` };
      }
      if (kodeWilayah && !kodeWilayah.has(value)) return { ok: false, reason: 'kode wilayah tidak terdaftar di Kemendagri', hint: 'Periksa kode di src/data/wilayah-demak.csv (Kepmendagri 300.2.2-2138/2025).' };
      return { ok: true, value };
    case 'ya-tidak':
      if (value === 'ya') return { ok: true, value: true };
      if (value === 'tidak') return { ok: true, value: false };
      return { ok: false, reason: 'harus "ya" atau "tidak"', hint: 'Isi dengan ya atau tidak (huruf kecil).' };
  }
}

/** Typed records of a dataset (header row dropped), for the JSON download and the preview. */
export function typedRecords(meta: Dataset, rows: CsvRow[]): Record<string, string | number | boolean | null>[] {
  return rows.slice(1).map((row) => {
    const record: Record<string, string | number | boolean | null> = {};
    meta.kolom.forEach((kolom, i) => {
      const cell = parseCell(row.cells[i] ?? '', kolom.tipe, meta.desimal);
      record[kolom.nama] = cell.ok ? cell.value : (row.cells[i] ?? null);
    });
    return record;
  });
}

/**
 * Spreadsheet formulas in CSV cells (CSV injection, OWASP "CSV Injection"): Excel, LibreOffice and Google Sheets
 * evaluate a cell that starts with `=`, `+`, `-` or `@`; Excel also takes the full-width forms typed with East
 * Asian input methods. One definition for the CSV writer (src/exports/csv.ts) and the dataset validator.
 */
export const FORMULA_TRIGGER = /[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * Where a spreadsheet may start a cell inside one of our cells: a comma CSV opened by double-click in Excel with
 * Indonesian regional settings is split at `;` (the list separator there), and a quote that is not at the start
 * of such a `;` field is no quote, so a tab or line break inside a quoted cell splits it too.
 */
export const CELL_BREAK = /[;\t\r\n]/;

/**
 * What may follow a leading `+`, `-` or `@` and still never be a harmful formula: words, numbers, spaces and plain
 * punctuation. Without `(` there is no function call (HYPERLINK, WEBSERVICE), without `|` no DDE command
 * (`cmd|' /C calc'!A0`), without `!` or quotes no reference to another sheet or file. At worst Excel shows #NAME?.
 */
const HARMLESS_AFTER_SIGN = /^[\p{L}\p{N}\s.,:/%-]*$/u;

/**
 * Where a `teks` cell of an uploaded dataset would be run as a formula by a spreadsheet: the formula character and
 * whether it starts the cell or a part after `;`, tab or line break (CELL_BREAK); undefined for safe text. Unlike
 * the writer (which can afford an apostrophe on every risky cell), the validator must not refuse ordinary data:
 * `=` always counts; `+`, `-`, `@` only when followed by formula syntax, which keeps "-" (no data in BPS-style
 * tables), "- Laki-laki" (sub-rows), "-5", "+62 291 685877" and "@pemkabdemak" valid.
 */
export function formulaStart(cell: string): { sign: string; inner: boolean } | undefined {
  const parts = cell.split(CELL_BREAK);
  for (const [i, part] of parts.entries()) {
    const text = part.trimStart();
    const sign = text.charAt(0);
    if (!sign || !FORMULA_TRIGGER.test(sign)) continue;
    if (sign === '=' || sign === '\uFF1D' || !HARMLESS_AFTER_SIGN.test(text.slice(1))) return { sign, inner: i > 0 };
  }
  return undefined;
}
