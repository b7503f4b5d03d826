/**
 * Reading the cells a chart, the tile map or an indicator needs from a dataset's rows: columns by name, numbers
 * typed like the validator types them (src/lib/csv.ts), the `saring` filter, and periods in their natural order.
 */
import { parseCell, type CsvRow } from '../../lib/csv.ts';
import { bulanPanjang, tanggalPanjang } from '../../lib/wib.ts';
import { SARING_TERBARU, type Dataset, type Saring } from '../../schemas/index.ts';

export type Kolom = Dataset['kolom'][number];

export interface Column {
  index: number;
  kolom: Kolom;
}

/** A column of the dictionary by name (the validator guarantees the names a chart uses exist: rules/grafik.ts). */
export function columnOf(meta: Dataset, name: string): Column | undefined {
  const index = meta.kolom.findIndex((k) => k.nama === name);
  return index < 0 ? undefined : { index, kolom: meta.kolom[index] };
}

/** The trimmed text of a cell. */
export function textAt(row: CsvRow, column: Column): string {
  return (row.cells[column.index] ?? '').trim();
}

/** The number in a cell, or null for an empty cell or one that does not parse (the validator reports those). */
export function numberAt(row: CsvRow, column: Column, desimal: Dataset['desimal']): number | null {
  const cell = parseCell(row.cells[column.index] ?? '', column.kolom.tipe, desimal);
  return cell.ok && typeof cell.value === 'number' ? cell.value : null;
}

/**
 * The distinct values of a column in their natural order: dates (`YYYY-MM-DD` sorts as text) and numbers ascending,
 * anything else in the order the CSV first lists them (a register grows at the bottom, so the last is the latest).
 */
export function orderedValues(rows: CsvRow[], column: Column, desimal: Dataset['desimal']): string[] {
  const seen = [...new Set(rows.map((r) => textAt(r, column)).filter((v) => v !== ''))];
  const tipe = column.kolom.tipe;
  if (tipe === 'tanggal') return seen.sort();
  if (tipe === 'bilangan' || tipe === 'bilangan-bulat') {
    const value = (v: string) => Number(desimal === ',' ? v.replace(',', '.') : v);
    return seen.sort((a, b) => value(a) - value(b));
  }
  return seen;
}

/** The rows a `saring` keeps, and the value it matched (`terbaru` resolved to the latest value of the column). */
export function filterRows(meta: Dataset, rows: CsvRow[], saring: Saring | undefined): { rows: CsvRow[]; value?: string } {
  if (!saring) return { rows };
  const column = columnOf(meta, saring.kolom);
  if (!column) return { rows: [] };
  const value = saring.nilai === SARING_TERBARU ? orderedValues(rows, column, meta.desimal).at(-1) : saring.nilai.trim();
  return { rows: rows.filter((r) => textAt(r, column) === value), value };
}

const MONTH = new Intl.DateTimeFormat('id-ID', { month: 'short', timeZone: 'UTC' });
const MONTH_YEAR = new Intl.DateTimeFormat('id-ID', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const DAY_MONTH = new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const DAY_MONTH_YEAR = new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/**
 * Short labels for period values, for axes (`Jan`, `6 Okt`; the year only when the values span several), and long
 * ones for tables and sentences (`Januari 2026`, `6 Oktober 2026`). A monthly series writes the 1st of each month.
 */
export function periodLabels(values: string[], tipe: Kolom['tipe']): { short: Map<string, string>; long: Map<string, string> } {
  const short = new Map<string, string>();
  const long = new Map<string, string>();
  const dates = tipe === 'tanggal' ? values.map((v) => new Date(`${v}T00:00:00Z`)) : [];
  if (dates.length === 0 || dates.some((d) => Number.isNaN(d.getTime()))) {
    for (const v of values) {
      short.set(v, v);
      long.set(v, v);
    }
    return { short, long };
  }
  const monthly = dates.every((d) => d.getUTCDate() === 1);
  const years = new Set(dates.map((d) => d.getUTCFullYear())).size;
  values.forEach((v, i) => {
    const d = dates[i];
    short.set(v, (monthly ? (years > 1 ? MONTH_YEAR : MONTH) : years > 1 ? DAY_MONTH_YEAR : DAY_MONTH).format(d));
    long.set(v, monthly ? bulanPanjang(v) : tanggalPanjang(v));
  });
  return { short, long };
}
