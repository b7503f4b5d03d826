/**
 * "What changed" across the portal: news, information items, datasets and documents as one dated stream,
 * newest first. The home page, the OPD directory (last upload) and the RSS feeds read this one list.
 */
import type { Entry } from '../content/model.ts';
import { urls } from '../lib/urls.ts';
import type { UploadSection } from '../content/types/index.ts';
import type { KategoriCode } from '../schemas/index.ts';
import { isDateOnly } from './format.ts';
import type { SiteModel } from './model.ts';

/** The types whose entries are announced as updates are the ones that count as uploads (registry `upload: true`). */
export type UpdateKind = UploadSection;

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

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * When an update counts as made, for ranking only: information, data and documents carry a date without a time
 * (stored as 00:00 WIB), news a time of day. Read as midnight, a file published on the 25th would rank below every
 * article of the 25th; read as the end of its day it ranks with the day it names. (Feeds keep the written date.)
 */
export function rankTime(date: Date): number {
  return isDateOnly(date) ? date.getTime() + DAY_MS - 1 : date.getTime();
}

const byRankDesc = (a: Update, b: Update) => rankTime(b.tanggal) - rankTime(a.tanggal) || a.url.localeCompare(b.url);

/** Home page "Pembaruan terbaru": 12 updates, at least 3 each of news, information and data when there are any. */
export const HOME_LATEST = { total: 12, reserved: { berita: 3, informasi: 3, data: 3 } satisfies Partial<Record<UpdateKind, number>> };

/**
 * The newest updates as one mixed list. News is published daily and information or data far less often, so plain
 * "newest first" shows only news: every kind in `reserved` keeps that many places for its own newest updates, the
 * remaining places go to the newest updates of any kind, and the list is shown newest first (by rankTime).
 */
export function latestMixed(updates: readonly Update[], total: number, reserved: Partial<Record<UpdateKind, number>>): Update[] {
  const ranked = [...updates].sort(byRankDesc);
  const chosen = new Set<Update>();
  for (const [kind, places] of Object.entries(reserved) as [UpdateKind, number][]) {
    for (const u of ranked.filter((u) => u.kind === kind).slice(0, places)) if (chosen.size < total) chosen.add(u);
  }
  for (const u of ranked) {
    if (chosen.size >= total) break;
    chosen.add(u);
  }
  return ranked.filter((u) => chosen.has(u));
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
