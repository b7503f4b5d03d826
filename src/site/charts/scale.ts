/**
 * The value axis of every chart: a linear d3 scale over the data and zero, rounded to nice numbers (`nice()`), with
 * about `count` ticks (`ticks()`) labelled the Indonesian way. Bars always start at zero: a bar whose axis starts
 * elsewhere misstates the ratio between values.
 */
import { scaleLinear } from 'd3-scale';
import { formatTicks } from './format.ts';

export interface Tick {
  value: number;
  /** Position on the axis, in SVG units. */
  at: number;
  label: string;
}

export interface ValueAxis {
  /** Value → position in SVG units. */
  at: (value: number) => number;
  domain: [number, number];
  ticks: Tick[];
}

/** A zero-based axis over `values` mapped to `range` (e.g. `[left, right]`, or `[bottom, top]` for a vertical one). */
export function valueAxis(values: readonly number[], range: [number, number], count = 5): ValueAxis {
  const finite = values.filter(Number.isFinite);
  let low = Math.min(0, ...finite);
  let high = Math.max(0, ...finite);
  // All zero (or no data): still draw an axis from 0 to 1 rather than a degenerate one.
  if (low === high) high = low + 1;
  const scale = scaleLinear().domain([low, high]).range(range).nice(count);
  [low, high] = scale.domain() as [number, number];
  const values_ = scale.ticks(count);
  const labels = formatTicks(values_);
  return {
    at: (value) => scale(value),
    domain: [low, high],
    ticks: values_.map((value, i) => ({ value, at: scale(value), label: labels[i] })),
  };
}
