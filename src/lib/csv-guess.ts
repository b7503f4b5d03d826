/**
 * Guessing what a CSV is when nobody said: its delimiter, its decimal mark and the type of each column. The guesses
 * are proposals an editor confirms (the CMS fills the column dictionary from an uploaded file's header), and every
 * type is tried with the validator's own cell parser (csv.ts parseCell), so a guessed type is one the file passes.
 * Pure: no Node, no DOM.
 */
import { parseCell, parseCsvRows } from './csv.ts';
import { DELIMITERS, type TipeKolom } from '../schemas/dataset.ts';

export type Pemisah = keyof typeof DELIMITERS;

/** Types tried from the most specific to the least: the first that every non-empty cell passes wins. */
const TRY_ORDER: readonly TipeKolom[] = ['ya-tidak', 'kode-wilayah', 'tanggal', 'bilangan-bulat', 'bilangan'];

/** Cells looked at per column: enough for a type, bounded for a 20 MB upload. */
const SAMPLE_ROWS = 500;

/** Occurrences of `char` in `line` outside double quotes. */
function countOutsideQuotes(line: string, char: string): number {
  let quoted = false;
  let count = 0;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === char) count++;
  }
  return count;
}

/**
 * The delimiter that splits a line (the header) into the most cells: `;` before `,` before tab on a tie;
 * undefined for a line with none of them (one column).
 */
export function guessDelimiter(line: string): Pemisah | undefined {
  let best: Pemisah | undefined;
  let most = 0;
  for (const pemisah of [';', ',', 'tab'] as const) {
    const n = countOutsideQuotes(line, DELIMITERS[pemisah]);
    if (n > most) [best, most] = [pemisah, n];
  }
  return best;
}

/** `,` when the numbers are written with decimal commas (12,5) and none with decimal points, else `.`. */
export function guessDesimal(values: readonly string[]): '.' | ',' {
  const comma = values.some((v) => /^-?\d+,\d+$/.test(v.trim()));
  const point = values.some((v) => /^-?\d+\.\d+$/.test(v.trim()) && !/^\d{2}\.\d{2}(\.\d{2}(\.\d{4})?)?$/.test(v.trim()));
  return comma && !point ? ',' : '.';
}

/**
 * The narrowest type every non-empty value passes (`teks` when none does, or when the column is empty). A region
 * code is only guessed when every code is listed (`wilayah`): `12.50` is a number, not a code.
 */
export function guessColumnType(values: readonly string[], desimal: '.' | ',', wilayah: { has(code: string): boolean }): TipeKolom {
  const filled = values.map((v) => v.trim()).filter((v) => v !== '');
  if (filled.length === 0) return 'teks';
  return TRY_ORDER.find((tipe) => filled.every((v) => parseCell(v, tipe, desimal, wilayah).ok)) ?? 'teks';
}

/** A header cell as a dictionary name (`Jumlah Penduduk (jiwa)` → `jumlah_penduduk_jiwa`), `kolom_<n>` when nothing is left. */
export function columnName(header: string, index: number): string {
  const name = header
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .replace(/^(\d)/, 'k_$1');
  return name || `kolom_${index + 1}`;
}

/** A dictionary name as a visitor's label: `jumlah_penduduk` → `Jumlah penduduk`. */
export function columnTitle(header: string): string {
  const text = header.trim().replace(/_+/g, ' ').replace(/\s+/g, ' ');
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

export interface GuessedColumn {
  nama: string;
  judul: string;
  tipe: TipeKolom;
  /** True when no sampled row leaves the column empty. */
  wajib: boolean;
}

export interface GuessedDictionary {
  pemisah: Pemisah;
  desimal: '.' | ',';
  kolom: GuessedColumn[];
  /** Header cells that are no valid dictionary name (`Jumlah Penduduk`): the CSV's first row must be changed to `nama`. */
  renamed: { header: string; nama: string }[];
}

/**
 * The column dictionary a CSV text suggests: its delimiter (`pemisah` when given and it splits the header, else
 * guessed), decimal mark, and per header cell a name, a title and the guessed type. Undefined for an empty text.
 */
export function guessDictionary(text: string, wilayah: { has(code: string): boolean }, pemisah?: Pemisah): GuessedDictionary | undefined {
  const clean = text.replace(/^\uFEFF/, '');
  const firstLine = clean.split(/\r?\n/, 1)[0] ?? '';
  if (firstLine.trim() === '') return undefined;
  const delimiter = pemisah && countOutsideQuotes(firstLine, DELIMITERS[pemisah]) > 0 ? pemisah : (guessDelimiter(firstLine) ?? pemisah ?? ',');
  const rows = parseCsvRows(clean, DELIMITERS[delimiter]).slice(0, SAMPLE_ROWS + 1);
  const header = (rows[0]?.cells ?? []).map((c) => c.trim());
  const body = rows.slice(1);
  const column = (i: number) => body.map((r) => r.cells[i] ?? '');
  const desimal = delimiter === ',' ? '.' : guessDesimal(header.flatMap((_, i) => column(i)));
  const renamed: GuessedDictionary['renamed'] = [];
  const kolom = header.map((cell, i) => {
    const nama = /^[a-z][a-z0-9_]*$/.test(cell) ? cell : columnName(cell, i);
    if (nama !== cell) renamed.push({ header: cell, nama });
    const values = column(i);
    return { nama, judul: columnTitle(cell), tipe: guessColumnType(values, desimal, wilayah), wajib: body.length > 0 && values.every((v) => v.trim() !== '') };
  });
  return { pemisah: delimiter, desimal, kolom, renamed };
}
