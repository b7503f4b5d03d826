/**
 * The headline indicators of /dasbor/ (content/indikator.yaml), computed at build time from the dataset each names:
 * rows of the chosen period (after `saring`) aggregated into one value, compared with the period before, plus the
 * recent history for a sparkline. Rows whose value cell is empty are left out of every aggregate.
 */
import type { CsvRow } from '../lib/csv.ts';
import type { Agregasi, ArahBaik, Dataset, IndikatorItem } from '../schemas/index.ts';
import { columnOf, filterRows, numberAt, orderedValues, periodLabels, textAt } from './charts/rows.ts';

/** How many periods the sparkline shows at most (a year of months). */
export const HISTORY_LENGTH = 12;

/** One value of the indicator: the period (as written and as read) and the aggregate. */
export interface PeriodValue {
  key: string;
  label: string;
  value: number;
}

export type Trend = 'naik' | 'turun' | 'tetap';
/** Whether the change is good news, given `arah_baik`; `netral` indicators are never judged. */
export type Assessment = 'baik' | 'buruk' | 'netral';

export interface IndicatorResult {
  /** The value shown, or undefined when the data has none (a missing file, an empty period). */
  current?: PeriodValue;
  previous?: PeriodValue;
  /** Oldest first, ending with `current`. */
  history: PeriodValue[];
}

/** The aggregate of `values`; undefined for none. `terakhir` is the last row in CSV order. */
export function aggregate(values: readonly number[], agregasi: Agregasi): number | undefined {
  if (values.length === 0) return undefined;
  switch (agregasi) {
    case 'jumlah': return values.reduce((a, b) => a + b, 0);
    case 'rata-rata': return values.reduce((a, b) => a + b, 0) / values.length;
    case 'terakhir': return values.at(-1);
    case 'maksimum': return Math.max(...values);
    case 'minimum': return Math.min(...values);
  }
}

/** Computes an indicator over a dataset's rows (header excluded). */
export function computeIndicator(meta: Dataset, rows: CsvRow[], item: IndikatorItem): IndicatorResult {
  const value = columnOf(meta, item.kolom);
  if (!value) return { history: [] };
  const kept = filterRows(meta, rows, item.saring).rows;
  const numbers = (subset: CsvRow[]) => subset.map((r) => numberAt(r, value, meta.desimal)).filter((n): n is number => n !== null);
  const period = item.periode && columnOf(meta, item.periode.kolom);
  if (!item.periode || !period) {
    const total = aggregate(numbers(kept), item.agregasi);
    return total === undefined ? { history: [] } : { current: { key: '', label: meta.periode, value: total }, history: [] };
  }
  const keys = orderedValues(kept, period, meta.desimal);
  const { long } = periodLabels(keys, period.kolom.tipe);
  const series: PeriodValue[] = [];
  for (const key of keys) {
    const total = aggregate(numbers(kept.filter((r) => textAt(r, period) === key)), item.agregasi);
    if (total !== undefined) series.push({ key, label: long.get(key) ?? key, value: total });
  }
  const at = series.length - (item.periode.pilih === 'sebelumnya' ? 2 : 1);
  if (at < 0) return { history: [] };
  return { current: series[at], previous: series[at - 1], history: series.slice(Math.max(0, at + 1 - HISTORY_LENGTH), at + 1) };
}

/** The direction of a change. */
export function trendOf(current: number, previous: number): Trend {
  return current > previous ? 'naik' : current < previous ? 'turun' : 'tetap';
}

/** Good or bad news: a rise is good when `arah_baik` is `naik`, a fall when it is `turun`. */
export function assess(trend: Trend, arah: ArahBaik): Assessment {
  if (arah === 'netral' || trend === 'tetap') return 'netral';
  return trend === arah ? 'baik' : 'buruk';
}
