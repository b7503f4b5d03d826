/**
 * The kecamatan tile map (grid cartogram): one equal square per kecamatan at its approximate place (`peta_petak` of
 * pemda.yaml), shaded by a value in five classes of equal width (d3 `scaleQuantize` over the nice()d range). Which
 * value: the first chart's (for a stacked chart, its stack total) with that chart's filter, else the first numeric
 * column; rows of one kecamatan are added up.
 */
import { scaleQuantize } from 'd3-scale';
import type { CsvRow } from '../../lib/csv.ts';
import type { Dataset, Petak, Saring } from '../../schemas/index.ts';
import { CHART_WIDTH } from './bar-layout.ts';
import { formatShort } from './format.ts';
import { truncate } from './labels.ts';
import { CLASS_COLOURS, textOn } from './palette.ts';
import { columnOf, filterRows, numberAt, textAt, type Column } from './rows.ts';

/** Font size of a tile's name (its value is drawn larger, see src/styles/charts.css). */
export const TILE_LABEL_FONT = 12;
const GAP = 3;

/** What the map shows: the value columns (added up), the filter and a label naming them. */
export interface MapValue {
  columns: Column[];
  saring?: Saring;
}

/** The first `kode-wilayah` column whose codes are all kecamatan of the map; undefined when there is none. */
export function kecamatanColumn(meta: Dataset, rows: CsvRow[], codes: ReadonlySet<string>): Column | undefined {
  for (const [index, kolom] of meta.kolom.entries()) {
    if (kolom.tipe !== 'kode-wilayah') continue;
    const column = { index, kolom };
    const values = rows.map((r) => textAt(r, column)).filter((v) => v !== '');
    if (values.length > 0 && values.every((v) => codes.has(v))) return column;
  }
  return undefined;
}

/** The value the map shows, following the dataset's first chart. */
export function mapValueOf(meta: Dataset): MapValue | undefined {
  const first = meta.grafik?.[0];
  if (first) {
    const names = first.jenis === 'batang-bertumpuk' ? first.nilai : first.nilai.slice(0, 1);
    const columns = names.map((n) => columnOf(meta, n)).filter((c): c is Column => !!c);
    if (columns.length > 0) return { columns, saring: first.saring };
  }
  const index = meta.kolom.findIndex((k) => k.tipe === 'bilangan' || k.tipe === 'bilangan-bulat');
  return index < 0 ? undefined : { columns: [{ index, kolom: meta.kolom[index] }] };
}

/**
 * The value per kecamatan code, after the filter; also the resolved filter value and whether some kecamatan had
 * several rows (their values were added up, which the caption says).
 */
export function tileValues(meta: Dataset, rows: CsvRow[], kode: Column, value: MapValue): { values: Map<string, number>; saringValue?: string; summed: boolean } {
  const filtered = filterRows(meta, rows, value.saring);
  const values = new Map<string, number>();
  const seen = new Set<string>();
  let summed = false;
  for (const row of filtered.rows) {
    const code = textAt(row, kode);
    if (code === '') continue;
    if (seen.has(code)) summed = true;
    seen.add(code);
    for (const column of value.columns) {
      const n = numberAt(row, column, meta.desimal);
      if (n !== null) values.set(code, (values.get(code) ?? 0) + n);
    }
  }
  return { values, saringValue: filtered.value, summed };
}

export interface Tile {
  kode: string;
  nama: string;
  label: string;
  x: number;
  y: number;
  size: number;
  value: number | null;
  valueText: string;
  /** Class index, or -1 without data (drawn hatched). */
  klass: number;
  fill: string;
  text: string;
}

export interface TileClass {
  from: number;
  to: number;
  colour: string;
}

export interface TileMapLayout {
  width: number;
  height: number;
  tiles: Tile[];
  classes: TileClass[];
  missing: number;
}

/** Places the tiles of `petak` and shades them by `values`. */
export function tileMapLayout(petak: readonly Petak[], values: ReadonlyMap<string, number>, width = CHART_WIDTH): TileMapLayout {
  const columns = Math.max(1, ...petak.map((p) => p.kolom + 1));
  const rows = Math.max(1, ...petak.map((p) => p.baris + 1));
  const size = Math.floor((width - (columns - 1) * GAP) / columns);
  const present = petak.map((p) => values.get(p.kode)).filter((v): v is number => v !== undefined);
  const low = Math.min(...present);
  const high = Math.max(...present);
  const scale = scaleQuantize<number>().domain(present.length > 0 ? [low, high > low ? high : low + 1] : [0, 1]).nice().range(CLASS_COLOURS.map((_, i) => i));
  const [d0, d1] = scale.domain();
  const cuts = [d0, ...scale.thresholds(), d1];
  const classes = CLASS_COLOURS.map((colour, i) => ({ from: cuts[i], to: cuts[i + 1], colour }));
  const tiles = petak.map((p) => {
    const value = values.get(p.kode) ?? null;
    const klass = value === null ? -1 : scale(value);
    const fill = klass < 0 ? '#ffffff' : CLASS_COLOURS[klass];
    return {
      kode: p.kode, nama: p.nama, label: truncate(p.singkat ?? p.nama, size - 4, TILE_LABEL_FONT),
      x: p.kolom * (size + GAP), y: p.baris * (size + GAP), size, value,
      valueText: value === null ? '–' : formatShort(value), klass, fill, text: textOn(fill),
    };
  });
  return { width, height: rows * (size + GAP) - GAP, tiles, classes, missing: tiles.filter((t) => t.value === null).length };
}
