/**
 * The chart modules (src/site/charts/): the value axis from d3-scale (nice, zero-based, Indonesian tick labels), label
 * fitting (shortening, wrapping, thinning, turning), the series of a `grafik` from a dataset's rows, the bar and
 * line geometry, the palette's contrast, the tile map's classes, the sparkline and the text alternatives.
 */
import { describe, expect, it } from 'vitest';
import { GrafikSchema, MAX_SERI } from '../../src/schemas/index.ts';
import { barLayout, CHART_WIDTH } from '../../src/site/charts/bar-layout.ts';
import { chartData } from '../../src/site/charts/chart-data.ts';
import { formatCompact, formatShort, formatTicks } from '../../src/site/charts/format.ts';
import { isLabelShown, planAxisLabels, ROTATED_MAX_WIDTH, textWidth, truncate, wrapLabel } from '../../src/site/charts/labels.ts';
import { lineLayout } from '../../src/site/charts/line-layout.ts';
import { CLASS_COLOURS, contrast, luminance, SERIES_STYLES, textOn, TILE_OUTLINE } from '../../src/site/charts/palette.ts';
import { periodLabels } from '../../src/site/charts/rows.ts';
import { valueAxis } from '../../src/site/charts/scale.ts';
import { sparkline } from '../../src/site/charts/sparkline.ts';
import { chartSummary, chartTitle } from '../../src/site/charts/summary.ts';
import { DBD_ROWS, dbdDataset, rowsOf } from './chart-fixture.ts';

const grafik = (spec: object) => GrafikSchema.parse({ judul: 'Grafik uji coba', ...spec });
/** Intl puts a no-break space between a number and `rb`/`jt` (it keeps them on one line); compare with plain spaces. */
const plain = (texts: string[]) => texts.map((s) => s.replace(/\u00a0/g, ' '));

describe('value axis (d3-scale)', () => {
  it('starts at zero, rounds the top to a nice number and labels the ticks in id-ID', () => {
    const axis = valueAxis([12, 183_136], [0, 300], 4);
    expect(axis.domain).toEqual([0, 200_000]);
    expect(plain(axis.ticks.map((t) => t.label))).toEqual(['0', '50 rb', '100 rb', '150 rb', '200 rb']);
    expect(axis.at(0)).toBe(0);
    expect(axis.at(200_000)).toBe(300);
  });

  it('includes negative values and draws an axis for all-zero data', () => {
    expect(valueAxis([-3, 7], [0, 100]).domain).toEqual([-4, 8]);
    expect(valueAxis([0, 0], [0, 100]).domain).toEqual([0, 1]);
    expect(valueAxis([], [0, 100]).ticks.length).toBeGreaterThan(1);
  });

  it('gives small steps their decimals, so that no two ticks read the same', () => {
    expect(formatTicks([0, 0.5, 1, 1.5])).toEqual(['0', '0,5', '1', '1,5']);
    expect(formatTicks([0, 2000, 4000])).toEqual(['0', '2.000', '4.000']);
    expect(formatTicks([10_000, 10_020, 10_040])).toEqual(['10.000', '10.020', '10.040']);
  });

  it('shortens big numbers the Indonesian way (rb, jt, M for miliar)', () => {
    expect(plain([formatCompact(9_876), formatCompact(183_136), formatCompact(2_500_000), formatCompact(467_707_647_682)])).toEqual(['9.876', '183,1 rb', '2,5 jt', '467,7 M']);
    expect(plain([formatShort(183_136), formatShort(2_965.6), formatShort(70.84)])).toEqual(['183 rb', '2,97 rb', '70,8']);
  });
});

describe('labels', () => {
  it('shortens with an ellipsis and wraps long names at spaces into two lines', () => {
    expect(truncate('Hasil Pengelolaan Kekayaan Daerah', 90, 15)).toBe('Hasil Pen…');
    expect(truncate('Demak', 90, 15)).toBe('Demak');
    const lines = wrapLabel('Hasil Pengelolaan Kekayaan Daerah yang Dipisahkan dari APBD Kabupaten', 200, 15);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('Hasil Pengelolaan');
    expect(lines[1].endsWith('…')).toBe(true);
    for (const line of lines) expect(textWidth(line, 15)).toBeLessThanOrEqual(200);
  });

  it('thins crowded dates and keeps the last one; turns crowded names instead', () => {
    const days = Array.from({ length: 31 }, (_, i) => `${i + 1} Okt`);
    const dates = planAxisLabels(days, 10, 14, true);
    expect(dates.rotate).toBe(false);
    expect(dates.every).toBeGreaterThan(3);
    expect(isLabelShown(30, 31, dates)).toBe(true);
    expect(days.filter((_, i) => isLabelShown(i, 31, dates)).length).toBeLessThanOrEqual(Math.ceil(31 / dates.every));
    const names = planAxisLabels(['Pos Hujan Karangawen', 'Pos Hujan Mranggen', 'Pos Hujan Sayung'], 40, 14, false);
    expect(names.rotate).toBe(true);
    for (const label of names.labels) expect(textWidth(label, 14)).toBeLessThanOrEqual(ROTATED_MAX_WIDTH);
    expect(planAxisLabels(['Jan', 'Feb'], 80, 14, true)).toMatchObject({ every: 1, rotate: false });
  });

  it('reads monthly dates as months and daily ones as days, with the year only when they span several', () => {
    expect([...periodLabels(['2026-01-01', '2026-02-01'], 'tanggal').short.values()]).toEqual(['Jan', 'Feb']);
    expect(periodLabels(['2025-12-01', '2026-01-01'], 'tanggal').short.get('2026-01-01')).toBe('Jan 2026');
    expect(periodLabels(['2026-10-06'], 'tanggal')).toMatchObject({ short: new Map([['2026-10-06', '6 Okt']]), long: new Map([['2026-10-06', '6 Oktober 2026']]) });
    expect(periodLabels(['2026-01-01'], 'tanggal').long.get('2026-01-01')).toBe('Januari 2026');
  });
});

describe('chart data from a dataset', () => {
  it('adds up the rows of a category (a monthly total over every kecamatan), in date order', () => {
    const data = chartData(dbdDataset(), DBD_ROWS, grafik({ jenis: 'garis', kategori: 'bulan', nilai: ['kasus'] }))!;
    expect(data.categories.map((c) => c.label)).toEqual(['Jan', 'Feb']);
    expect(data.series).toEqual([{ key: 'kasus', label: 'Jumlah kasus', values: [16, 14] }]);
    expect(data.satuan).toBe('kasus');
  });

  it('keeps the latest period with `saring: terbaru` and says which one it kept', () => {
    const data = chartData(dbdDataset(), DBD_ROWS, grafik({ jenis: 'batang', kategori: 'kecamatan', nilai: ['kasus'], saring: { kolom: 'bulan', nilai: 'terbaru' } }))!;
    expect(data.categories.map((c) => c.key)).toEqual(['Mranggen', 'Karangawen', 'Guntur']);
    // Karangawen's February cell is empty: no value, not zero.
    expect(data.series[0].values).toEqual([10, null, 4]);
    expect(data.saring).toEqual({ label: 'bulan', value: 'Februari 2026' });
  });

  it('makes one series per value column, or per value of the `seri` column, at most six', () => {
    expect(chartData(dbdDataset(), DBD_ROWS, grafik({ jenis: 'batang', kategori: 'bulan', nilai: ['kasus', 'meninggal'] }))!.series.map((s) => s.label)).toEqual(['Jumlah kasus', 'Meninggal']);
    const bySeri = chartData(dbdDataset(), DBD_ROWS, grafik({ jenis: 'garis', kategori: 'bulan', nilai: ['kasus'], seri: 'kecamatan' }))!;
    expect(bySeri.series.map((s) => [s.label, s.values])).toEqual([['Mranggen', [8, 10]], ['Karangawen', [5, null]], ['Guntur', [3, 4]]]);
    const many = rowsOf(Array.from({ length: MAX_SERI + 2 }, (_, i) => `2026-01-01,33.21.0${i + 1},Kecamatan ${i},${i},0`));
    const capped = chartData(dbdDataset(), many, grafik({ jenis: 'garis', kategori: 'bulan', nilai: ['kasus'], seri: 'kecamatan' }))!;
    expect([capped.series.length, capped.omitted]).toEqual([MAX_SERI, 2]);
  });

  it('gives up on a column that does not exist (the validator reports it)', () => {
    expect(chartData(dbdDataset(), DBD_ROWS, grafik({ jenis: 'batang', kategori: 'desa', nilai: ['kasus'] }))).toBeUndefined();
  });
});

describe('geometry', () => {
  const bars = chartData(dbdDataset(), DBD_ROWS, grafik({ jenis: 'batang', kategori: 'kecamatan', nilai: ['kasus', 'meninggal'] }))!;

  it('lays out one row per category, bars from zero, everything inside the viewBox', () => {
    const layout = barLayout(bars, false);
    expect(layout.width).toBe(CHART_WIDTH);
    expect(layout.rows.map((r) => r.label)).toEqual([['Mranggen'], ['Karangawen'], ['Guntur']]);
    for (const row of layout.rows) {
      for (const r of row.rects) expect(r.x).toBeCloseTo(layout.zeroX);
      for (const v of row.values) expect(v.x + textWidth(v.text, 14)).toBeLessThanOrEqual(CHART_WIDTH + 1);
    }
    expect(layout.rows.at(-1)!.rects.at(-1)!.y).toBeLessThan(layout.gridBottom);
    expect(layout.height).toBeGreaterThan(layout.tickY);
  });

  it('puts the parts of a stack end to end and writes the total', () => {
    const layout = barLayout(bars, true);
    // Karangawen: 5 cases and 1 death; Mranggen's zero deaths draw no part at all.
    const [first, second] = layout.rows[1].rects;
    expect(second.x).toBeCloseTo(first.x + first.width);
    expect(layout.rows[1].values.map((v) => v.text)).toEqual(['6']);
    expect(layout.rows[0].rects).toHaveLength(1);
  });

  it('breaks a line where a value is missing and marks every present point', () => {
    const lines = chartData(dbdDataset(), DBD_ROWS, grafik({ jenis: 'garis', kategori: 'bulan', nilai: ['kasus'], seri: 'kecamatan' }))!;
    const layout = lineLayout(lines);
    expect(layout.series[1].points).toHaveLength(1);
    expect(layout.series[0].path.startsWith('M')).toBe(true);
    for (const s of layout.series) for (const p of s.points) expect(p.y).toBeLessThanOrEqual(layout.plot.bottom);
    expect(layout.xLabels.map((l) => l.text)).toEqual(['Jan', 'Feb']);
  });
});

describe('palette (WCAG 2.1 SC 1.4.11)', () => {
  it('gives every series at least 3:1 against the white page, and tile outlines too', () => {
    for (const s of SERIES_STYLES) expect(contrast(s.colour, '#ffffff'), s.colour).toBeGreaterThanOrEqual(3);
    expect(contrast(TILE_OUTLINE, '#ffffff')).toBeGreaterThanOrEqual(3);
  });

  it('tells neighbouring series apart without colour: another pattern, dash and marker, and another lightness', () => {
    for (let i = 1; i < SERIES_STYLES.length; i++) {
      const [a, b] = [SERIES_STYLES[i - 1], SERIES_STYLES[i]];
      expect(a.pattern).not.toBe(b.pattern);
      expect(a.dash).not.toBe(b.dash);
      expect(a.marker).not.toBe(b.marker);
      expect(Math.abs(luminance(a.colour) - luminance(b.colour))).toBeGreaterThan(0.02);
    }
  });

  it('shades the tile classes from light to dark and writes on each with enough contrast', () => {
    const steps = CLASS_COLOURS.map(luminance);
    for (let i = 1; i < steps.length; i++) expect(steps[i]).toBeLessThan(steps[i - 1]);
    for (const c of CLASS_COLOURS) expect(contrast(c, textOn(c))).toBeGreaterThanOrEqual(4.5);
  });
});

describe('sparkline and text alternatives', () => {
  it('draws a sparkline only for two or more values, the last point marked', () => {
    expect(sparkline([5])).toBeUndefined();
    const line = sparkline([1, 3, 2], 120, 36)!;
    expect(line.path).toMatch(/^M4,/);
    expect(line.last.x).toBe(116);
  });

  it('names the chart and reads out first, last and highest values', () => {
    const data = chartData(dbdDataset(), DBD_ROWS, grafik({ jenis: 'garis', judul: 'Kasus DBD per bulan', kategori: 'bulan', nilai: ['kasus'] }))!;
    expect(chartTitle(data)).toBe('Diagram garis: Kasus DBD per bulan');
    expect(chartSummary(data)).toMatchInlineSnapshot(`"2 bulan. Jumlah kasus: 16 kasus pada Januari 2026 dan 14 kasus pada Februari 2026; tertinggi 16 kasus pada Januari 2026. Angka lengkap ada di tabel data di sampingnya."`);
  });
});
