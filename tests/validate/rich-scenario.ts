/**
 * One tree with problems of every kind of rule (YAML, schema, markdown, links, CSV, personal data in text, CSV and
 * PDF, a duplicate news title, a missing attachment, an unknown file), for tests that compare two ways of validating
 * it: with and without the content cache, cold and warm, whole tree and one file at a time.
 */
import { makePdf } from '../fixtures/personal-data/make.ts';
import { OPD, type Change } from './scenario.ts';

export const NIK = '3321015708900003';
export const BERITA = `${OPD}/berita/2026-11-20-rapat-koordinasi.md`;
export const TWIN = `${OPD}/berita/2026-11-21-rapat-koordinasi-lagi.md`;
export const INFO = `${OPD}/informasi/laporan-keuangan-2025.md`;
export const CSV = `${OPD}/data/jumlah-sekolah.csv`;
export const META = `${OPD}/data/jumlah-sekolah.yaml`;
export const PDF = `${OPD}/dokumen/laporan-2025.pdf`;
export const SCAN = `${OPD}/dokumen/pindaian.pdf`;
export const PHONE_PDF = `${OPD}/dokumen/kontak.pdf`;
export const DOKUMEN = `${OPD}/dokumen/formulir.md`;
export const PROFIL = `${OPD}/profil.md`;
export const BROKEN = `${OPD}/informasi/rusak.md`;
export const TAGGED = `${OPD}/informasi/bertag.md`;

const news = (frontmatter: string, body: string) => `---\n${frontmatter}\n---\n\n${body}\n`;

export const RICH: Record<string, Change> = {
  [BERITA]: news(
    'judul: Rapat Koordinasi Layanan Informasi\ntanggal: 2026-11-20 09:30\nringkasan: Ringkasan berita rapat koordinasi layanan.\ngambar: dokumen/tidak-ada.jpg',
    [
      '## Bagian', '', '#### Terlalu dalam', '', '![](dokumen/laporan-2025.pdf)', '',
      '<script>alert(1)</script>', '', `Peserta NIK ${NIK}, hubungi 0813-2222-3333 atau 0812-0000-0123.`, '',
      '[rusak](/opd/tidak-ada/) [skrip](javascript:alert(1)) [lama](http://contoh.id) [berkas](dokumen/hilang.pdf)',
    ].join('\n'),
  ),
  // The same title a day later: a warning on the later file only, which needs the earlier file's title.
  [TWIN]: news('judul: Rapat Koordinasi Layanan Informasi\ntanggal: 2026-11-21 09:30\nringkasan: Ringkasan berita rapat koordinasi layanan.', 'Isi.'),
  // Over 4 KB: parsed in the worker pool.
  [INFO]: news('judul: Laporan Keuangan\nkategori: berkala\nrincian: z\nsalah: 1\ntag: [a, [b, c]]', `${'- butir [a](/x)\n'.repeat(400)}\n> kutipan <b onclick="x()">tebal</b>`),
  [BROKEN]: `---\njudul: [\nb: !!binary aGVsbG8=\n---\n\n${'> '.repeat(40)}kutipan\n`,
  [TAGGED]: `---\njudul: Bertag\nkategori: berkala\nb: !!binary aGVsbG8=\n---\n\n${'> '.repeat(40)}kutipan\n`,
  [CSV]: `kode_wilayah;kecamatan;jumlah;rasio;terakreditasi;tanggal_data\n33.21.01;Mranggen;lima;18,5;ya;2025-12-31\n33.21.02;=HYPERLINK("x");4;1,5;ya;2025-12-31\n33.21.03;Sayung;${NIK};1;ya;2025-12-31\n`,
  [PDF]: makePdf([{ text: [{ x: 50, y: 700, text: `Nama Budi NIK ${NIK}` }] }, { text: [{ x: 50, y: 700, text: 'Halaman kedua tanpa data pribadi.' }] }]),
  [SCAN]: makePdf([{ scan: true }]),
  // An official number (the profile's) next to an unofficial one: the cached findings must be judged again.
  [PHONE_PDF]: makePdf([{ text: [{ x: 50, y: 700, text: 'Layanan 0812-0000-0123, pribadi 0813-4444-5555.' }] }]),
  [`${OPD}/dokumen/catatan.txt`]: 'bukan jenis yang diizinkan',
  [`${OPD}/informasi/Huruf Besar.md`]: news('judul: Nama Salah\nkategori: berkala', 'Isi.'),
};

/** Files to validate one at a time, each against the whole-tree result. */
export const SCOPED_FILES = [BERITA, TWIN, INFO, BROKEN, TAGGED, CSV, META, PDF, SCAN, PHONE_PDF, DOKUMEN, PROFIL, `${OPD}/dokumen/catatan.txt`, `${OPD}/informasi/Huruf Besar.md`, 'content/pemda.yaml'];
