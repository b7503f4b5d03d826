/** Dates in Asia/Jakarta (WIB, UTC+7, no daylight saving): parsing editor input and formatting for display. */

export const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/;
const ISO_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

export type WibParseResult =
  | { ok: true; date: Date; hasTime: boolean }
  | { ok: false; reason: 'format' | 'invalid' | 'offset' };

/** Builds the instant of a WIB wall-clock time; returns null when the parts are not a real calendar time. */
export function wibInstant(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): Date | null {
  const utc = Date.UTC(y, mo - 1, d, h, mi, s);
  const back = new Date(utc);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  if (h > 23 || mi > 59 || s > 59) return null;
  return new Date(utc - WIB_OFFSET_MS);
}

/**
 * Parses what an editor writes: `2026-11-20`, `2026-11-20 09:30` (WIB) or an ISO string with `+07:00`.
 * Other offsets are refused: the portal's dates are WIB by contract (docs/content.md).
 */
export function parseWib(value: string): WibParseResult {
  const text = value.trim();
  let m = DATE_ONLY.exec(text);
  if (m) {
    const date = wibInstant(+m[1], +m[2], +m[3]);
    return date ? { ok: true, date, hasTime: false } : { ok: false, reason: 'invalid' };
  }
  m = DATE_TIME.exec(text);
  if (m) {
    const date = wibInstant(+m[1], +m[2], +m[3], +m[4], +m[5], +(m[6] ?? 0));
    return date ? { ok: true, date, hasTime: true } : { ok: false, reason: 'invalid' };
  }
  m = ISO_OFFSET.exec(text);
  if (m) {
    const offset = m[7].replace(':', '');
    if (offset !== '+0700') return { ok: false, reason: 'offset' };
    const date = wibInstant(+m[1], +m[2], +m[3], +m[4], +m[5], +(m[6] ?? 0));
    return date ? { ok: true, date, hasTime: true } : { ok: false, reason: 'invalid' };
  }
  return { ok: false, reason: 'format' };
}

/** Wall-clock parts of an instant in WIB. */
export function wibParts(date: Date): { year: number; month: number; day: number; hour: number; minute: number; weekday: number } {
  const shifted = new Date(date.getTime() + WIB_OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    weekday: shifted.getUTCDay(),
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD` of an instant in WIB (for file names, CSV exports, `<time datetime>`). */
export function wibDateString(date: Date): string {
  const p = wibParts(date);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** ISO 8601 with the explicit +07:00 offset. */
export function wibIso(date: Date): string {
  const p = wibParts(date);
  return `${wibDateString(date)}T${pad(p.hour)}:${pad(p.minute)}:00+07:00`;
}

const LONG_DATE = new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Asia/Jakarta' });

const LONG_MONTH = new Intl.DateTimeFormat('id-ID', { month: 'long', year: 'numeric', timeZone: 'Asia/Jakarta' });

/** `2026-11` or `2026-11-20` → `November 2026` (a WIB calendar month, written out). */
export function bulanPanjang(isoMonth: string): string {
  return LONG_MONTH.format(new Date(`${isoMonth.slice(0, 7)}-15T00:00:00+07:00`));
}

/** `2026-03-09` → `9 Maret 2026` (a WIB calendar day, written out for a sentence). */
export function tanggalPanjang(isoDate: string): string {
  return LONG_DATE.format(new Date(`${isoDate}T00:00:00+07:00`));
}
