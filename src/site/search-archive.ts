/**
 * The search index in two Pagefind bundles. Every search first downloads the index's page list (`pf_meta`, about
 * 7 bytes gzip per page, unavoidable in Pagefind 1.x), so five years of news (10,000 pages) would make the first
 * search of a reader on a phone carry a list of pages she almost never wants. The build therefore indexes the news
 * of the last ARCHIVE_MONTHS months together with every DIP entry, dataset, document and page in /pagefind/, and
 * older news in /pagefind-arsip/ (src/build/search-index.ts). /cari/ searches the archive only when the reader asks,
 * when the recent index finds nothing, or when a year filter points into it (search-client.ts).
 * No Node imports: /cari/'s script uses this module too.
 */
import { wibParts } from '../lib/wib.ts';

/** Months of news in the first bundle (the current month and the eleven before it). */
export const ARCHIVE_MONTHS = 12;
/** Site folder of the first bundle (Pagefind's default) and of the archive. */
export const SEARCH_BUNDLE = 'pagefind';
export const ARCHIVE_BUNDLE = 'pagefind-arsip';
/** Written by the build into the first bundle: whether there is an archive and from when. */
export const ARCHIVE_INFO_FILE = 'arsip.json';

export interface ArchiveInfo {
  /** News dated before this WIB day (`YYYY-MM-DD`) are in the archive; null: no archive (none that old). */
  sebelum: string | null;
  /** Pages in the archive bundle. */
  halaman: number;
}

/** First WIB day of the month ARCHIVE_MONTHS - 1 months before `now`'s month: `2026-12-15` → `2026-01-01`. */
export function archiveCutoff(now: Date, months = ARCHIVE_MONTHS): string {
  const { year, month } = wibParts(now);
  const index = year * 12 + (month - 1) - (months - 1);
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

/** Whether a news page dated `waktu` (ISO 8601 in WIB, the page's search metadata) belongs in the archive. */
export function isArchived(waktu: string, sebelum: string): boolean {
  return waktu.slice(0, 10) < sebelum;
}

/** Whether results filtered by year `tahun` can be in the archive (a year that starts before the cut-off). */
export function yearReachesArchive(tahun: string, sebelum: string): boolean {
  return `${tahun}-01-01` < sebelum;
}
