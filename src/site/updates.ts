/**
 * "What changed" across the portal: news, information items, datasets and documents as one dated stream,
 * newest first. The home page, the OPD directory (last upload) and the RSS feeds read this one list.
 */
import type { Entry } from '../content/model.ts';
import { urls } from '../lib/urls.ts';
import type { KategoriCode } from '../schemas/index.ts';
import type { SiteModel } from './model.ts';

export type UpdateKind = 'berita' | 'informasi' | 'data' | 'dokumen';

export interface Update {
  kind: UpdateKind;
  opd: string;
  slug: string;
  judul: string;
  ringkasan: string;
  tanggal: Date;
  /** Site path of the page. */
  url: string;
  /** Information category, for `informasi` updates. */
  kategori?: KategoriCode;
}

/** Serta-merta information stays on top of the home page for this many days (UU 14/2008 Pasal 10: "immediately"). */
export const SERTA_MERTA_RECENT_DAYS = 30;

const byDateDesc = (a: Update, b: Update) => b.tanggal.getTime() - a.tanggal.getTime() || a.url.localeCompare(b.url);

function collectUpdates(site: SiteModel, keep: (e: Entry<unknown>) => boolean): Update[] {
  const out: Update[] = [];
  for (const e of site.berita) {
    if (keep(e)) out.push({ kind: 'berita', opd: e.opd, slug: e.slug, judul: e.data.judul, ringkasan: e.data.ringkasan, tanggal: e.data.tanggal, url: urls.berita(e.opd, e.slug) });
  }
  for (const e of site.informasi) {
    // Exempt information is listed in the DIK but is not news to announce.
    if (!keep(e) || e.data.kategori === 'dikecualikan') continue;
    out.push({ kind: 'informasi', opd: e.opd, slug: e.slug, judul: e.data.judul, ringkasan: e.data.ringkasan, tanggal: e.data.diperbarui, url: urls.informasi(e.opd, e.slug), kategori: e.data.kategori });
  }
  for (const e of site.datasets) {
    if (keep(e)) out.push({ kind: 'data', opd: e.opd, slug: e.slug, judul: e.data.judul, ringkasan: e.data.deskripsi, tanggal: e.data.diperbarui, url: urls.dataset(e.opd, e.slug) });
  }
  for (const e of site.dokumen) {
    if (keep(e)) out.push({ kind: 'dokumen', opd: e.opd, slug: e.slug, judul: e.data.judul, ringkasan: e.data.ringkasan ?? '', tanggal: e.data.tanggal, url: urls.dokumen(e.opd, e.slug) });
  }
  return out.sort(byDateDesc);
}

/** Every update of the portal, or of one OPD, newest first. */
export function updatesOf(site: SiteModel, opd?: string): Update[] {
  return collectUpdates(site, (e) => opd === undefined || e.opd === opd);
}

/** Date of the newest entry of each OPD (any kind, including DIK entries); OPDs without entries are absent. */
export function lastUploadByOpd(site: SiteModel): Map<string, Date> {
  const last = new Map<string, Date>();
  const note = (opd: string, date: Date) => {
    const seen = last.get(opd);
    if (!seen || date > seen) last.set(opd, date);
  };
  for (const e of site.berita) note(e.opd, e.data.tanggal);
  for (const e of site.informasi) note(e.opd, e.data.diperbarui);
  for (const e of site.datasets) note(e.opd, e.data.diperbarui);
  for (const e of site.dokumen) note(e.opd, e.data.tanggal);
  return last;
}

/** Serta-merta information updated within the last SERTA_MERTA_RECENT_DAYS days of `now`, newest first. */
export function recentSertaMerta(site: SiteModel, now: Date): Update[] {
  const since = now.getTime() - SERTA_MERTA_RECENT_DAYS * 24 * 60 * 60 * 1000;
  return updatesOf(site).filter((u) => u.kategori === 'serta-merta' && u.tanggal.getTime() >= since && u.tanggal <= now);
}
