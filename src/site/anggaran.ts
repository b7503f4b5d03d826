/**
 * "Transparansi anggaran" (/anggaran/): the DIP entries of rincian d, ringkasan laporan keuangan (Perki 1/2021;
 * UU 14/2008 Pasal 9 ayat (2) huruf c), with their attachments, plus the published documents whose title names a
 * budget document, grouped by year (newest first) and OPD (by name).
 */
import type { Entry } from '../content/model.ts';
import { urls } from '../lib/urls.ts';
import type { Dokumen, Informasi } from '../schemas/index.ts';
import { entriesAttaching } from './attachments.ts';
import { findOpdFile } from './files.ts';
import { yearOf } from './format.ts';
import type { SiteModel } from './model.ts';

export const RINCIAN_ANGGARAN = 'laporan-keuangan';

/**
 * A title that clearly names a budget document: APBD and its change, DPA/RKA, LRA and other realisation reports,
 * LKPJ/LKPD, laporan keuangan, neraca. Words, not fragments: "Rencana Kerja" or "Renstra" do not match.
 */
const BUDGET_TITLE = /\b(APBD|P-APBD|APBDes|DPA|DPPA|RKA|LRA|LKPJ|LKPD|neraca)\b|\banggaran pendapatan dan belanja\b|\b(laporan )?realisasi (anggaran|pendapatan|belanja)\b|\blaporan keuangan\b|\bperubahan anggaran\b/i;

export function isBudgetTitle(judul: string): boolean {
  return BUDGET_TITLE.test(judul);
}

export interface AnggaranLink {
  judul: string;
  href: string;
}

export interface AnggaranItem {
  kind: 'informasi' | 'dokumen';
  judul: string;
  href: string;
  date: Date;
  /** The entry's attachments (a published document's page when there is one, else the file or link). */
  lampiran: AnggaranLink[];
}

export interface AnggaranGroup {
  /** The budget year (budgetYear). */
  tahun: number;
  opds: { opd: string; nama: string; items: AnggaranItem[] }[];
}

/**
 * The year a budget item is about: the latest year its title names (a report "Tahun 2025 dan LRA Semester I 2026"
 * covers up to 2026), else the year written in `waktu_pembuatan`, else the WIB year of its date.
 */
export function budgetYear(judul: string, waktu: string | undefined, date: Date): number {
  const years = (text: string) => [...text.matchAll(/\b(19|20)\d{2}\b/g)].map((m) => Number(m[0]));
  const inTitle = years(judul);
  if (inTitle.length > 0) return Math.max(...inTitle);
  const inWaktu = waktu ? years(waktu) : [];
  return inWaktu.length > 0 ? Math.max(...inWaktu) : Number(yearOf(date));
}

function lampiranLinks(site: SiteModel, entry: Entry<Informasi>, dokumenByFile: Map<string, Entry<Dokumen>>): AnggaranLink[] {
  return entry.data.lampiran.flatMap((l) => {
    if (/^https:\/\//.test(l.berkas)) return [{ judul: l.judul, href: l.berkas }];
    const file = findOpdFile(site.tree, entry.opd, l.berkas);
    if (!file) return [];
    const doc = dokumenByFile.get(file.file.path);
    return [{ judul: l.judul, href: doc ? urls.dokumen(doc.opd, doc.slug) : urls.opdFile(entry.opd, file.relative) }];
  });
}

export function anggaranOf(site: SiteModel): { groups: AnggaranGroup[]; informasi: number; dokumen: number; opds: number } {
  const dokumenByFile = new Map<string, Entry<Dokumen>>();
  for (const doc of site.dokumen) {
    const file = findOpdFile(site.tree, doc.opd, doc.data.berkas);
    if (file) dokumenByFile.set(file.file.path, doc);
  }
  const entries = site.informasi.filter((e) => e.data.rincian === RINCIAN_ANGGARAN && e.data.kategori !== 'dikecualikan');
  // A document attached to one of those entries is listed under it, not a second time on its own.
  const attachedToBudget = (doc: Entry<Dokumen>) => entriesAttaching(site, doc.opd, doc.data.berkas).some((e) => entries.includes(e));
  const documents = site.dokumen.filter((d) => isBudgetTitle(d.data.judul) && !attachedToBudget(d));

  const rows: { tahun: number; opd: string; item: AnggaranItem }[] = [
    ...entries.map((e) => ({
      tahun: budgetYear(e.data.judul, e.data.waktu_pembuatan, e.data.diperbarui),
      opd: e.opd,
      item: { kind: 'informasi' as const, judul: e.data.judul, href: urls.informasi(e.opd, e.slug), date: e.data.diperbarui, lampiran: lampiranLinks(site, e, dokumenByFile) },
    })),
    ...documents.map((d) => ({
      tahun: budgetYear(d.data.judul, undefined, d.data.tanggal),
      opd: d.opd,
      item: { kind: 'dokumen' as const, judul: d.data.judul, href: urls.dokumen(d.opd, d.slug), date: d.data.tanggal, lampiran: [] },
    })),
  ];

  const nameOf = (opd: string) => site.opds.get(opd)?.data.nama ?? opd;
  const byYear = new Map<number, Map<string, AnggaranItem[]>>();
  for (const row of rows) {
    const year = byYear.get(row.tahun) ?? new Map<string, AnggaranItem[]>();
    year.set(row.opd, [...(year.get(row.opd) ?? []), row.item]);
    byYear.set(row.tahun, year);
  }
  const groups = [...byYear.entries()]
    .sort(([a], [b]) => b - a)
    .map(([tahun, opds]) => ({
      tahun,
      opds: [...opds.entries()]
        .map(([opd, items]) => ({ opd, nama: nameOf(opd), items: items.sort((a, b) => b.date.getTime() - a.date.getTime() || a.judul.localeCompare(b.judul, 'id')) }))
        .sort((a, b) => a.nama.localeCompare(b.nama, 'id')),
    }));
  return { groups, informasi: entries.length, dokumen: documents.length, opds: new Set(rows.map((r) => r.opd)).size };
}
