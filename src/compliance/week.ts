/**
 * ISO 8601 weeks in Asia/Jakarta time (WIB, UTC+7, no daylight saving): a week runs from Monday 00:00 WIB
 * to the next Monday 00:00 WIB, and belongs to the ISO year of its Thursday (so 2026 has a week 53).
 *
 * Weeks are handled as a serial number (weeks since the Monday 1969-12-29), which makes bucketing thousands
 * of commits a division; `IsoWeek` and the `2026-W48` label are for people and file names.
 */
import { WIB_OFFSET_MS } from '../lib/wib.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
const WEEK_MS = 7 * DAY_MS;
/** 1970-01-01 was a Thursday: the Monday of its ISO week is three days earlier. */
const MONDAY_SHIFT_MS = 3 * DAY_MS;

export interface IsoWeek {
  year: number;
  week: number;
}

/** Serial number of the WIB week that contains the instant `ms` (epoch milliseconds). */
export function weekSerialOf(ms: number): number {
  return Math.floor((ms + WIB_OFFSET_MS + MONDAY_SHIFT_MS) / WEEK_MS);
}

/** Instant (epoch ms) of Monday 00:00 WIB that starts week `serial`. */
export function weekStartMs(serial: number): number {
  return serial * WEEK_MS - MONDAY_SHIFT_MS - WIB_OFFSET_MS;
}

/** Instant (epoch ms) where week `serial` ends: the next Monday 00:00 WIB (exclusive). */
export function weekEndMs(serial: number): number {
  return weekStartMs(serial + 1);
}

/** ISO year and week number of a week serial: the year of the week's Thursday decides. */
export function isoWeekOfSerial(serial: number): IsoWeek {
  // The Thursday of week `serial`, as a WIB calendar day, is exactly `serial * 7` days after 1970-01-01.
  const thursday = new Date(serial * WEEK_MS);
  const year = thursday.getUTCFullYear();
  const dayOfYear = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / DAY_MS);
  return { year, week: Math.floor(dayOfYear / 7) + 1 };
}

/** Week serial of an ISO year and week (week 1 is the week with 4 January in it). */
export function serialOfIsoWeek({ year, week }: IsoWeek): number {
  const jan4 = Date.UTC(year, 0, 4);
  // `jan4` is a UTC midnight; as a WIB wall-clock day it lies in week 1 of `year`.
  const week1 = Math.floor((jan4 + MONDAY_SHIFT_MS) / WEEK_MS);
  return week1 + week - 1;
}

/** Number of ISO weeks (52 or 53) in `year`. */
export function weeksInYear(year: number): number {
  return isoWeekOfSerial(serialOfIsoWeek({ year: year + 1, week: 1 }) - 1).week;
}

/** `2026-W05`. */
export function formatWeek({ year, week }: IsoWeek): string {
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Label of a week serial, e.g. `2026-W48`. */
export function weekLabel(serial: number): string {
  return formatWeek(isoWeekOfSerial(serial));
}

/** Parses `2026-W48` (also `2026W48`, `2026-w48`); null when malformed or the year has no such week. */
export function parseWeek(text: string): IsoWeek | null {
  const m = /^(\d{4})-?[Ww](\d{1,2})$/.exec(text.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const week = Number(m[2]);
  if (week < 1 || week > weeksInYear(year)) return null;
  return { year, week };
}

/** The last week that has fully ended at instant `nowMs` (a Monday morning report covers the week before). */
export function lastCompleteWeekSerial(nowMs: number): number {
  return weekSerialOf(nowMs) - 1;
}

/** Serials of the `count` weeks ending with `lastSerial`, oldest first. */
export function weekRange(lastSerial: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => lastSerial - count + 1 + i);
}
