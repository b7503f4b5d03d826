/**
 * Writing the weekly report as JSON (the archive and `/kepatuhan/<minggu>.json`), CSV (one row per OPD,
 * `/kepatuhan/<minggu>.csv`) and a Markdown summary (stdout, the GitHub step summary and the weekly issue).
 * Column names and their meaning are documented in docs/kepatuhan.md; keep them stable.
 */
import { toCsv } from '../exports/csv.ts';
import { wibDateString } from '../lib/wib.ts';
import { RINCIAN } from '../schemas/rincian.ts';
import { KUALIFIKASI, kualifikasiLabel } from './policy.ts';
import { KOMPONEN, type OpdReport, type WeeklyReport } from './types.ts';
import { tanggalPanjang } from '../lib/wib.ts';
import { panenGagalMarkdown } from './panen.ts';
import { layananMarkdown } from './layanan.ts';

export const REPORT_FORMATS = ['md', 'json', 'csv'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export function formatJson(report: WeeklyReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** The CSV columns, in order, with how each is read from an OPD's report. */
const CSV_COLUMNS: [string, (o: OpdReport, r: WeeklyReport) => string | number][] = [
  ['minggu', (_, r) => r.minggu],
  ['opd', (o) => o.opd],
  ['nama', (o) => o.nama],
  ['jenis', (o) => o.jenis ?? ''],
  ['skor', (o) => o.skor.toFixed(1)],
  ['kualifikasi', (o) => o.kualifikasi],
  ['skor_sebelumnya', (o) => o.skor_sebelumnya?.toFixed(1) ?? ''],
  ['skor_nol', (o) => o.skor_nol ?? ''],
  ...KOMPONEN.map((k): [string, (o: OpdReport) => string] => [`poin_${k}`, (o) => o.komponen[k].poin.toFixed(1)]),
  ['unggahan_berita', (o) => o.unggahan.berita],
  ['unggahan_informasi', (o) => o.unggahan.informasi],
  ['unggahan_data', (o) => o.unggahan.data],
  ['unggahan_dokumen', (o) => o.unggahan.dokumen],
  ['unggahan_total', (o) => o.unggahan.total],
  ['riwayat_unggahan', (o) => o.riwayat_unggahan.join(' ')],
  ['beruntun', (o) => o.beruntun],
  ['berkala_wajib', (o) => o.berkala.length],
  ['berkala_ada', (o) => o.berkala.filter((b) => b.status === 'ada').length],
  ['berkala_basi', (o) => o.berkala.filter((b) => b.status === 'basi').map((b) => b.rincian).join(' ')],
  ['berkala_tidak_ada', (o) => o.berkala.filter((b) => b.status === 'tidak-ada').map((b) => b.rincian).join(' ')],
  // Mandatory setiap-saat items (versi 4): how many, and the codes of the missing ones.
  ['setiap_saat_wajib', (o) => o.setiap_saat.length],
  ['setiap_saat_tidak_ada', (o) => o.setiap_saat.filter((s) => s.status === 'tidak-ada').map((s) => s.kode).join(' ')],
  ['dataset_jumlah', (o) => o.dataset.length],
  ['dataset_mutakhir', (o) => o.dataset.filter((d) => d.valid && d.mutakhir).length],
  // Two numbers, not `3/5`: a spreadsheet reads `3/5` as a date.
  ['sistem_terhubung', (o) => o.integrasi.terhubung],
  ['sistem_terdaftar', (o) => o.integrasi.terdaftar],
  // Requests and objections past their deadline (versi 3; empty when the portal holds no register at all).
  ['layanan_terlambat', (o, r) => (r.layanan ? r.layanan.terlambat.filter((i) => i.opd === o.opd).length : '')],
  ['profil_lengkap', (o) => (o.profil.butir.every((b) => b.ok) ? 'ya' : 'tidak')],
  ['kesalahan_validasi', (o) => o.validasi.kesalahan],
  ['peringatan_validasi', (o) => o.validasi.peringatan],
  ['data_pribadi', (o) => o.validasi.data_pribadi],
  ['perkiraan', (_, r) => (r.riwayat.perkiraan ? 'ya' : 'tidak')],
  ['todo', (o) => o.todo.join(' | ')],
  // The note on every row, so a copied or filtered sheet still says what the index is (not a KI predicate).
  ['catatan', (_, r) => r.catatan],
];

export const CSV_HEADER = CSV_COLUMNS.map(([name]) => name);

/**
 * RFC 4180 CSV (the site's one CSV writer), UTF-8, CRLF line ends, one row per OPD in slug order. OPD names and
 * to-do texts come from content, so the writer neutralises formula cells (OWASP "CSV Injection"); counts are
 * handed over as numbers and scores as fixed-point text, never negative, so both reach spreadsheets unchanged.
 */
export function formatCsv(report: WeeklyReport): string {
  return toCsv(CSV_HEADER, report.opd.map((o) => CSV_COLUMNS.map(([, read]) => read(o, report))));
}

/** `+1.5`, `−2.0`, `0.0`; `baru` when there is nothing to compare with. */
export function formatDelta(now: number, before: number | null): string {
  if (before === null) return 'baru';
  const d = Math.round((now - before) * 10) / 10;
  return d > 0 ? `+${d.toFixed(1)}` : d < 0 ? `−${Math.abs(d).toFixed(1)}` : '0.0';
}

/** OPDs by score (best first), then name: the ranking order of every table. */
export function byScore(a: OpdReport, b: OpdReport): number {
  return b.skor - a.skor || a.nama.localeCompare(b.nama, 'id');
}

/** `3/5`: connected of the active systems an OPD lists, `–` for none. */
export function integrasiCell(o: Pick<OpdReport, 'integrasi'>): string {
  return o.integrasi.terdaftar === 0 ? '–' : `${o.integrasi.terhubung}/${o.integrasi.terdaftar}`;
}

/** The regency's systems connected to the portal, and whether that is part of the score this week. */
function integrasiLine(report: WeeklyReport): string {
  const terhubung = report.opd.reduce((n, o) => n + o.integrasi.terhubung, 0);
  const terdaftar = report.opd.reduce((n, o) => n + o.integrasi.terdaftar, 0);
  const bobot = report.kebijakan.bobot.integrasi;
  return `Sistem terhubung ke portal: **${terhubung} dari ${terdaftar}** sistem aktif di katalog aplikasi (${bobot > 0 ? `bobot skor ${bobot}` : 'tidak dihitung dalam skor'}).`;
}

/** Content text inside the Markdown summary: no table breaks, no HTML, and no `@user`/`#123` pings or links on GitHub. */
const escapeMd = (text: string) => text.replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/@/g, '&#64;').replace(/#(?=\d)/g, '&#35;');

const MAX_TODO_IN_SUMMARY = 10;

export interface MarkdownOptions {
  /** Public base URL of the portal, to link each OPD's compliance page. */
  situs?: string;
}

/** The Markdown summary: warnings, regency totals with movement, the ranking table and the to-do lists. */
export function formatMarkdown(report: WeeklyReport, options: MarkdownOptions = {}): string {
  const s = report.ringkasan;
  const p = s.pembanding;
  const lines: string[] = [];
  const mulai = tanggalPanjang(report.mulai.slice(0, 10));
  const akhir = tanggalPanjang(wibDateString(new Date(Date.parse(report.sampai) - 1)));
  const label = (code: OpdReport['kualifikasi']) => kualifikasiLabel(code, report.kebijakan.label);
  lines.push(`# Laporan kepatuhan PPID ${report.minggu}`, '');
  lines.push(`_${escapeMd(report.catatan)}_`, '');
  lines.push(`Minggu ${mulai} – ${akhir} (WIB). ${report.riwayat.sumber === 'git' ? `Unggahan dihitung dari riwayat git (${report.riwayat.commit} commit).` : 'Unggahan DIPERKIRAKAN dari tanggal berkas.'}`, '');
  for (const warning of report.riwayat.peringatan) lines.push(`> [!WARNING]`, `> **PERINGATAN:** ${escapeMd(warning)}`, '');
  // Owed to requesters under the law's deadlines: the first thing the week's reader sees (compliance/layanan.ts).
  lines.push(...layananMarkdown(report, escapeMd));

  const pct = (n: number) => `${n} dari ${s.jumlah_opd} OPD`;
  lines.push('## Ringkasan kabupaten', '');
  lines.push(`| | ${report.minggu} | ${p ? `${p.minggu} (${p.sumber === 'arsip' ? 'arsip' : 'dihitung ulang'})` : 'minggu lalu'} |`, '|---|---|---|');
  lines.push(`| OPD yang mengunggah | ${pct(s.opd_mengunggah)} | ${p ? p.opd_mengunggah : '–'} |`);
  lines.push(`| OPD memenuhi target (${report.kebijakan.target_unggahan_per_minggu}/minggu) | ${s.opd_memenuhi_target} | ${p ? p.opd_memenuhi_target : '–'} |`);
  lines.push(`| Rata-rata skor | ${s.rata_rata_skor.toFixed(1)} (${formatDelta(s.rata_rata_skor, p?.rata_rata_skor ?? null)}) | ${p ? p.rata_rata_skor.toFixed(1) : '–'} |`);
  for (const k of KUALIFIKASI) {
    lines.push(`| ${escapeMd(label(k.code))} | ${s.sebaran[k.code]} | ${p ? p.sebaran[k.code] : '–'} |`);
  }
  const u = s.unggahan;
  lines.push('', `Unggahan minggu ini: **${u.total}** (berita ${u.berita}, informasi ${u.informasi}, data ${u.data}, dokumen ${u.dokumen}).`, '');
  lines.push(integrasiLine(report), '');

  lines.push('## Peringkat OPD', '');
  lines.push(`| No | OPD | Skor | Perubahan | Tingkat | Unggahan | ${report.kebijakan.minggu_riwayat} minggu terakhir | Beruntun | Berkala kurang | Sistem terhubung |`);
  lines.push('|---:|---|---:|---:|---|---:|---|---:|---|---:|');
  const ranked = [...report.opd].sort(byScore);
  ranked.forEach((o, i) => {
    const name = options.situs ? `[${escapeMd(o.nama)}](${options.situs.replace(/\/$/, '')}/kepatuhan/${o.opd}/)` : escapeMd(o.nama);
    const kurang = o.berkala.filter((b) => b.status !== 'ada').map((b) => `${b.huruf}${b.status === 'basi' ? '*' : ''}`).join(' ') || '–';
    const kual = escapeMd(label(o.kualifikasi)) + (o.skor_nol ? ' ⚠ data pribadi' : '');
    lines.push(`| ${i + 1} | ${name} | ${o.skor.toFixed(1)} | ${formatDelta(o.skor, o.skor_sebelumnya)} | ${kual} | ${o.unggahan.total} | \`${o.riwayat_unggahan.join(' ')}\` | ${o.beruntun} | ${kurang} | ${integrasiCell(o)} |`);
  });
  lines.push('', `Berkala kurang: huruf rincian (${RINCIAN[0].huruf}–${RINCIAN[RINCIAN.length - 1].huruf}) yang tidak ada; * = ada tetapi basi (lebih dari ${report.kebijakan.basi_setelah_bulan} bulan).`, '');

  lines.push('## Daftar tugas per OPD', '', 'Diurutkan dari skor terendah.', '');
  for (const o of [...ranked].reverse()) {
    if (o.todo.length === 0) continue;
    lines.push(`<details><summary><strong>${escapeMd(o.nama)}</strong>: ${o.skor.toFixed(1)}, ${escapeMd(label(o.kualifikasi))} (${o.todo.length} tugas)</summary>`, '');
    for (const item of o.todo.slice(0, MAX_TODO_IN_SUMMARY)) lines.push(`- [ ] ${escapeMd(item)}`);
    if (o.todo.length > MAX_TODO_IN_SUMMARY) lines.push(`- … dan ${o.todo.length - MAX_TODO_IN_SUMMARY} tugas lain (lihat halaman kepatuhan OPD)`);
    lines.push('', '</details>', '');
  }
  lines.push(...panenGagalMarkdown(report.panen_gagal ?? [], escapeMd));
  lines.push(`_Dibuat ${report.dibuat}. Bobot skor: ${KOMPONEN.map((k) => `${k} ${report.kebijakan.bobot[k]}`).join(', ')}._`);
  return `${lines.join('\n')}\n`;
}
