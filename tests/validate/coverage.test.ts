/**
 * Every declared check has a scenario that makes it fail: the set of scenario ids must equal the set of
 * checks the rules declare (read from RULES), so a new check without a failing example fails this test.
 * Scenarios are the valid fixture in memory with a few files changed (memory.ts).
 */
import { describe, expect, it } from 'vitest';
import type { Budget } from '../../src/validate/markdown-pool.ts';
import { memoryTree } from '../../src/validate/memory-tree.ts';
import { declaredCheckIds } from '../../src/validate/rule-list.ts';
import { RULES } from '../../src/validate/rules/index.ts';
import { validateTree } from '../../src/validate/run.ts';
import { FIXTURE, validateMemory, withChanges, type MemoryChange } from './memory.ts';

const OPD = 'content/opd/dinas-contoh';
const BERITA = `${OPD}/berita/2026-11-20-rapat-koordinasi.md`;
const INFO = `${OPD}/informasi/laporan-keuangan-2025.md`;
const DIK = `${OPD}/informasi/data-pribadi-pegawai.md`;
const PROFIL = `${OPD}/profil.md`;
const CSV = `${OPD}/data/jumlah-sekolah.csv`;
const META = `${OPD}/data/jumlah-sekolah.yaml`;
const APLIKASI = `${OPD}/aplikasi/data-pokok-pendidikan.yaml`;
const PERMOHONAN = `${OPD}/permohonan/001-ppid-dinas-contoh-xi-2026.yaml`;
/** A valid register entry of the fixture OPD: refused, with an objection answered (docs/layanan.md). */
const REGISTER = [
  'nomor: 001/PPID-DINAS-CONTOH/XI/2026', 'diterima: 2026-11-02 09:00', 'saluran: email', 'kategori_pemohon: perorangan',
  'informasi: Data jumlah sekolah dasar per kecamatan', 'status: ditolak', 'dijawab: 2026-11-06', 'bentuk_jawaban: pemberitahuan-tertulis',
  'dasar_penolakan: tidak-dikuasai', 'keberatan:', '  diajukan: 2026-11-10', '  alasan: [a]', '  ditanggapi: 2026-11-20', '  hasil: ditolak', '',
].join('\n');
const HEADER = 'kode_wilayah;kecamatan;jumlah;rasio;terakreditasi;tanggal_data\n';
/** A valid dashboard indicator on the fixture's dataset. */
const INDIKATOR = 'indikator:\n  - { judul: Jumlah sekolah, dataset: dinas-contoh/jumlah-sekolah, kolom: jumlah, agregasi: jumlah, satuan: sekolah, arah_baik: netral }\n';

const fixture = (path: string) => FIXTURE[path].toString();
const NEWS_FM = 'judul: Rapat Koordinasi Layanan Informasi\ntanggal: 2026-11-20 09:30\nringkasan: Ringkasan berita rapat koordinasi layanan.';
const news = (frontmatter = NEWS_FM, body = 'Isi berita yang cukup panjang.') => `---\n${frontmatter}\n---\n\n${body}\n`;
const csvRow = (row: string) => `${HEADER}${row}\n`;
/** A PDF whose one page holds nothing (pdf.js rebuilds the missing cross-reference table). */
const EMPTY_PAGE_PDF = '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n';

/** The fixture's pemda.yaml with DIP/DIK decrees (`berkas` relative to the PPID Utama's folder). */
const PEMDA = 'content/pemda.yaml';
const withDecrees = (...items: string[]) => `${FIXTURE[PEMDA].toString().trimEnd()}\npenetapan_dip:\n${items.join('')}`;
const decree = (tahun: number, tanggal: string, berkas = 'dokumen/sk-dip.pdf') => `  - { tahun: ${tahun}, nomor: Keputusan Bupati Contoh Nomor 480/${tahun}, tanggal: ${tanggal}, berkas: ${berkas} }\n`;
const DECREE_PDF = { [`${OPD}/dokumen/sk-dip.pdf`]: EMPTY_PAGE_PDF };

interface Scenario {
  changes: Record<string, MemoryChange>;
  /** Parse markdown in the worker pool with this budget (as CI does). */
  budget?: Budget;
}

export const SCENARIOS: Record<string, Scenario> = {
  'penetapan/ganda': { changes: { [PEMDA]: withDecrees(decree(2026, '2026-01-12'), decree(2026, '2026-01-20')), ...DECREE_PDF } },
  'penetapan/tanggal': { changes: { [PEMDA]: withDecrees(decree(2026, '2025-06-30')), ...DECREE_PDF } },
  'penetapan/berkas-tidak-ada': { changes: { [PEMDA]: withDecrees(decree(2026, '2026-01-12')) } },
  'penetapan/berkas-tidak-publik': { changes: { [PEMDA]: withDecrees(decree(2026, '2026-01-12', 'dokumen/formulir.md')) } },
  'penetapan/arsip-belum-dibuat': { changes: { [PEMDA]: withDecrees(decree(2026, '2026-01-12')), ...DECREE_PDF } },
  'penetapan/arsip-rusak': { changes: { 'content/arsip/dip-2026.json': '{"tahun": 2025, "data": []}' } },
  'penetapan/arsip-tanpa-penetapan': { changes: { 'content/arsip/dip-2026.json': '{"tahun": 2026, "data": []}' } },
  'frontmatter/yaml-syntax': { changes: { [BERITA]: news(`${NEWS_FM}\ntag: [ppid\nfoo: bar`) } },
  'frontmatter/missing': { changes: { [BERITA]: 'Isi berita tanpa frontmatter.\n' } },
  'frontmatter/yaml-tag': { changes: { [BERITA]: news(`${NEWS_FM}\ntag: !!binary aGVsbG8=`) } },
  'frontmatter/yaml-limit': { changes: { [BERITA]: news(`${NEWS_FM}\ntag: ${'['.repeat(40)}${']'.repeat(40)}`) } },
  'frontmatter/schema': { changes: { [INFO]: fixture(INFO).replace('bentuk: softcopy-hardcopy', 'bentuk: digital') } },
  'frontmatter/unknown-key': { changes: { [BERITA]: news(`${NEWS_FM}\npenulis: Humas`) } },
  'frontmatter/date-wib': { changes: { [BERITA]: news(NEWS_FM.replace('2026-11-20 09:30', '2026-11-20T09:30:00+08:00')) } },
  'files/path-outside': { changes: { [INFO]: fixture(INFO).replace('dokumen/laporan-2025.pdf', '../opd-lain/dokumen/x.pdf') } },
  'frontmatter/dikecualikan-lampiran': { changes: { [DIK]: fixture(DIK).replace('berlaku_hingga: 2030-12-31\n', 'berlaku_hingga: 2030-12-31\nlampiran:\n  - judul: Daftar\n    berkas: dokumen/laporan-2025.pdf\n') } },
  'frontmatter/filename': { changes: { [`${OPD}/informasi/Laporan Kinerja.md`]: fixture(INFO) } },
  'frontmatter/filename-length': { changes: { [`${OPD}/informasi/${'a'.repeat(101)}.md`]: fixture(INFO) } },
  'frontmatter/duplicate-slug': { changes: { [`${OPD}/data/jumlah-sekolah.yml`]: fixture(META) } },
  'markdown/raw-html': { changes: { [BERITA]: news(NEWS_FM, '<script>alert(1)</script>') } },
  'markdown/unsafe-link': { changes: { [BERITA]: news(NEWS_FM, '[klik](javascript:alert(1))') } },
  'markdown/broken-link': { changes: { [BERITA]: news(NEWS_FM, '[hilang](/opd/tidak-ada/)') } },
  'markdown/path-outside': { changes: { [BERITA]: news(NEWS_FM, '[keluar](../../pemda.yaml)') } },
  'markdown/image-alt': { changes: { [BERITA]: news(NEWS_FM, '![](dokumen/laporan-2025.pdf)') } },
  'markdown/heading-order': { changes: { [BERITA]: news(NEWS_FM, '## Bagian\n\n#### Terlalu dalam') } },
  'markdown/nesting': { changes: { [BERITA]: news(NEWS_FM, `${'> '.repeat(40)}kutipan`) } },
  'markdown/too-complex': { changes: { [BERITA]: news(NEWS_FM, '*a'.repeat(30000)) }, budget: { baseMs: 20, perKbMs: 0 } },
  'csv/encoding': { changes: { [CSV]: Buffer.from(csvRow('33.21.02;Karang\xe9;40;17,2;;2025-12-31'), 'latin1') } },
  'csv/delimiter': { changes: { [META]: fixture(META).replace('pemisah: ";"\ndesimal: ","\n', '') } },
  'csv/header': { changes: { [CSV]: `kode_wilayah;nama_kecamatan;jumlah;rasio;terakreditasi;tanggal_data\n33.21.01;Mranggen;52;18,5;ya;2025-12-31\n` } },
  'csv/cell-type': { changes: { [CSV]: csvRow('33.21.01;Mranggen;lima;18,5;ya;2025-12-31') } },
  'csv/required': { changes: { [CSV]: csvRow('33.21.04;;31;15,5;tidak;2025-12-31') } },
  'csv/ragged-row': { changes: { [CSV]: csvRow(';Guntur;30;16,0') } },
  'csv/formula': { changes: { [CSV]: csvRow('33.21.01;=HYPERLINK("http://x");52;18,5;ya;2025-12-31') } },
  'files/symlink': { changes: { [`${OPD}/dokumen/tautan.pdf`]: { symlinkTo: '/etc/passwd' } } },
  'files/extension': { changes: { [`${OPD}/dokumen/skrip.exe`]: 'MZ' } },
  'files/size': { changes: { [`${OPD}/dokumen/besar.pdf`]: Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(21 * 1024 * 1024)]) } },
  'files/content-mismatch': { changes: { [`${OPD}/dokumen/palsu.pdf`]: '<html>bukan pdf</html>' } },
  'files/attachment-missing': { changes: { [INFO]: fixture(INFO).replace('dokumen/laporan-2025.pdf', 'dokumen/lra-2025.pdf') } },
  'personal-data/nik': { changes: { [BERITA]: news(NEWS_FM, 'Warga dengan NIK 3321 0152 0387 0002 hadir.') } },
  'personal-data/npwp': { changes: { [BERITA]: news(NEWS_FM, 'Rekanan CV Maju, NPWP 01.234.567.8-901.000.') } },
  'personal-data/phone': { changes: { [BERITA]: news(NEWS_FM, 'Hubungi 0813-2222-3333.') } },
  'personal-data/scan-no-text': { changes: { [`${OPD}/dokumen/pindaian.pdf`]: EMPTY_PAGE_PDF } },
  'personal-data/unreadable': { changes: { [`${OPD}/dokumen/rusak.pdf`]: '%PDF-1.4\n1 0 obj\n<< /Type /Page >>\nstream\nBT (x) Tj ET\nendstream\n' } },
  'cross-file/opd-profile': { changes: { 'content/opd/dinas-baru/berita/2026-11-20-rapat-koordinasi.md': news() } },
  'cross-file/dataset-pair': { changes: { [CSV]: null } },
  'cross-file/rincian': { changes: { [INFO]: fixture(INFO).replace('rincian: laporan-keuangan', 'rincian: keuangan') } },
  'cross-file/setiap-saat': { changes: { [INFO]: fixture(INFO).replace('kategori: berkala\nrincian: laporan-keuangan', 'kategori: setiap-saat\nsetiap_saat: perjanjian') } },
  'frontmatter/setiap-saat': { changes: { [INFO]: fixture(INFO).replace('kategori: berkala\nrincian: laporan-keuangan', 'kategori: setiap-saat') } },
  'frontmatter/subrincian': { changes: { [INFO]: fixture(INFO).replace('rincian: laporan-keuangan', 'rincian: laporan-keuangan\nsubrincian: lhkpn-lhkasn') } },
  'cross-file/kode-wilayah': { changes: { [PROFIL]: fixture(PROFIL).replace('jenis: dinas', 'jenis: kecamatan\nkode_wilayah: "33.21.15"') } },
  'dik/kedaluwarsa': { changes: { [DIK]: fixture(DIK).replace('berlaku_hingga: 2030-12-31', 'berlaku_hingga: 2020-06-30') } },
  'cross-file/dikecualikan-content': { changes: { [DIK]: `${fixture(DIK)}\nDaftar nama pegawai.\n` } },
  'cross-file/pemda-missing': { changes: { 'content/pemda.yaml': null } },
  'aplikasi/dataset-missing': { changes: { [APLIKASI]: fixture(APLIKASI).replace('  - jumlah-sekolah', '  - jumlah-guru') } },
  'aplikasi/panen-tanpa-sumber': { changes: { [APLIKASI]: fixture(APLIKASI).replace('integrasi: unggah-manual', 'integrasi: panen') } },
  'grafik/kolom-tidak-ada': { changes: { [META]: `${fixture(META)}grafik:\n  - { jenis: batang, judul: Jumlah sekolah per desa, kategori: desa, nilai: [jumlah] }\n` } },
  'grafik/nilai-bukan-angka': { changes: { [META]: `${fixture(META)}grafik:\n  - { jenis: batang, judul: Jumlah sekolah per kecamatan, kategori: kecamatan, nilai: [kecamatan] }\n` } },
  'grafik/petak-kode': { changes: { 'content/pemda.yaml': `${fixture('content/pemda.yaml')}peta_petak:\n  - { kode: "33.21.15", nama: Kecamatan Baru, baris: 0, kolom: 0 }\n` } },
  'indikator/dataset-tidak-ada': { changes: { 'content/indikator.yaml': INDIKATOR.replace('dinas-contoh/jumlah-sekolah', 'dinas-contoh/jumlah-guru') } },
  'indikator/kolom-tidak-ada': { changes: { 'content/indikator.yaml': INDIKATOR.replace('kolom: jumlah', 'kolom: jumlah_guru') } },
  'indikator/nilai-bukan-angka': { changes: { 'content/indikator.yaml': INDIKATOR.replace('kolom: jumlah', 'kolom: kecamatan') } },
  'personal-data/nama-pemohon': { changes: { [PERMOHONAN]: REGISTER.replace('Data jumlah sekolah', 'Data sekolah untuk Bapak Budi') } },
  'personal-data/alamat-pemohon': { changes: { [PERMOHONAN]: REGISTER.replace('Data jumlah sekolah', 'Data sekolah, kirim ke Jl. Melati No. 5') } },
  'personal-data/kontak-pemohon': { changes: { [PERMOHONAN]: REGISTER.replace('Data jumlah sekolah', 'Data sekolah, kabari 0813-2222-3333') } },
  'permohonan/nomor-format': { changes: { [`${OPD}/permohonan/001-ppid-dinas-contoh-xii-2026.yaml`]: REGISTER.replace('/XI/', '/XII/') } },
  'permohonan/nama-berkas': { changes: { [`${OPD}/permohonan/permohonan-1.yaml`]: REGISTER } },
  'permohonan/nomor-ganda': { changes: { [PERMOHONAN]: REGISTER, [`${OPD}/permohonan/001-ppid-dinas-contoh-xi-2026-b.yaml`]: REGISTER } },
  'permohonan/tanggal': { changes: { [PERMOHONAN]: REGISTER.replace('dijawab: 2026-11-06', 'dijawab: 2026-10-30') } },
  'permohonan/status-jawaban': { changes: { [PERMOHONAN]: REGISTER.replace('dijawab: 2026-11-06\n', '') } },
  'permohonan/dasar-penolakan': { changes: { [PERMOHONAN]: REGISTER.replace('dasar_penolakan: tidak-dikuasai\n', '') } },
  'permohonan/perpanjangan': { changes: { [PERMOHONAN]: REGISTER.replace('status: ditolak', 'status: diperpanjang') } },
  'permohonan/keberatan': { changes: { [PERMOHONAN]: REGISTER.replace('  hasil: ditolak\n', '') } },
  'permohonan/laporan-tahun': { changes: { [`${OPD}/layanan/laporan-2025.md`]: '---\ntahun: 2026\nkebijakan: Layanan dibuka setiap hari kerja.\nkendala: Petugas merangkap tugas lain.\ntindak_lanjut: Menetapkan petugas tetap.\ndisahkan: 2026-03-20\n---\n' } },
};

describe('check coverage', () => {
  it('has one failing scenario for every declared check, and none for a check that does not exist', () => {
    const declared = declaredCheckIds().filter((id) => !id.startsWith('intern/'));
    expect(Object.keys(SCENARIOS).sort()).toEqual([...declared].sort());
  });

  it.each(Object.entries(SCENARIOS))('%s fails its scenario', async (id, { changes, budget }) => {
    const problems = await validateMemory(changes, { budget });
    expect(problems.map((p) => p.rule)).toContain(id);
  });

  it('intern/<rule> of every rule is what its failure reports', async () => {
    const tree = await memoryTree(withChanges({}));
    for (const rule of RULES) {
      const broken = { ...rule, check: () => Promise.reject(new Error('rusak')) };
      const { problems } = await validateTree(tree, [], { rules: [broken] });
      expect(problems.map((p) => p.rule)).toEqual([`intern/${rule.id}`]);
    }
  });
});
