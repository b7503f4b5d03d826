/**
 * When a source is due: its dataset's `frekuensi` is the schedule. A source is due once its last success is at least
 * one period old, counted in WIB calendar days (a daily job at 06:05 is due again the next morning even if
 * yesterday's success came at 06:10). Until new data arrives a due source is tried on every run; `sekali` is taken
 * once and then only when forced (`--dataset`). A source that never succeeded is always due.
 */
import type { Frekuensi } from '../schemas/dataset.ts';
import { parseWib, wibDateString } from '../lib/wib.ts';

/** Days between harvests per `frekuensi` (not the staleness ages of FREKUENSI, which allow for reporting delays). */
export const HARVEST_PERIOD_DAYS: Record<Frekuensi, number> = {
  harian: 1, mingguan: 7, bulanan: 30, triwulanan: 91, semesteran: 182, tahunan: 365, sekali: Infinity,
};

const DAY_MS = 86_400_000;
const daySerial = (date: Date) => Date.parse(`${wibDateString(date)}T00:00:00Z`) / DAY_MS;

export type DueState = { due: true } | { due: false; next: string | null };

/** Whether a source with this frequency and last success (WIB ISO) is due at `now`; else its next date (null: never). */
export function dueState(frekuensi: Frekuensi, lastSuccess: string | undefined, now: Date): DueState {
  const last = lastSuccess ? parseWib(lastSuccess) : undefined;
  if (!last?.ok) return { due: true };
  const period = HARVEST_PERIOD_DAYS[frekuensi];
  if (!Number.isFinite(period)) return { due: false, next: null };
  if (daySerial(now) - daySerial(last.date) >= period) return { due: true };
  return { due: false, next: wibDateString(new Date(last.date.getTime() + period * DAY_MS)) };
}
