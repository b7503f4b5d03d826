/**
 * The CMS's check before a save (src/cms/entry-check.ts) in Node: the same engine and rules the browser runs, on the
 * entry's file as Decap writes it. Messages name form fields by their labels and never a raw key.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CMS_SCHEMAS } from '../../src/cms/config.ts';
import { candidateContextPaths, checkEntryFiles, cmsPlatform, type EntryFiles } from '../../src/cms/entry-check.ts';
import { PROJECT_ROOT } from './session.ts';

const OPD = 'dinkominfo';
const platform = cmsPlatform(readFileSync(join(PROJECT_ROOT, 'src/data/wilayah-demak.csv'), 'utf8'));
const context = Object.fromEntries(candidateContextPaths(OPD).map((p) => [p, readFileSync(join(PROJECT_ROOT, p), 'utf8')]));
const bytes = (text: string) => new TextEncoder().encode(text);

function berita(body: string, extra = ''): EntryFiles {
  const text = `---\njudul: Uji CMS Pemeriksaan Sebelum Simpan\ntanggal: 2026-11-20 09:00\nringkasan: Ringkasan berita uji yang cukup panjang.\n${extra}---\n\n${body}\n`;
  return { path: `content/opd/${OPD}/berita/2026-11-20-uji-cms-pemeriksaan-sebelum-simpan.md`, text, attachments: {}, context, existing: [] };
}

const DATASET = [
  'judul: Uji CMS Balita Stunting 2026',
  'deskripsi: Jumlah balita stunting per kecamatan dari pemantauan posyandu.',
  'topik: kesehatan',
  'periode: "2026"',
  'frekuensi: tahunan',
  'tingkat_penyajian: kecamatan',
  'pemisah: ","',
  'diperbarui: 2026-11-20',
  'kolom:',
  '  - nama: kode',
  '    judul: Kode wilayah',
  '    tipe: kode-wilayah',
  '  - nama: kecamatan',
  '    judul: Kecamatan',
  '    tipe: teks',
  '  - nama: jumlah',
  '    judul: Jumlah',
  '    tipe: bilangan-bulat',
  '',
].join('\n');

function dataset(csv: string): EntryFiles {
  const base = `content/opd/${OPD}/data/uji-cms-balita-stunting-2026`;
  return { path: `${base}.yaml`, text: DATASET, attachments: { [`${base}.csv`]: bytes(csv) }, context, existing: [] };
}

const check = (files: EntryFiles, kind: 'berita' | 'dataset' | 'informasi' = 'berita', body?: string) => checkEntryFiles(platform, files, { schema: CMS_SCHEMAS[kind], body });

describe('the CMS runs every rule of the validator before a save', () => {
  test('a valid berita passes', async () => {
    await expect(check(berita('Pelatihan diikuti admin dari seluruh OPD.'), 'berita', 'Isi berita')).resolves.toEqual({ errors: [], warnings: [] });
  });

  test('a NIK in the body is refused, masked, under the body field label', async () => {
    const { errors } = await check(berita('Peserta atas nama NIK 3321015203870001 hadir.'), 'berita', 'Isi berita');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^Isi berita: angka "3321•+01" berbentuk NIK\/No\. KK \(data pribadi\)\. Hapus NIK/);
    expect(errors.join(' ')).not.toContain('3321015203870001');
  });

  test('markdown safety and links: script links refused; OPD file links checked against the files Decap lists; portal pages left to CI', async () => {
    const body = '[a](javascript:alert(1)) [b](dokumen/tidak-ada.pdf) [c](dokumen/ada.pdf) [d](/opd/dinkes/berita/entah/)';
    const files = { ...berita(body), existing: [`content/opd/${OPD}/dokumen/ada.pdf`] };
    const { errors } = await check(files, 'berita', 'Isi berita');
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^Isi berita: tautan "javascript:alert\(1\)" memakai skema yang berbahaya/);
    expect(errors[1]).toMatch(/^Isi berita: berkas "dokumen\/tidak-ada\.pdf" tidak ditemukan/);
  });

  test('schema problems name labels, never keys, and never zod\'s own text', async () => {
    const { errors } = await check(berita('Isi.', 'gambar: dokumen/foto.jpg\ntag:\n  - Banjir!\n'), 'berita', 'Isi berita');
    const text = errors.join('\n');
    expect(text).toContain('Tag, butir ke-1: penulisan "Banjir!" tidak sesuai aturan. Kata kunci huruf kecil');
    expect(text).toMatch(/^Teks alternatif gambar: /m);
    expect(text).not.toMatch(/gambar_alt|Invalid|must match/);
  });

  test('a dikecualikan entry with a body is refused by the cross-file rule, under the body label', async () => {
    const text = [
      '---', 'judul: Uji CMS Dokumen Pengadaan', 'kategori: dikecualikan', 'ringkasan: Dokumen pengadaan yang dikecualikan.',
      'pejabat_penguasa: Subbagian Umum', 'penanggung_jawab: Sekretaris Dinas', 'waktu_pembuatan: "2026"', 'tempat_pembuatan: Demak',
      'bentuk: softcopy', 'retensi: 5 tahun', 'diperbarui: 2026-11-20', 'pengecualian:', '  pasal: [b]',
      '  alasan: Dokumen penawaran memuat rahasia dagang peserta tender.', '  konsekuensi: Bila dibuka, pesaing mengetahui harga dan metode peserta.',
      '  kepentingan_publik: Hasil tender dan nilai kontrak tetap diumumkan.', '  penetapan: { nomor: 480/5/2026, tanggal: 2026-01-12, pejabat: PPID Kabupaten Demak }',
      'berlaku_hingga: 2028-12-31', '---', '', 'Isi rahasia.', '',
    ].join('\n');
    const { errors } = await check({ path: `content/opd/${OPD}/informasi/uji-cms-dokumen-pengadaan.md`, text, attachments: {}, context, existing: [] }, 'informasi', 'Uraian');
    expect(errors).toEqual([expect.stringMatching(/^Uraian: informasi dikecualikan tidak boleh memuat isi\./)]);
  });

  test('a CSV with another delimiter is refused with the field to change', async () => {
    const { errors } = await check(dataset('kode;kecamatan;jumlah\n33.21.01;Mranggen;5\n'), 'dataset');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('Ubah Pemisah kolom CSV menjadi titik koma (;)');
    expect(errors[0]).not.toContain('pemisah:');
  });

  test('a header that differs from the dictionary names the column in the file and in the dictionary', async () => {
    const { errors } = await check(dataset('kode,kecamatan,jumlah_stunting\n33.21.01,Mranggen,5\n'), 'dataset');
    expect(errors).toEqual([expect.stringContaining('kolom ke-3 di berkas bernama `jumlah_stunting`, di Kamus kolom `jumlah`')]);
  });

  test('a 4-digit region code in a kode-wilayah column is refused with the dotted form', async () => {
    const { errors } = await check(dataset('kode,kecamatan,jumlah\n3321,Mranggen,5\n'), 'dataset');
    expect(errors).toEqual([expect.stringMatching(/baris 2\b.*nilai "3321" di kolom "kode" \(kode-wilayah\) format kode wilayah salah\. Tulis kode Kemendagri dengan titik: 33\.21,/)]);
  });

  test('a NIK in an uploaded CSV is refused at its row', async () => {
    const { errors } = await check(dataset('kode,kecamatan,jumlah\n33.21.01,Mranggen 3321015203870001,5\n'), 'dataset');
    expect(errors).toEqual([expect.stringMatching(/^Berkas CSV uji-cms-balita-stunting-2026\.csv, baris 2 kolom 2: angka "3321•+01" berbentuk NIK/)]);
  });
});
