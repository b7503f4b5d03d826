/**
 * `grafik` of a dataset's metadata: charts drawn at build time as inline SVG on the dataset page (src/site/charts/),
 * and the row filter (`saring`) they share with the dashboard indicators (./indikator.ts).
 */
import { z } from 'zod';
import { EVEN_WITH_OTHER_ISSUES, field, LooseTextSchema } from './common.ts';

export const JENIS_GRAFIK = ['batang', 'garis', 'batang-bertumpuk'] as const;
export type JenisGrafik = (typeof JENIS_GRAFIK)[number];

/** `saring.nilai` that picks the latest value of the column (largest date or year) instead of a fixed one. */
export const SARING_TERBARU = 'terbaru';

/** The most series a chart draws: beyond six, lines and bar patterns stop being told apart (also in greyscale). */
export const MAX_SERI = 6;

/** A column of the dataset's own dictionary (`kolom[].nama`); the validator checks that it exists (rules/grafik.ts). */
export const NamaKolomSchema = z.string().regex(/^[a-z][a-z0-9_]*$/, {
  message: 'tulis nama kolom dari kamus kolom (huruf kecil dengan garis bawah), misalnya `jumlah_penduduk`',
});

export const SaringSchema = z.strictObject({
  kolom: field(NamaKolomSchema, 'Kolom saringan', 'Kolom yang disaring, misalnya bulan, tahun atau komoditas.'),
  nilai: field(LooseTextSchema, 'Nilai saringan', '`terbaru` untuk nilai terakhir kolom itu (tanggal atau angka terbesar), atau nilai tetap seperti tertulis di CSV, misalnya Beras medium.'),
});
export type Saring = z.output<typeof SaringSchema>;

export const GrafikSchema = z
  .strictObject({
    jenis: field(z.enum(JENIS_GRAFIK), 'Jenis grafik', 'batang (perbandingan antarkategori), garis (perubahan dari waktu ke waktu) atau batang-bertumpuk (bagian dari jumlah).'),
    judul: field(z.string().min(5).max(120), 'Judul grafik', 'Kalimat singkat yang menjelaskan isi grafik, misalnya Jumlah penduduk per kecamatan.'),
    kategori: field(NamaKolomSchema, 'Kolom kategori', 'Kolom yang menjadi batang atau titik garis, misalnya kecamatan atau bulan.'),
    nilai: field(z.array(NamaKolomSchema).min(1).max(MAX_SERI), 'Kolom nilai', 'Satu sampai enam kolom angka (bilangan atau bilangan-bulat); baris dengan kategori yang sama dijumlahkan.'),
    seri: field(NamaKolomSchema.optional(), 'Kolom seri', 'Kolom yang memisahkan garis atau potongan batang, misalnya komoditas; hanya dengan satu kolom nilai.'),
    saring: field(SaringSchema.optional(), 'Saringan', 'Hanya baris yang cocok yang digambar, misalnya kolom bulan dengan nilai terbaru.'),
  })
  .refine((g) => !(g.seri !== undefined && Array.isArray(g.nilai) && g.nilai.length > 1), {
    message: 'grafik dengan `seri` hanya boleh memakai satu kolom `nilai`; hapus `seri` atau sisakan satu kolom nilai',
    path: ['seri'],
    ...EVEN_WITH_OTHER_ISSUES,
  });
export type Grafik = z.output<typeof GrafikSchema>;
