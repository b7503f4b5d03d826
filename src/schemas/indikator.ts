/**
 * `content/indikator.yaml`: the headline indicators of /dasbor/ ("Demak dalam angka"), each computed at build time
 * from a published dataset (src/site/indikator.ts). Regency-wide and kept by the portal admins, like pemda.yaml.
 */
import { z } from 'zod';
import { field, SLUG_PATTERN } from './common.ts';
import { NamaKolomSchema, SaringSchema } from './grafik.ts';

export const AGREGASI = ['jumlah', 'rata-rata', 'terakhir', 'maksimum', 'minimum'] as const;
export type Agregasi = (typeof AGREGASI)[number];

/** Which way of change is good news: it decides the words beside the arrow, never the arrow itself. */
export const ARAH_BAIK = ['naik', 'turun', 'netral'] as const;
export type ArahBaik = (typeof ARAH_BAIK)[number];

/** The period shown: the latest in the data, or the one before it (when the latest is still being filled in). */
export const PILIH_PERIODE = ['terbaru', 'sebelumnya'] as const;

const slug = SLUG_PATTERN.source.slice(1, -1);
/** `<opd>/<slug>` of a dataset, e.g. `dinkes/kasus-dbd-per-bulan-2026`. */
export const DatasetRefSchema = z.string().regex(new RegExp(`^${slug}/${slug}$`), {
  message: 'tulis `<opd>/<nama berkas dataset tanpa .yaml>`, misalnya `dinkes/kasus-dbd-per-bulan-2026`',
});

export const PeriodeIndikatorSchema = z.strictObject({
  kolom: field(NamaKolomSchema, 'Kolom periode', 'Kolom tanggal, tahun atau teks yang menandai periode, misalnya bulan.'),
  pilih: field(z.enum(PILIH_PERIODE).default('terbaru'), 'Periode yang ditampilkan', 'terbaru (periode terakhir di data) atau sebelumnya (periode sebelum yang terakhir); dibandingkan dengan periode tepat sebelumnya.'),
});

export const IndikatorItemSchema = z.strictObject({
  judul: field(z.string().min(3).max(80), 'Judul indikator', 'Nama singkat indikator, misalnya Kasus DBD.'),
  dataset: field(DatasetRefSchema, 'Dataset', 'Dataset sumber: `<opd>/<slug>`, misalnya dinkes/kasus-dbd-per-bulan-2026.'),
  kolom: field(NamaKolomSchema, 'Kolom nilai', 'Kolom angka (bilangan atau bilangan-bulat) dataset itu yang dihitung.'),
  agregasi: field(z.enum(AGREGASI), 'Cara menghitung', 'jumlah, rata-rata, terakhir (baris terakhir), maksimum atau minimum dari baris periode itu.'),
  periode: field(PeriodeIndikatorSchema.optional(), 'Periode', 'Kolom periode dan periode yang ditampilkan; kosongkan bila data hanya satu periode (tanpa perbandingan dan grafik kecil).'),
  saring: field(SaringSchema.optional(), 'Saringan', 'Hanya baris yang cocok yang dihitung, misalnya kolom komoditas dengan nilai Beras medium.'),
  satuan: field(z.string().min(1).max(30), 'Satuan', 'Satuan nilai, misalnya jiwa, kasus, ton atau persen.'),
  arah_baik: field(z.enum(ARAH_BAIK), 'Arah yang baik', 'naik (kenaikan adalah kabar baik), turun (penurunan adalah kabar baik) atau netral.'),
});
export type IndikatorItem = z.output<typeof IndikatorItemSchema>;

export const IndikatorSchema = z.strictObject({
  indikator: field(z.array(IndikatorItemSchema).min(1).max(24), 'Indikator', 'Indikator utama yang ditampilkan di dasbor, urut sesuai tampilan; paling banyak 24.'),
});
export type IndikatorInput = z.input<typeof IndikatorSchema>;
export type Indikator = z.output<typeof IndikatorSchema>;
