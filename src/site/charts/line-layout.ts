/**
 * Geometry of a line chart (`garis`): categories along the bottom (d3 `scalePoint`), a zero-based value axis on the
 * left (scale.ts), one d3-shape line per series with a gap where a value is missing, and a marker at every point.
 * Crowded category labels are thinned or turned by labels.ts.
 */
import { scalePoint } from 'd3-scale';
import { line } from 'd3-shape';
import { CHART_WIDTH, SMALL_FONT } from './bar-layout.ts';
import { isOrderedColumnType, type ChartData } from './chart-data.ts';
import { isLabelShown, planAxisLabels, textWidth } from './labels.ts';
import { valueAxis, type Tick } from './scale.ts';

const PLOT_HEIGHT = 190;
const TOP = 12;
const RIGHT = 12;

export interface LinePoint {
  x: number;
  y: number;
  value: number;
}

export interface LineSeries {
  /** SVG path data; gaps where values are missing. */
  path: string;
  points: LinePoint[];
}

export interface AxisLabel {
  x: number;
  text: string;
  /** Labels at the edges are anchored inside the chart rather than centred under their point. */
  anchor: 'start' | 'middle' | 'end';
}

export interface LineLayout {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  yTicks: Tick[];
  xLabels: AxisLabel[];
  /** Labels turned by 45° (anchored at their end, under their point). */
  rotate: boolean;
  xLabelY: number;
  series: LineSeries[];
}

/** Lays out `data` as lines in a chart `width` units wide. */
export function lineLayout(data: ChartData, width = CHART_WIDTH): LineLayout {
  const values = data.series.flatMap((s) => s.values).filter((v): v is number => v !== null);
  // A provisional axis tells how wide the tick labels are, which sets the left margin.
  const probe = valueAxis(values, [PLOT_HEIGHT, 0], 5);
  const left = Math.ceil(Math.max(...probe.ticks.map((t) => textWidth(t.label, SMALL_FONT)))) + 10;
  const ordered = isOrderedColumnType(data.kategoriTipe);
  // Ordered labels stay level and centred under their point: leave room for half the last one at the right edge.
  const widest = Math.max(0, ...data.categories.map((c) => textWidth(c.label, SMALL_FONT)));
  const right = width - (ordered ? Math.max(RIGHT, Math.ceil(widest / 2) + 2) : RIGHT);
  const x = scalePoint<string>().domain(data.categories.map((c) => c.key)).range([left, right]).padding(0.4);
  const plan = planAxisLabels(data.categories.map((c) => c.label), x.step(), SMALL_FONT, ordered);
  const bottom = TOP + PLOT_HEIGHT;
  const axis = valueAxis(values, [bottom, TOP], 5);
  const anchorOf = (at: number, text: string): AxisLabel['anchor'] => {
    const half = textWidth(text, SMALL_FONT) / 2;
    return plan.rotate ? 'end' : at + half > width ? 'end' : at - half < 0 ? 'start' : 'middle';
  };
  const drawn = plan.labels
    .map((text, i) => ({ x: x(data.categories[i].key)!, text }))
    .filter((_, i) => isLabelShown(i, plan.labels.length, plan))
    .map((l) => ({ ...l, anchor: anchorOf(l.x, l.text) }));
  const labelDepth = plan.rotate ? Math.max(...drawn.map((l) => textWidth(l.text, SMALL_FONT))) * Math.SQRT1_2 + 14 : 20;
  const path = line<{ x: number; value: number | null }>()
    .defined((d) => d.value !== null)
    .x((d) => d.x)
    .y((d) => axis.at(d.value ?? 0));
  const series = data.series.map((s) => {
    const at = s.values.map((value, i) => ({ x: x(data.categories[i].key)!, value }));
    return {
      path: path(at) ?? '',
      points: at.filter((p): p is { x: number; value: number } => p.value !== null).map((p) => ({ x: p.x, y: axis.at(p.value), value: p.value })),
    };
  });
  return {
    width,
    height: Math.ceil(bottom + labelDepth + 6),
    plot: { left, right, top: TOP, bottom },
    yTicks: axis.ticks,
    xLabels: drawn,
    rotate: plan.rotate,
    xLabelY: bottom + (plan.rotate ? 10 : 17),
    series,
  };
}
