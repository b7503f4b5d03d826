/**
 * How long lists may get. Every list that grows with content is either paginated (PAGE_SIZE) or a preview of the
 * newest few with a link to the full list (OPD_PREVIEW, HOME_SERTA_MERTA): at five years of content no HTML page may
 * outgrow 100 KB gzip, and an OPD page must not carry its whole history.
 */
import { t } from '../i18n/id.ts';

export const PAGE_SIZE = { berita: 20, data: 50, dokumen: 20, dip: 20 } as const;

/** Items per kind on an OPD's page; "lihat semua" leads to the full list. */
export const OPD_PREVIEW = { berita: 5, dip: 10, dik: 5, data: 5, dokumen: 5 } as const;

/** Serta-merta notices in the home page box (the rest: a search link sorted by date). */
export const HOME_SERTA_MERTA = 5;

/** "Berita (halaman 2 dari 9)": every page of a list has its own title. */
export function pagedTitle(title: string, page: { currentPage: number; lastPage: number }): string {
  return page.currentPage > 1 ? `${title} (${t('pager.position', { current: page.currentPage, last: page.lastPage })})` : title;
}
