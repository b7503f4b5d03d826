/**
 * The text alternative of a chart or tile map (WCAG 2.1 SC 1.1.1): one or two sentences with what the picture shows
 * (highest, lowest, first and last), read out in place of the SVG; every number is also in the table beside it.
 */
import { t } from '../../i18n/id.ts';
import { categoryTotals, type ChartData } from './chart-data.ts';
import { formatValue } from './format.ts';
import { lowerFirst as lower } from './labels.ts';
import type { TileMapLayout } from './tile-map.ts';

const withUnit = (value: number, satuan?: string) => (satuan ? `${formatValue(value)} ${satuan}` : formatValue(value));

/** Index of the largest and the smallest present value. */
function extremes(values: readonly (number | null)[]): { max: number; min: number } | undefined {
  let max = -1;
  let min = -1;
  values.forEach((v, i) => {
    if (v === null) return;
    if (max < 0 || v > values[max]!) max = i;
    if (min < 0 || v < values[min]!) min = i;
  });
  return max < 0 ? undefined : { max, min };
}

/** The name of a chart for assistive technology: its kind and title. */
export function chartTitle(data: ChartData): string {
  return `${t(`grafik.jenis.${data.jenis}`)}: ${data.judul}`;
}

/** What the chart shows, in words. */
export function chartSummary(data: ChartData): string {
  const parts = [t('grafik.ringkasanKategori', { jumlah: data.categories.length, kolom: lower(data.kategoriLabel) })];
  if (data.saring) parts.push(t('grafik.ringkasanSaring', { kolom: lower(data.saring.label), nilai: data.saring.value }));
  for (const series of data.series) {
    const e = extremes(series.values);
    if (!e) continue;
    const label = (i: number) => data.categories[i].long;
    const present = series.values.map((v, i) => [v, i] as const).filter(([v]) => v !== null) as [number, number][];
    const [first, last] = [present[0], present.at(-1)!];
    parts.push(
      data.jenis === 'garis'
        ? t('grafik.ringkasanGaris', { seri: series.label, awal: withUnit(first[0], data.satuan), awalLabel: label(first[1]), akhir: withUnit(last[0], data.satuan), akhirLabel: label(last[1]), maks: withUnit(series.values[e.max]!, data.satuan), maksLabel: label(e.max) })
        : t('grafik.ringkasanBatang', { seri: series.label, maks: withUnit(series.values[e.max]!, data.satuan), maksLabel: label(e.max), min: withUnit(series.values[e.min]!, data.satuan), minLabel: label(e.min) }),
    );
  }
  const totals = categoryTotals(data);
  const e = extremes(totals);
  if (data.jenis === 'batang-bertumpuk' && data.series.length > 1 && e) {
    parts.push(t('grafik.ringkasanJumlah', { maks: withUnit(totals[e.max]!, data.satuan), maksLabel: data.categories[e.max].long, min: withUnit(totals[e.min]!, data.satuan), minLabel: data.categories[e.min].long }));
  }
  if (data.omitted > 0) parts.push(t('grafik.seriDipotong', { jumlah: data.omitted }));
  parts.push(t('grafik.lihatTabel'));
  return parts.join(' ');
}

/** What the tile map shows, in words. */
export function tileMapSummary(layout: TileMapLayout, nilai: string, satuan?: string): string {
  const withData = layout.tiles.filter((tile) => tile.value !== null);
  const parts = [t('peta.ringkasan', { jumlah: layout.tiles.length, nilai })];
  const e = extremes(withData.map((tile) => tile.value));
  if (e) parts.push(t('peta.ringkasanNilai', { maks: withData[e.max].nama, maksNilai: withUnit(withData[e.max].value!, satuan), min: withData[e.min].nama, minNilai: withUnit(withData[e.min].value!, satuan) }));
  if (layout.missing > 0) parts.push(t('peta.ringkasanKosong', { jumlah: layout.missing }));
  parts.push(t('grafik.lihatTabel'));
  return parts.join(' ');
}
