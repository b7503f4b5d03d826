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

/** `24 November 2026 pukul 10.00 WIB`; a date entered without a time (midnight WIB) shows the day only. */
export function formatDateTime(date: Date): string {
  const { hour, minute } = wibParts(date);
  if (hour === 0 && minute === 0) return formatDate(date);
  return `${dateTimeFormat.format(date)} WIB`;
}

/** `12.345,6` */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
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
