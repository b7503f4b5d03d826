/**
 * What the weekly report reads from the request registers (docs/layanan.md), as of the last day of the report week:
 * - requests and objections past their legal deadline without an answer (UU 14/2008 Pasal 22 ayat (7)–(8): 10 or 17
 *   working days; Pasal 36 ayat (2): 30), listed at the top of the report, in the OPD's to-do list and in `layanan`;
 * - the `layanan` component: the share of the requests and objections due in the last 365 days that were answered in
 *   time (1 when none was due); scored only when `kepatuhan.bobot.layanan` is above 0;
 * - the annual service report (Perki 1/2021 Pasal 56, due 31 March): missing for the year before, after 31 March, for
 *   the PPID Utama and every OPD with requests that year, until its `layanan/laporan-<tahun>.md` exists.
 * Like the other checks, an entry that appears in the history only after the week does not count yet.
 */
import type { ContentModel, Entry } from '../content/model.ts';
import { kalenderKerja, tanggalWib, type KalenderKerja, type Tanggal } from '../layanan/hari-kerja.ts';
import { tenggatPermohonan } from '../layanan/tenggat.ts';
import type { Permohonan } from '../schemas/permohonan.ts';
import { existedBefore, lastChangeBefore, type Activity } from './activity.ts';
import { effectiveUpdate, type BerkalaCandidate, type SetiapSaatCandidate } from './checks.ts';
import { tanggalPanjang } from '../lib/wib.ts';
import { urls } from '../lib/urls.ts';
import type { WeeklyReport } from './types.ts';

export type TerlambatItem = NonNullable<WeeklyReport['layanan']>['terlambat'][number];

export interface LayananOpd {
  terlambat: TerlambatItem[];
  /** Share answered in time of what fell due in the last 365 days (1 when nothing fell due). */
  nilai: number;
  /** The year whose annual service report is due and missing, or null. */
  laporanTertunda: number | null;
}

export interface LayananEvaluation {
  /** True when any OPD keeps a register in the portal (else the report has no `layanan` block). */
  ada: boolean;
  perOpd: Map<string, LayananOpd>;
  terlambat: TerlambatItem[];
}

const DAY_MS = 86_400_000;
const byUrgency = (a: TerlambatItem, b: TerlambatItem) => b.hari_kerja_lewat - a.hari_kerja_lewat || a.opd.localeCompare(b.opd) || a.nomor.localeCompare(b.nomor);

function evaluateOpd(entries: Entry<Permohonan>[], kalender: KalenderKerja, hariIni: Tanggal, sejak: Tanggal): Omit<LayananOpd, 'laporanTertunda'> {
  const terlambat: TerlambatItem[] = [];
  let due = 0;
  let onTime = 0;
  for (const entry of entries) {
    const t = tenggatPermohonan(entry.data, kalender, hariIni);
    for (const [jenis, d] of [['permohonan', t.permohonan], ['keberatan', t.keberatan]] as const) {
      if (!d) continue;
      if (d.lewat) terlambat.push({ opd: entry.opd, nomor: entry.data.nomor, jenis, diterima: d.mulai, batas: d.batas, hari_kerja_lewat: d.hariKerjaLewat });
      if (d.batas > hariIni || d.batas <= sejak) continue;
      due++;
      if (d.dijawab && !d.terlambat) onTime++;
    }
  }
  return { terlambat: terlambat.sort(byUrgency), nilai: due === 0 ? 1 : onTime / due };
}

/** The annual report missing on `hariIni`: the year before, once its 31 March deadline has passed. */
function missingReport(model: ContentModel, opd: string, own: Entry<Permohonan>[], activity: Activity, end: number, hariIni: Tanggal): number | null {
  const tahun = Number(hariIni.slice(0, 4)) - 1;
  if (hariIni <= `${tahun + 1}-03-31`) return null;
  const served = own.some((e) => tanggalWib(e.data.diterima).startsWith(`${tahun}-`));
  if (!served && opd !== model.pemda.ppid_utama) return null;
  const written = model.laporanLayanan.some((e) => e.opd === opd && e.data.tahun === tahun && existedBefore(activity, e.path, end));
  return written ? null : tahun;
}

/** The registers of every OPD as of the end of the report week (`end`, exclusive). */
export function evaluateLayanan(model: ContentModel, activity: Activity, end: number, opds: readonly string[]): LayananEvaluation {
  const hariIni = tanggalWib(new Date(end - 1));
  const sejak = tanggalWib(new Date(end - 1 - 365 * DAY_MS));
  const kalender = kalenderKerja(model.pemda.layanan.libur);
  const byOpd = new Map<string, Entry<Permohonan>[]>();
  for (const entry of model.permohonan) {
    if (!existedBefore(activity, entry.path, end) || tanggalWib(entry.data.diterima) > hariIni) continue;
    byOpd.set(entry.opd, [...(byOpd.get(entry.opd) ?? []), entry]);
  }
  const perOpd = new Map<string, LayananOpd>();
  for (const opd of opds) {
    const own = byOpd.get(opd) ?? [];
    perOpd.set(opd, { ...evaluateOpd(own, kalender, hariIni, sejak), laporanTertunda: missingReport(model, opd, own, activity, end, hariIni) });
  }
  const terlambat = [...perOpd.values()].flatMap((o) => o.terlambat).sort(byUrgency);
  return { ada: model.permohonan.length > 0, perOpd, terlambat };
}

/** The report's `layanan` block, absent when no OPD keeps a register in the portal. */
export function layananBlock(evaluation: LayananEvaluation): Pick<WeeklyReport, 'layanan'> {
  return evaluation.ada ? { layanan: { terlambat: evaluation.terlambat } } : {};
}

/** The latest day an entry speaks of: receipt, extension, answer, objection and its answer. */
function latestDay(p: Permohonan): number {
  return Math.max(...[p.diterima, p.perpanjangan?.tanggal, p.dijawab, p.keberatan?.diajukan, p.keberatan?.ditanggapi].map((d) => d?.getTime() ?? 0));
}

/**
 * The register as the OPD's rincian e, "ringkasan laporan akses informasi publik" (Perki 1/2021; UU 14/2008 Pasal 12):
 * its statistics page is generated from it, so an OPD that keeps its register publishes rincian e. Dated like an
 * information entry: the latest date its entries speak of, capped by their last commit before `end`.
 */
export function registerAsRincianE(model: ContentModel, opd: string, activity: Activity, end: number): BerkalaCandidate[] {
  let updated: number | undefined;
  let tahun = 0;
  for (const entry of model.permohonan) {
    if (entry.opd !== opd || !existedBefore(activity, entry.path, end)) continue;
    const day = effectiveUpdate(new Date(latestDay(entry.data)), lastChangeBefore(activity, [entry.path], end), end);
    updated = Math.max(updated ?? day, day);
    // The latest year in which the OPD received a request: its statistics page and row exist.
    tahun = Math.max(tahun, Number(tanggalWib(entry.data.diterima).slice(0, 4)));
  }
  if (updated === undefined) return [];
  return [{
    rincian: 'laporan-akses-informasi', judul: `Statistik layanan informasi publik ${tahun} (register permohonan)`, berkas: `content/opd/${opd}/permohonan/`,
    updated, halaman: urls.statistikLayananOpd(tahun, opd),
  }];
}

/**
 * The annual service report (`layanan/laporan-<tahun>.md`) is the "laporan mengenai pelayanan akses informasi
 * publik" of UU 14/2008 Pasal 11 ayat (1) huruf h: the newest one that existed at `end` is the OPD's setiap-saat item.
 */
export function annualReportAsSetiapSaat(model: ContentModel, opd: string, activity: Activity, end: number): SetiapSaatCandidate[] {
  const written = model.laporanLayanan.filter((e) => e.opd === opd && existedBefore(activity, e.path, end));
  const latest = written.sort((a, b) => b.data.tahun - a.data.tahun)[0];
  if (!latest) return [];
  const updated = effectiveUpdate(latest.data.disahkan, lastChangeBefore(activity, [latest.path], end), end);
  return [{
    kode: 'laporan-layanan-informasi', judul: `Laporan layanan informasi publik ${latest.data.tahun}`, berkas: latest.path, updated,
    halaman: urls.laporanLayananOpd(latest.data.tahun, opd),
  }];
}

const lewat = (n: number) => (n > 0 ? `, sudah lewat ${n} hari kerja` : ', sudah lewat');

/** The OPD's to-do items from its register, most overdue first, then the missing annual report. */
export function layananTodo(opd: string, layanan: LayananOpd | undefined): string[] {
  if (!layanan) return [];
  const todo = layanan.terlambat.map((i) => i.jenis === 'permohonan'
    ? `Jawab permohonan ${i.nomor} (diterima ${tanggalPanjang(i.diterima)}): batas ${tanggalPanjang(i.batas)}${lewat(i.hari_kerja_lewat)} (UU 14/2008 Pasal 22)`
    : `Tanggapi keberatan atas permohonan ${i.nomor} (diajukan ${tanggalPanjang(i.diterima)}): batas 30 hari kerja ${tanggalPanjang(i.batas)}${lewat(i.hari_kerja_lewat)} (UU 14/2008 Pasal 36)`);
  const tahun = layanan.laporanTertunda;
  if (tahun !== null) todo.push(`Tulis laporan layanan informasi publik ${tahun} di content/opd/${opd}/layanan/laporan-${tahun}.md (batas 31 Maret ${tahun + 1}, Perki 1/2021 Pasal 56)`);
  return todo;
}

/** The Markdown section at the top of the weekly report (nothing without registers); `escape` is the summary's own. */
export function layananMarkdown(report: WeeklyReport, escape: (text: string) => string): string[] {
  const items = report.layanan?.terlambat;
  if (!items) return [];
  const head = '## Permohonan dan keberatan melewati batas waktu';
  if (items.length === 0) return [head, '', 'Tidak ada permohonan atau keberatan yang melewati batas waktu UU 14/2008 pada akhir minggu ini.', ''];
  const nama = new Map(report.opd.map((o) => [o.opd, o.nama]));
  return [
    head,
    '',
    `${items.length} permohonan atau keberatan belum dijawab setelah batas waktunya (10 hari kerja, 17 bila diperpanjang: UU 14/2008 Pasal 22; keberatan 30 hari kerja: Pasal 36).`,
    '',
    '| OPD | Nomor register | Jenis | Diterima | Batas | Lewat (hari kerja) |',
    '|---|---|---|---|---|---:|',
    ...items.map((i) => `| ${escape(nama.get(i.opd) ?? i.opd)} | ${escape(i.nomor)} | ${i.jenis} | ${i.diterima} | ${i.batas} | ${i.hari_kerja_lewat} |`),
    '',
  ];
}
