/** Display formats of the public site: dates in WIB with Indonesian month names, numbers and sizes in id-ID. */
import { wibParts } from '../lib/wib.ts';

const TIME_ZONE = 'Asia/Jakarta';
const dateFormat = new Intl.DateTimeFormat('id-ID', { dateStyle: 'long', timeZone: TIME_ZONE });
const dateTimeFormat = new Intl.DateTimeFormat('id-ID', { dateStyle: 'long', timeStyle: 'short', timeZone: TIME_ZONE });
const numberFormat = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 });

/** `24 November 2026` (the WIB calendar day). */
export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

/** A date entered without a time (`2026-11-24`) is stored as midnight WIB; such a date names a day, not an instant. */
export function isDateOnly(date: Date): boolean {
  const { hour, minute } = wibParts(date);
  return hour === 0 && minute === 0;
}

/** `24 November 2026 pukul 10.00 WIB`; a date entered without a time shows the day only. */
export function formatDateTime(date: Date): string {
  if (isDateOnly(date)) return formatDate(date);
  return `${dateTimeFormat.format(date)} WIB`;
}

/** `12.345,6` */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

const fixedFormats = new Map<number, Intl.NumberFormat>();

/** `4.529,94` with exactly `fractionDigits` decimals, e.g. to keep the precision a CSV cell was written with. */
export function formatNumberFixed(value: number, fractionDigits: number): string {
  const digits = Math.min(Math.max(0, Math.trunc(fractionDigits)), 20);
  let format = fixedFormats.get(digits);
  if (!format) fixedFormats.set(digits, (format = new Intl.NumberFormat('id-ID', { minimumFractionDigits: digits, maximumFractionDigits: digits })));
  return format.format(value);
}

/** `820 KB`, `1,2 MB` (1 KB = 1024 bytes, like the size limits in pemda.yaml). */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${numberFormat.format(Math.round((bytes / 1024 / 1024) * 10) / 10)} MB`;
}

/** The WIB year of an instant (search filter `tahun`). */
export function yearOf(date: Date): string {
  return String(wibParts(date).year);
}
