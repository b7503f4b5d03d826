/**
 * The weekly report reads the request registers: late requests and objections at the top of the Markdown, in the
 * OPD's to-do list, in the `layanan` block (absent without any register) and the CSV; the `layanan` component scores
 * only with a weight; the register's statistics count as rincian e; the annual report is due after 31 March.
 */
import { describe, expect, it } from 'vitest';
import { analyseHistory } from '../../src/compliance/activity.ts';
import { CSV_HEADER, formatCsv, formatMarkdown } from '../../src/compliance/format.ts';
import type { History } from '../../src/compliance/history.ts';
import { buildReport } from '../../src/compliance/report.ts';
import { serialOfIsoWeek, weekEndMs } from '../../src/compliance/week.ts';
import { loadContent, type ContentModel, type Entry } from '../../src/content/model.ts';
import { parseCsvRows } from '../../src/lib/csv.ts';
import { urls } from '../../src/lib/urls.ts';
import { slugNomor } from '../../src/layanan/nomor.ts';
import { LaporanLayananSchema, PemdaSchema, PermohonanSchema, type LaporanLayanan, type Permohonan, type PermohonanInput } from '../../src/schemas/index.ts';

const VALID_FIXTURE = new URL('../fixtures/valid/', import.meta.url).pathname;
const OPD = 'dinas-contoh';
const NO_HISTORY: History = { source: 'berkas', perkiraan: true, changes: [], commits: 0 };
/** 2026-W48: Monday 23 to Sunday 29 November 2026. */
const WEEK = serialOfIsoWeek({ year: 2026, week: 48 });

function request(urut: number, fields: Partial<PermohonanInput>): Entry<Permohonan> {
  const data = PermohonanSchema.parse({
    nomor: `${String(urut).padStart(3, '0')}/PPID-DINAS-CONTOH/XI/2026`, diterima: '2026-11-02 09:00', saluran: 'email', kategori_pemohon: 'perorangan',
    informasi: 'Data jumlah sekolah dasar per kecamatan', status: 'dikabulkan', dijawab: '2026-11-05', bentuk_jawaban: 'softcopy', ...fields,
  });
  const slug = slugNomor(data.nomor);
  return { opd: OPD, slug, path: `content/opd/${OPD}/permohonan/${slug}.yaml`, data, body: '' };
}

const register = [
  request(1, {}),
  // Received 2 November, unanswered: due 16 November, 9 working days late on Sunday 29 November.
  request(2, { status: 'diproses', dijawab: undefined, bentuk_jawaban: undefined }),
  // Extended: due 25 November, 2 working days late.
  request(3, { status: 'diperpanjang', dijawab: undefined, bentuk_jawaban: undefined, perpanjangan: { tanggal: '2026-11-12', alasan: 'Data perlu dihimpun dari sekolah.' } }),
  // Refused in September; the objection received 1 October is unanswered: due 12 November.
  request(4, { diterima: '2026-09-01', nomor: '004/PPID-DINAS-CONTOH/IX/2026', status: 'ditolak', dijawab: '2026-09-07', bentuk_jawaban: 'pemberitahuan-tertulis', dasar_penolakan: 'pasal-17-h', keberatan: { diajukan: '2026-10-01', alasan: ['a'] } }),
];

async function reportWith(permohonan: Entry<Permohonan>[], options: { bobot?: Record<string, number>; laporan?: Entry<LaporanLayanan>[]; week?: number } = {}) {
  const base = await loadContent(VALID_FIXTURE);
  const pemda = options.bobot ? { ...base.pemda, kepatuhan: PemdaSchema.shape.kepatuhan.parse({ bobot: options.bobot }) } : base.pemda;
  const model: ContentModel = { ...base, pemda, permohonan, laporanLayanan: options.laporan ?? [] };
  const week = options.week ?? WEEK;
  return buildReport({ model, problems: [], activity: analyseHistory(NO_HISTORY), week, generatedAt: weekEndMs(week) });
}

describe('late requests and objections', () => {
  it('are listed in `layanan`, most overdue first, with WIB dates and working days', async () => {
    const report = await reportWith(register);
    expect(report.layanan?.terlambat).toEqual([
      { opd: OPD, nomor: '004/PPID-DINAS-CONTOH/IX/2026', jenis: 'keberatan', diterima: '2026-10-01', batas: '2026-11-12', hari_kerja_lewat: 11 },
      { opd: OPD, nomor: '002/PPID-DINAS-CONTOH/XI/2026', jenis: 'permohonan', diterima: '2026-11-02', batas: '2026-11-16', hari_kerja_lewat: 9 },
      { opd: OPD, nomor: '003/PPID-DINAS-CONTOH/XI/2026', jenis: 'permohonan', diterima: '2026-11-02', batas: '2026-11-25', hari_kerja_lewat: 2 },
    ]);
  });

  it('come first in the OPD to-do list and at the top of the Markdown, and are counted in the CSV', async () => {
    const report = await reportWith(register);
    const opd = report.opd.find((o) => o.opd === OPD)!;
    expect(opd.todo[0]).toBe('Tanggapi keberatan atas permohonan 004/PPID-DINAS-CONTOH/IX/2026 (diajukan 1 Oktober 2026): batas 30 hari kerja 12 November 2026, sudah lewat 11 hari kerja (UU 14/2008 Pasal 36)');
    expect(opd.todo[1]).toBe('Jawab permohonan 002/PPID-DINAS-CONTOH/XI/2026 (diterima 2 November 2026): batas 16 November 2026, sudah lewat 9 hari kerja (UU 14/2008 Pasal 22)');
    const markdown = formatMarkdown(report);
    expect(markdown.indexOf('## Permohonan dan keberatan melewati batas waktu')).toBeGreaterThan(0);
    expect(markdown.indexOf('## Permohonan dan keberatan melewati batas waktu')).toBeLessThan(markdown.indexOf('## Ringkasan kabupaten'));
    expect(markdown).toContain('| 002/PPID-DINAS-CONTOH/XI/2026 | permohonan | 2026-11-02 | 2026-11-16 | 9 |');
    const rows = parseCsvRows(formatCsv(report), ',');
    expect(rows[1].cells[CSV_HEADER.indexOf('layanan_terlambat')]).toBe('3');
  });

  it('leave no `layanan` block when no OPD keeps a register, and an empty list when nothing is late', async () => {
    const none = await reportWith([]);
    expect('layanan' in none).toBe(false);
    expect(formatMarkdown(none)).not.toContain('melewati batas waktu');
    const onTime = await reportWith([register[0]]);
    expect(onTime.layanan).toEqual({ terlambat: [] });
    expect(formatMarkdown(onTime)).toContain('Tidak ada permohonan atau keberatan yang melewati batas waktu');
  });
});

describe('the layanan component and rincian e', () => {
  it('is shown but not scored by default, and scores the share answered in time once weighted', async () => {
    const unweighted = (await reportWith(register)).opd.find((o) => o.opd === OPD)!;
    // Due in the last 365 days: 4 requests and 1 objection, 2 answered in time.
    expect(unweighted.komponen.layanan).toEqual({ nilai: 0.4, bobot: 0, poin: 0 });
    const weighted = (await reportWith(register, { bobot: { unggahan: 25, berkala: 30, data: 15, profil: 10, validasi: 10, layanan: 10 } })).opd.find((o) => o.opd === OPD)!;
    expect(weighted.komponen.layanan).toEqual({ nilai: 0.4, bobot: 10, poin: 4 });
  });

  it('a register publishes rincian e (laporan akses informasi publik) for its OPD', async () => {
    const without = (await reportWith([])).opd.find((o) => o.opd === OPD)!;
    const withRegister = (await reportWith(register)).opd.find((o) => o.opd === OPD)!;
    expect(without.berkala.find((b) => b.huruf === 'e')?.status).toBe('tidak-ada');
    expect(withRegister.berkala.find((b) => b.huruf === 'e')).toMatchObject({
      status: 'ada', berkas: `content/opd/${OPD}/permohonan/`, diperbarui: '2026-11-12', halaman: `/statistik-layanan/2026/#opd-${OPD}`,
    });
  });
});

describe('the annual service report (Perki 1/2021 Pasal 56)', () => {
  const lastYear = request(9, { nomor: '009/PPID-DINAS-CONTOH/XII/2025', diterima: '2025-12-01', dijawab: '2025-12-03' });
  const laporan: Entry<LaporanLayanan> = {
    opd: OPD, slug: 'laporan-2025', path: `content/opd/${OPD}/layanan/laporan-2025.md`, body: '',
    data: LaporanLayananSchema.parse({ tahun: 2025, kebijakan: 'Layanan dibuka setiap hari kerja.', kendala: 'Petugas merangkap tugas lain.', tindak_lanjut: 'Menetapkan petugas tetap.', disahkan: '2026-03-20' }),
  };
  const todo = async (week: number, withReport: boolean) =>
    (await reportWith([lastYear], { week, laporan: withReport ? [laporan] : [] })).opd.find((o) => o.opd === OPD)!.todo.filter((t) => t.includes('laporan layanan'));

  it('is asked for after 31 March of the next year, until it is written', async () => {
    expect(await todo(serialOfIsoWeek({ year: 2026, week: 13 }), false)).toEqual([]);
    expect(await todo(WEEK, false)).toEqual([`Tulis laporan layanan informasi publik 2025 di content/opd/${OPD}/layanan/laporan-2025.md (batas 31 Maret 2026, Perki 1/2021 Pasal 56)`]);
    expect(await todo(WEEK, true)).toEqual([]);
  });

  it('is the setiap-saat item of UU 14/2008 Pasal 11 ayat (1) huruf h, linked to its own page', async () => {
    const item = async (withReport: boolean) =>
      (await reportWith([lastYear], { week: WEEK, laporan: withReport ? [laporan] : [] })).opd.find((o) => o.opd === OPD)!.setiap_saat.find((s) => s.kode === 'laporan-layanan-informasi');
    expect(await item(false)).toMatchObject({ status: 'tidak-ada', berkas: null });
    expect(await item(true)).toMatchObject({
      status: 'ada', judul: 'Laporan layanan informasi publik 2025', berkas: laporan.path, halaman: urls.laporanLayananOpd(2025, OPD),
    });
  });
});
