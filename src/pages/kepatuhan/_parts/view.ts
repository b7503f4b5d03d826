/**
 * Display helpers of the /kepatuhan/ pages: id-ID numbers and week labels.
 */
import { t } from '../../../i18n/id.ts';

const oneDecimal = new Intl.NumberFormat('id-ID', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat('id-ID', { style: 'percent', maximumFractionDigits: 0 });

/** `75,0` */
export function skor(value: number): string {
  return oneDecimal.format(value);
}

/** `+1,5`, `−2,0`, `0,0`; `baru` when there is nothing to compare with. */
export function delta(now: number, before: number | null): string {
  if (before === null) return t('kepatuhan.new');
  const d = Math.round((now - before) * 10) / 10;
  return d > 0 ? `+${oneDecimal.format(d)}` : d < 0 ? `−${oneDecimal.format(-d)}` : oneDecimal.format(0);
}

/** `+2`, `−1`, `0` for counts. */
export function deltaCount(now: number, before: number): string {
  const d = now - before;
  return d > 0 ? `+${d}` : d < 0 ? `−${-d}` : '0';
}

/** `75%` */
export function persen(share: number): string {
  return percent.format(share);
}

/** `W47` from `2026-W47` (short axis labels). */
export function shortWeek(label: string): string {
  return label.slice(5);
}

/** The berkala items of an OPD in plain words: `2 wajib belum ada, 1 basi`, or `lengkap` (no letters, no codes). */
export function berkalaWords(berkala: readonly { status: 'ada' | 'basi' | 'tidak-ada' }[]): string {
  const missing = berkala.filter((b) => b.status === 'tidak-ada').length;
  const stale = berkala.filter((b) => b.status === 'basi').length;
  const parts = [
    ...(missing > 0 ? [t('kepatuhan.berkalaMissing', { n: missing })] : []),
    ...(stale > 0 ? [t('kepatuhan.berkalaStale', { n: stale })] : []),
  ];
  return parts.length > 0 ? parts.join(', ') : t('kepatuhan.berkalaComplete');
}

/** `tel:` address of a phone number as written (`(0291) 685012` → `tel:0291685012`). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^0-9+]/g, '')}`;
}
