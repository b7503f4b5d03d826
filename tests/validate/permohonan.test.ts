/**
 * The request register in the validator: no field may identify a requester (a name, NIK, address, phone, e-mail:
 * errors with Indonesian messages that do not repeat the data), the key list is strict, the common words of
 * requests are not mistaken for names or addresses, and a number is used once per OPD, also in a scoped run.
 */
import { describe, expect, it } from 'vitest';
import { validateMemory } from './memory.ts';
import { OPD, problemsOf } from './scenario.ts';

const FILE = `${OPD}/permohonan/001-ppid-dinas-contoh-xi-2026.yaml`;
const entry = (informasi: string, extra = '') => [
  'nomor: 001/PPID-DINAS-CONTOH/XI/2026', 'diterima: 2026-11-02 09:00', 'saluran: email', 'kategori_pemohon: perorangan',
  `informasi: ${JSON.stringify(informasi)}`, 'status: dikabulkan', 'dijawab: 2026-11-06', 'bentuk_jawaban: softcopy', extra, '',
].join('\n');
const problems = async (text: string, path = FILE) => (await validateMemory({ [path]: text })).filter((p) => p.file.includes('/permohonan/') || p.file.includes('/layanan/'));

describe('a register entry', () => {
  it('a complete entry without personal data passes', async () => {
    expect(await problems(entry('Data jumlah sekolah dasar per kecamatan tahun 2025'))).toEqual([]);
  });

  it('refuses a name and a NIK, saying what without repeating them', async () => {
    const found = await problems(entry('Data bantuan sekolah untuk Bapak Budi Santoso, NIK 3321015708900003'));
    expect(found.map((p) => [p.rule, p.severity])).toEqual(expect.arrayContaining([['personal-data/nama-pemohon', 'error'], ['personal-data/nik', 'error']]));
    const name = found.find((p) => p.rule === 'personal-data/nama-pemohon')!;
    expect(name.message).toBe('Informasi yang diminta (`informasi`) memuat nama orang ("Bapak B…"): register permohonan bersifat publik');
    expect(name.hint).toContain('Register hanya mencatat kategori pemohon');
    expect(JSON.stringify(found)).not.toMatch(/Budi|3321015708900003/);
  });

  it('refuses a phone number as an error of its own (not the site-wide warning) and an e-mail address', async () => {
    const found = await problems(entry('Data sekolah, kabari lewat 0813-2222-3333 atau pemohon@contoh.id'));
    expect(found.map((p) => [p.rule, p.severity])).toEqual([['personal-data/kontak-pemohon', 'error'], ['personal-data/kontak-pemohon', 'error']]);
    expect(found[0].message).toContain('memuat nomor telepon atau alamat e-mail');
  });

  it('refuses a house address: a street with a number, or RT/RW', async () => {
    for (const text of ['Salinan IMB rumah di Jl. Melati No. 5 Bintoro', 'Data bantuan warga RT 02 RW 03 Kelurahan Bintoro', 'Data warga RT 002/005 Bintoro']) {
      expect((await problems(entry(text))).map((p) => p.rule), text).toEqual(['personal-data/alamat-pemohon']);
    }
  });

  it('does not take common request wording for names or addresses', async () => {
    for (const text of [
      'Data Ibu Hamil risiko tinggi per desa', 'Rencana perbaikan Jalan Raya Demak–Kudus 2026', 'Jadwal kunjungan Bapak Bupati ke kecamatan',
      'Daftar nama penerima bantuan per desa', 'Anggaran 2026 sebesar Rp 1.500.000.000 untuk Ibu Kota kecamatan',
    ]) expect(await problems(entry(text)), text).toEqual([]);
  });

  it('has a strict key list: a requester field is an unknown key', async () => {
    const found = await problems(entry('Data jumlah sekolah dasar per kecamatan', 'nama_pemohon: Budi'));
    expect(found.map((p) => p.rule)).toContain('frontmatter/unknown-key');
  });

  it('finds a number used twice in the OPD, also when only one file is validated', async () => {
    const copy = `${OPD}/permohonan/001-ppid-dinas-contoh-xi-2026-salinan.yaml`;
    const text = entry('Data jumlah sekolah dasar per kecamatan');
    const scoped = await problemsOf({ [FILE]: text, [copy]: text }, [FILE]);
    expect(scoped.map((p) => [p.rule, p.file])).toEqual([['permohonan/nomor-ganda', FILE]]);
    expect(scoped[0].message).toBe(`Nomor register "001/PPID-DINAS-CONTOH/XI/2026" juga dipakai di ${copy}`);
  });

  it('an annual report is named after its year', async () => {
    const report = (tahun: number) => `---\ntahun: ${tahun}\nkebijakan: Layanan informasi dibuka setiap hari kerja.\nkendala: Petugas layanan merangkap tugas lain.\ntindak_lanjut: Menetapkan petugas layanan tetap.\ndisahkan: 2026-03-20\n---\n`;
    expect(await problems(report(2025), `${OPD}/layanan/laporan-2025.md`)).toEqual([]);
    expect((await problems(report(2026), `${OPD}/layanan/laporan-2025.md`)).map((p) => p.rule)).toEqual(['permohonan/laporan-tahun']);
  });
});
