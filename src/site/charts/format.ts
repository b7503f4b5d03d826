/** Numbers on charts, the Indonesian way (Intl `id-ID`): `12.345,6`, and on axes and bars compactly `183,1 rb`, `2,5 jt`. */
import { formatNumber } from '../format.ts';

const compact = new Intl.NumberFormat('id-ID', { notation: 'compact', maximumFractionDigits: 1 });

/** Beyond this, a full number no longer fits beside a bar or under a tick on a phone. */
const COMPACT_FROM = 10_000;

/** `12.345,6` (at most two decimals). */
export function formatValue(value: number): string {
  return formatNumber(value);
}

/** `9.876`, `183,1 rb`, `467,7 M` (miliar): short enough for an axis or a bar end. */
export function formatCompact(value: number): string {
  return Math.abs(value) >= COMPACT_FROM ? compact.format(value) : formatNumber(value);
}

const short = new Intl.NumberFormat('id-ID', { notation: 'compact', maximumSignificantDigits: 3 });
const upToOneDecimal = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1 });

/** At most about seven characters, for a tile of the map: `183 rb`, `2,97 rb`, `70,8`. The table has the exact value. */
export function formatShort(value: number): string {
  return Math.abs(value) >= 1000 ? short.format(value) : upToOneDecimal.format(value);
}

/**
 * Labels for a set of axis ticks: compact when the largest is big, else with as many decimals as the step needs
 * (ticks 0, 0.5, 1 read `0`, `0,5`, `1`), so that neighbouring ticks never print the same text.
 */
export function formatTicks(ticks: number[]): string[] {
  const largest = Math.max(0, ...ticks.map(Math.abs));
  if (largest >= COMPACT_FROM) {
    const labels = ticks.map((t) => compact.format(t));
    if (new Set(labels).size === labels.length) return labels;
  }
  const step = ticks.length > 1 ? Math.abs(ticks[1] - ticks[0]) : 1;
  const decimals = step > 0 ? Math.min(6, Math.max(0, -Math.floor(Math.log10(step) + 1e-9))) : 0;
  const fixed = new Intl.NumberFormat('id-ID', { maximumFractionDigits: decimals });
  return ticks.map((t) => fixed.format(t));
}
