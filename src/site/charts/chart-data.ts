/**
 * What a `grafik` of a dataset draws: categories (the `kategori` column, after `saring`) and one series per value
 * column, or per value of the `seri` column. Rows with the same category (and series) are added up, so a monthly
 * register per kecamatan becomes a monthly total when the chart's category is the month.
 */
import type { CsvRow } from '../../lib/csv.ts';
import { MAX_SERI, type Dataset, type Grafik } from '../../schemas/index.ts';
import { lowerFirst } from './labels.ts';
import { columnOf, filterRows, numberAt, orderedValues, periodLabels, textAt, type Column } from './rows.ts';

export interface Category {
  key: string;
  /** Short label for the axis (`Jan`, `Mranggen`). */
  label: string;
  /** Full label for the table and the text alternative (`Januari 2026`). */
  long: string;
}

export interface Series {
  key: string;
  label: string;
  /** One value per category; null where the data has none. */
  values: (number | null)[];
}

export interface ChartData {
  jenis: Grafik['jenis'];
  judul: string;
  /** Title of the category column, for the table header. */
  kategoriLabel: string;
  /** Type of the category column: dates and numbers are ordered (axis labels are thinned, not turned). */
  kategoriTipe: Column['kolom']['tipe'];
  categories: Category[];
  series: Series[];
  /** The unit of the values, when the value columns share one. */
  satuan?: string;
  /** The filter applied, with `terbaru` resolved: column title and the value it kept. */
  saring?: { label: string; value: string };
  /** Series left out beyond MAX_SERI (a chart with more lines than that cannot be read). */
  omitted: number;
}

/** Categories are ordered when they are periods or numbers; names keep the order of the CSV. */
export function isOrderedColumnType(tipe: Column['kolom']['tipe']): boolean {
  return tipe === 'tanggal' || tipe === 'bilangan' || tipe === 'bilangan-bulat';
}

/** The chart of `spec` over the dataset's rows; undefined when a column it names is missing (the validator says so). */
export function chartData(meta: Dataset, allRows: CsvRow[], spec: Grafik): ChartData | undefined {
  const kategori = columnOf(meta, spec.kategori);
  const nilai = spec.nilai.map((n) => columnOf(meta, n));
  const seri = spec.seri === undefined ? undefined : columnOf(meta, spec.seri);
  if (!kategori || nilai.some((c) => !c) || (spec.seri !== undefined && !seri)) return undefined;
  const values = nilai as Column[];
  const filtered = filterRows(meta, allRows, spec.saring);
  const rows = filtered.rows;
  const keys = orderedValues(rows, kategori, meta.desimal);
  const { short, long } = periodLabels(keys, kategori.kolom.tipe);
  const position = new Map(keys.map((k, i) => [k, i]));
  const seriesKeys = seri ? orderedValues(rows, seri, meta.desimal) : values.map((c) => c.kolom.nama);
  const kept = seriesKeys.slice(0, MAX_SERI);
  const series: Series[] = kept.map((key) => ({
    key,
    label: seri ? key : values.find((c) => c.kolom.nama === key)!.kolom.judul,
    values: keys.map(() => null),
  }));
  const bySeries = new Map(series.map((s) => [s.key, s]));
  for (const row of rows) {
    const at = position.get(textAt(row, kategori));
    if (at === undefined) continue;
    for (const column of values) {
      const target = bySeries.get(seri ? textAt(row, seri) : column.kolom.nama);
      const value = numberAt(row, column, meta.desimal);
      if (!target || value === null) continue;
      target.values[at] = (target.values[at] ?? 0) + value;
    }
  }
  const units = new Set(values.map((c) => c.kolom.satuan));
  const saringColumn = spec.saring && columnOf(meta, spec.saring.kolom);
  return {
    jenis: spec.jenis,
    judul: spec.judul,
    kategoriLabel: kategori.kolom.judul,
    kategoriTipe: kategori.kolom.tipe,
    categories: keys.map((key) => ({ key, label: short.get(key) ?? key, long: long.get(key) ?? key })),
    series,
    satuan: units.size === 1 ? [...units][0] : undefined,
    saring: saringColumn && filtered.value !== undefined
      ? { label: lowerFirst(saringColumn.kolom.judul), value: periodLabels([filtered.value], saringColumn.kolom.tipe).long.get(filtered.value) ?? filtered.value }
      : undefined,
    omitted: seriesKeys.length - kept.length,
  };
}

/** The value a category stands for: the stack total of a stacked chart, else per series. */
export function categoryTotals(data: ChartData): (number | null)[] {
  return data.categories.map((_, i) => {
    const present = data.series.map((s) => s.values[i]).filter((v): v is number => v !== null);
    return present.length === 0 ? null : present.reduce((a, b) => a + b, 0);
  });
}
