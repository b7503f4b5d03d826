/**
 * Geometry of a bar chart (`batang`, `batang-bertumpuk`): horizontal bars, each category's label above its bars, so a
 * long name keeps the full width of a phone instead of being squeezed under a column. Several series sit side by
 * side (one thin bar each) or, stacked, end to end. Values are written at the bar ends; ticks come from scale.ts.
 */
import { categoryTotals, type ChartData } from './chart-data.ts';
import { formatCompact } from './format.ts';
import { textWidth, wrapLabel } from './labels.ts';
import { valueAxis, type Tick } from './scale.ts';

/** viewBox width: close to a phone's content width, so that text drawn at 13-14 units stays legible there. */
export const CHART_WIDTH = 380;
export const LABEL_FONT = 15;
export const SMALL_FONT = 14;

/** Height of one line of a category label (labels of long names take two). */
const LABEL_LINE = 19;
const BAR = 20;
const GROUPED_BAR = 13;
const ROW_GAP = 12;
const AXIS_HEIGHT = 24;

export interface BarRect {
  x: number;
  y: number;
  width: number;
  height: number;
  series: number;
}

export interface BarText {
  x: number;
  y: number;
  text: string;
}

export interface BarRow {
  /** The category label, in one or two lines (the first baseline at `labelY`, then one LABEL_LINE apart). */
  label: string[];
  labelY: number;
  lineHeight: number;
  rects: BarRect[];
  values: BarText[];
}

export interface BarLayout {
  width: number;
  height: number;
  rows: BarRow[];
  ticks: (Tick & { anchor: 'start' | 'middle' | 'end' })[];
  /** Where the grid lines start and end, and where the tick labels sit. */
  gridTop: number;
  gridBottom: number;
  tickY: number;
  /** Position of zero (the base of every bar). */
  zeroX: number;
}

/** Lays out `data` as horizontal bars; `stacked` puts the series of a category end to end. */
export function barLayout(data: ChartData, stacked: boolean, width = CHART_WIDTH): BarLayout {
  const n = data.series.length;
  const totals = categoryTotals(data);
  const ends = stacked ? totals : data.series.flatMap((s) => s.values);
  const shown = ends.filter((v): v is number => v !== null);
  // Room at the right for the longest value written at a bar's end.
  const valueRoom = Math.min(96, Math.max(0, ...shown.map((v) => textWidth(formatCompact(v), SMALL_FONT))) + 8);
  const axis = valueAxis(shown, [1, width - valueRoom], 4);
  const zeroX = axis.at(0);
  const barsHeight = stacked || n === 1 ? BAR : n * GROUPED_BAR + (n - 1) * 2;
  const rows: BarRow[] = [];
  let y = 4;
  data.categories.forEach((category, i) => {
    const rects: BarRect[] = [];
    const values: BarText[] = [];
    const label = wrapLabel(category.label, width - 4, LABEL_FONT);
    const top = y + label.length * LABEL_LINE + 4;
    if (stacked) {
      let from = 0;
      data.series.forEach((s, si) => {
        const v = s.values[i];
        if (v === null || v <= 0) return; // a stack adds up what is there; nothing to draw for an empty part
        rects.push({ x: axis.at(from), y: top, width: axis.at(from + v) - axis.at(from), height: BAR, series: si });
        from += v;
      });
      if (totals[i] !== null) values.push({ x: axis.at(Math.max(0, from)) + 5, y: top + BAR / 2 + 4.5, text: formatCompact(totals[i]!) });
    } else {
      const h = n === 1 ? BAR : GROUPED_BAR;
      data.series.forEach((s, si) => {
        const v = s.values[i];
        const by = top + si * (h + 2);
        if (v === null) return;
        const end = axis.at(v);
        rects.push({ x: Math.min(zeroX, end), y: by, width: Math.abs(end - zeroX), height: h, series: si });
        values.push({ x: Math.max(zeroX, end) + 5, y: by + h / 2 + 4.5, text: formatCompact(v) });
      });
    }
    rows.push({ label, labelY: y + 15, lineHeight: LABEL_LINE, rects, values });
    y = top + barsHeight + ROW_GAP;
  });
  const gridBottom = y - ROW_GAP / 2;
  const ticks = axis.ticks.map((t) => {
    const half = textWidth(t.label, SMALL_FONT) / 2;
    const anchor = t.at - half < 0 ? 'start' : t.at + half > width ? 'end' : 'middle';
    return { ...t, anchor } as const;
  });
  return { width, height: gridBottom + AXIS_HEIGHT, rows, ticks, gridTop: 0, gridBottom, tickY: gridBottom + 17, zeroX };
}
