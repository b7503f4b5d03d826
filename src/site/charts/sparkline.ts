/** A sparkline: a small d3-shape line of a series over its own range, with the last point marked. */
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';

export interface Sparkline {
  width: number;
  height: number;
  path: string;
  last: { x: number; y: number };
}

/** The line of `values` (oldest first) in a `width` × `height` box, 3 units of room for the end marker. */
export function sparkline(values: readonly number[], width = 120, height = 36): Sparkline | undefined {
  if (values.length < 2) return undefined;
  const pad = 4;
  const x = scaleLinear().domain([0, values.length - 1]).range([pad, width - pad]);
  const low = Math.min(...values);
  const high = Math.max(...values);
  // A flat series is drawn across the middle, not along the bottom edge.
  const y = scaleLinear().domain(high > low ? [low, high] : [low - 1, high + 1]).range([height - pad, pad]);
  const path = line<number>().x((_, i) => x(i)).y((v) => y(v))(values) ?? '';
  return { width, height, path, last: { x: x(values.length - 1), y: y(values.at(-1)!) } };
}
