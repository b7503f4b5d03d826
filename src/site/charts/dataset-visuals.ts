/**
 * What a dataset page draws: one chart per `grafik` entry, and the kecamatan tile map when the data has a kecamatan
 * code column (switched off with `peta: false`) and pemda.yaml defines the map.
 */
import type { CsvRow } from '../../lib/csv.ts';
import type { Dataset, Petak } from '../../schemas/index.ts';
import { t } from '../../i18n/id.ts';
import { chartData, type ChartData } from './chart-data.ts';
import { lowerFirst } from './labels.ts';
import { periodLabels, columnOf } from './rows.ts';
import { kecamatanColumn, mapValueOf, tileMapLayout, tileValues, type TileMapLayout } from './tile-map.ts';

export interface DatasetMap {
  layout: TileMapLayout;
  nilai: string;
  satuan?: string;
  saring?: { label: string; value: string };
  /** Set when a kecamatan had several rows, added up: the dataset period they cover, for the caption. */
  dijumlahkan?: string;
}

export interface DatasetVisuals {
  charts: ChartData[];
  map?: DatasetMap;
}

/** `Jumlah penduduk`, or for a stack of columns `Jumlah laki-laki dan perempuan`. */
function mapLabel(titles: string[]): string {
  if (titles.length === 1) return titles[0];
  // `Jumlah kasus` and `Meninggal` make `Jumlah kasus dan meninggal`, not `Jumlah jumlah kasus …`.
  const words = titles.map((title) => lowerFirst(title).replace(/^jumlah\s+/, ''));
  return t('peta.jumlahKolom', { kolom: `${words.slice(0, -1).join(', ')} ${t('peta.dan')} ${words.at(-1)}` });
}

/** The tile map of a dataset, or undefined when it has none. */
export function datasetMap(meta: Dataset, rows: CsvRow[], petak: readonly Petak[]): DatasetMap | undefined {
  if (!meta.peta || petak.length === 0) return undefined;
  const kode = kecamatanColumn(meta, rows, new Set(petak.map((p) => p.kode)));
  const value = mapValueOf(meta);
  if (!kode || !value) return undefined;
  const { values, saringValue, summed } = tileValues(meta, rows, kode, value);
  if (values.size === 0) return undefined;
  const units = new Set(value.columns.map((c) => c.kolom.satuan));
  const saringColumn = value.saring && columnOf(meta, value.saring.kolom);
  return {
    layout: tileMapLayout(petak, values),
    nilai: mapLabel(value.columns.map((c) => c.kolom.judul)),
    satuan: units.size === 1 ? [...units][0] : undefined,
    saring: saringColumn && saringValue !== undefined
      ? { label: lowerFirst(saringColumn.kolom.judul), value: periodLabels([saringValue], saringColumn.kolom.tipe).long.get(saringValue) ?? saringValue }
      : undefined,
    dijumlahkan: summed ? meta.periode : undefined,
  };
}

/** Every chart and the map of a dataset; charts without any category to draw are left out. */
export function datasetVisuals(meta: Dataset, rows: CsvRow[], petak: readonly Petak[]): DatasetVisuals {
  const charts = (meta.grafik ?? []).map((spec) => chartData(meta, rows, spec)).filter((c): c is ChartData => !!c && c.categories.length > 0);
  return { charts, map: datasetMap(meta, rows, petak) };
}
