/** Register numbers, an entry's consistency checks and the yearly statistics (pure functions of src/layanan/). */
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/content/model.ts';
import { kalenderKerja } from '../../src/layanan/hari-kerja.ts';
import { buatNomor, contohNomor, slugNomor, uraiNomor } from '../../src/layanan/nomor.ts';
import { periksaPermohonan } from '../../src/layanan/periksa.ts';
import { median, percentile, statistikTahun } from '../../src/layanan/statistik.ts';
import { DEFAULT_FORMAT_NOMOR } from '../../src/schemas/layanan.ts';
import { PermohonanSchema, type Permohonan, type PermohonanInput } from '../../src/schemas/permohonan.ts';

const kalender = kalenderKerja();
const parse = (fields: Partial<PermohonanInput> = {}) => PermohonanSchema.parse({
  nomor: '001/PPID-DINKES/XI/2026', diterima: '2026-11-02 09:00', saluran: 'email', kategori_pemohon: 'perorangan',
  informasi: 'Data cakupan imunisasi per desa', status: 'dikabulkan', dijawab: '2026-11-06', bentuk_jawaban: 'softcopy', ...fields,
});
const entry = (opd: string, data: Permohonan): Entry<Permohonan> => ({ opd, slug: slugNomor(data.nomor), path: `content/opd/${opd}/permohonan/${slugNomor(data.nomor)}.yaml`, data, body: '' });

describe('register numbers', () => {
  it('are written after the format of pemda.yaml and name their file as the CMS does', () => {
    expect(buatNomor(DEFAULT_FORMAT_NOMOR, 'dinkes', 1, '2026-11-02')).toBe('001/PPID-DINKES/XI/2026');
    expect(buatNomor('PPID/{opd}/{tahun}/{urut}', 'kecamatan-demak', 12, '2026-01-05')).toBe('PPID/KECAMATAN-DEMAK/2026/012');
    expect(slugNomor('001/PPID-DINKES/XI/2026')).toBe('001-ppid-dinkes-xi-2026');
    expect(slugNomor('  12.A/PPID//2026 ')).toBe('12-a-ppid-2026');
    expect(contohNomor(DEFAULT_FORMAT_NOMOR, 'dinkes')).toBe('nnn/PPID-DINKES/bulan/tahun');
  });

  it('are read back into their parts, and only for their own OPD', () => {
    expect(uraiNomor('014/PPID-DINKES/IX/2026', DEFAULT_FORMAT_NOMOR, 'dinkes')).toEqual({ urut: 14, bulan: 9, tahun: 2026 });
    expect(uraiNomor('014/PPID-DINKES/IX/2026', DEFAULT_FORMAT_NOMOR, 'bpbd')).toBeNull();
    expect(uraiNomor('14/PPID-DINKES/IX/2026', DEFAULT_FORMAT_NOMOR, 'dinkes')).toBeNull();
    expect(uraiNomor('014/PPID-DINKES/XIII/2026', DEFAULT_FORMAT_NOMOR, 'dinkes')).toBeNull();
  });
});

describe('an entry holds together', () => {
  const checks = (p: Permohonan, slug = slugNomor(p.nomor)) => periksaPermohonan(p, 'dinkes', slug, DEFAULT_FORMAT_NOMOR, kalender).map((t) => t.check);

  it('a complete entry has nothing to report', () => {
    expect(checks(parse())).toEqual([]);
    expect(checks(parse({ status: 'ditolak', bentuk_jawaban: 'pemberitahuan-tertulis', dasar_penolakan: 'pasal-17-h', keberatan: { diajukan: '2026-11-10', alasan: ['a'], ditanggapi: '2026-11-20', hasil: 'ditolak' } }))).toEqual([]);
  });

  it('number, file name and dates', () => {
    expect(checks(parse({ nomor: '001/PPID-DINKES/X/2026' }))).toContain('permohonan/nomor-format');
    expect(checks(parse(), 'permohonan-baru')).toEqual(['permohonan/nama-berkas']);
    expect(checks(parse({ dijawab: '2026-11-01' }))).toEqual(['permohonan/tanggal']);
    // The extension must be announced within the first 10 working days (Pasal 22 ayat (8)).
    expect(checks(parse({ perpanjangan: { tanggal: '2026-11-20', alasan: 'Data perlu dihimpun dari puskesmas.' } }))).toEqual(['permohonan/tanggal']);
  });

  it('status, refusal basis, extension and objection', () => {
    expect(checks(parse({ dijawab: undefined }))).toEqual(['permohonan/status-jawaban']);
    expect(checks(parse({ status: 'diproses', bentuk_jawaban: undefined }))).toEqual(['permohonan/status-jawaban']);
    expect(checks(parse({ status: 'ditolak' }))).toEqual(['permohonan/dasar-penolakan']);
    expect(checks(parse({ dasar_penolakan: 'pasal-17-a' }))).toEqual(['permohonan/dasar-penolakan']);
    expect(checks(parse({ status: 'diperpanjang', dijawab: undefined, bentuk_jawaban: undefined }))).toEqual(['permohonan/perpanjangan']);
    expect(checks(parse({ status: 'dialihkan' }))).toEqual(['permohonan/status-jawaban']);
    expect(checks(parse({ keberatan: { diajukan: '2026-11-10', alasan: ['g'], ditanggapi: '2026-11-20' } }))).toEqual(['permohonan/keberatan']);
  });
});

describe('statistics', () => {
  it('median of an even count is the mean of the middle two; the 90th percentile is the nearest rank', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
    expect(percentile([5], 90)).toBe(5);
  });

  it('counts a year per status, channel, basis of refusal and objection, with answer times in working days', () => {
    const entries = [
      entry('dinkes', parse()),
      entry('dinkes', parse({ nomor: '002/PPID-DINKES/XI/2026', dijawab: '2026-11-20', saluran: 'whatsapp' })),
      entry('dinkes', parse({ nomor: '003/PPID-DINKES/XI/2026', status: 'ditolak', bentuk_jawaban: 'pemberitahuan-tertulis', dasar_penolakan: 'pasal-17-h', keberatan: { diajukan: '2026-11-10', alasan: ['a'] } })),
      entry('bpbd', parse({ nomor: '001/PPID-BPBD/XI/2026', status: 'diproses', dijawab: undefined, bentuk_jawaban: undefined, diterima: '2026-11-02' })),
      entry('bpbd', parse({ nomor: '001/PPID-BPBD/XII/2025', diterima: '2025-12-01', dijawab: '2025-12-02' })),
    ];
    const s = statistikTahun(entries, 2026, kalender, '2026-11-30');
    expect(s.jumlah).toBe(4);
    expect(s.perBulan[10]).toBe(4);
    expect(s.perSaluran).toMatchObject({ email: 3, whatsapp: 1 });
    expect(s.perStatus).toMatchObject({ dikabulkan: 2, ditolak: 1, diproses: 1 });
    expect(s.perDasar['pasal-17-h']).toBe(1);
    // Answered in 4, 14 and 4 working days: one of them after its 10-day deadline.
    expect([s.dijawab, s.tepatWaktu, s.median, s.p90]).toEqual([3, 2, 4, 14]);
    expect([s.terbuka, s.terbukaLewat]).toEqual([1, 1]);
    expect(s.keberatan).toMatchObject({ jumlah: 1, perAlasan: { a: 1 }, perHasil: { belum: 1 } });
    expect(s.perOpd.map((o) => [o.opd, o.ringkasan.jumlah])).toEqual([['bpbd', 1], ['dinkes', 3]]);
  });
});
