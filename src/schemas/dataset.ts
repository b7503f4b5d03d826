/** `content/opd/<opd>/data/<slug>.yaml`: dataset metadata (after SDI / BPS MS-Ind) with its column dictionary. */
import { z } from 'zod';
import { EVEN_WITH_OTHER_ISSUES, field, LooseTextSchema, SlugSchema, WibDateSchema } from './common.ts';
import { GrafikSchema } from './grafik.ts';
import { SumberSchema } from './sumber.ts';

export * from './grafik.ts';
export * from './sumber.ts';

export const TIPE_KOLOM = ['teks', 'bilangan-bulat', 'bilangan', 'tanggal', 'kode-wilayah', 'ya-tidak'] as const;
export type TipeKolom = (typeof TIPE_KOLOM)[number];

export const TOPIK = [
  'kependudukan', 'pendidikan', 'kesehatan', 'ekonomi', 'pertanian', 'infrastruktur', 'lingkungan',
  'sosial', 'pemerintahan', 'keuangan', 'pariwisata', 'iklim', 'lainnya',
] as const;

/** Update frequencies and the age (days) after which a dataset counts as stale; `sekali` never does. */
export const FREKUENSI = {
  harian: 3,
  mingguan: 14,
  bulanan: 45,
  triwulanan: 120,
  semesteran: 200,
  tahunan: 400,
  sekali: Infinity,
} as const;
export type Frekuensi = keyof typeof FREKUENSI;

export const KolomSchema = z.strictObject({
  nama: field(z.string().regex(/^[a-z][a-z0-9_]*$/, { message: 'nama kolom huruf kecil dengan garis bawah, misalnya `jumlah_penduduk`' }), 'Nama kolom', 'Sama persis dengan judul kolom di baris pertama CSV.'),
  judul: field(z.string().min(2), 'Judul kolom', 'Label yang dibaca pengunjung, misalnya Jumlah Penduduk.'),
  tipe: field(z.enum(TIPE_KOLOM), 'Tipe', 'teks, bilangan-bulat, bilangan, tanggal, kode-wilayah atau ya-tidak.'),
  satuan: field(z.string().optional(), 'Satuan', 'Satuan nilai, misalnya jiwa, ton, mm.'),
  wajib: field(z.boolean().default(true), 'Wajib diisi', 'Bila ya, setiap baris harus berisi nilai di kolom ini.'),
  deskripsi: field(z.string().optional(), 'Definisi', 'Definisi atau cara penghitungan.'),
});

export const DELIMITERS = { ',': ',', ';': ';', tab: '\t' } as const;

export const DatasetSchema = z
  .strictObject({
    judul: field(z.string().min(5).max(200), 'Judul dataset', 'Nama dataset, misalnya Jumlah Penduduk per Desa 2025.'),
    deskripsi: field(z.string().min(20), 'Deskripsi', 'Konsep, definisi dan cara pengumpulan data.'),
    topik: field(z.enum(TOPIK), 'Topik', 'Kelompok data untuk katalog.'),
    satuan: field(z.string().optional(), 'Satuan', 'Satuan angka utama.'),
    periode: field(LooseTextSchema, 'Periode', 'Periode data, misalnya 2025 atau Semester I 2026.'),
    frekuensi: field(z.enum(Object.keys(FREKUENSI) as [Frekuensi, ...Frekuensi[]]), 'Frekuensi pemutakhiran', 'harian, mingguan, bulanan, triwulanan, semesteran, tahunan atau sekali.'),
    tingkat_penyajian: field(z.enum(['kabupaten', 'kecamatan', 'desa']), 'Tingkat penyajian', 'kabupaten, kecamatan atau desa.'),
    walidata: field(SlugSchema.default('dinkominfo'), 'Walidata', 'OPD walidata; bila dikosongkan: dinkominfo.'),
    lisensi: field(z.string().min(2).optional(), 'Lisensi', 'Kosongkan untuk memakai lisensi data bawaan Pemkab (`lisensi_data` di pemda.yaml, biasanya CC-BY-4.0).'),
    kata_kunci: field(z.array(z.string()).default([]), 'Kata kunci', 'Kata kunci pencarian.'),
    keterangan_sumber: field(z.string().optional(), 'Keterangan sumber', 'Asal data atau catatan metodologi, ditampilkan di halaman dataset.'),
    sumber: field(SumberSchema.optional(), 'Sumber panen', 'Kontrak panen otomatis (url, format, …): kosongkan bila data diunggah manual. Lihat docs/panen.md.'),
    pemisah: field(z.enum([',', ';', 'tab']).default(','), 'Pemisah kolom CSV', 'Koma (,), titik koma (;) atau tab, sesuai berkas CSV.'),
    desimal: field(z.enum(['.', ',']).default('.'), 'Tanda desimal', 'Titik (.) atau koma (,), sesuai berkas CSV.'),
    diperbarui: field(WibDateSchema, 'Diperbarui', 'Tanggal data terakhir dimutakhirkan.'),
    kolom: field(z.array(KolomSchema).min(1), 'Kamus kolom', 'Satu baris per kolom CSV, urut sesuai CSV.'),
    grafik: field(z.array(GrafikSchema).max(6).optional(), 'Grafik', 'Grafik yang digambar di halaman dataset, paling banyak enam; kolomnya harus ada di kamus kolom.'),
    peta: field(z.boolean().default(true), 'Tampilkan peta kecamatan', 'Peta petak kecamatan tampil bila data memiliki kolom kode wilayah kecamatan; matikan (`peta: false`) untuk menyembunyikannya.'),
  })
  .refine((d) => !(d.pemisah === ',' && d.desimal === ','), {
    message: 'pemisah kolom dan tanda desimal tidak boleh sama-sama koma; pakai `pemisah: ";"` untuk desimal koma',
    path: ['desimal'],
    ...EVEN_WITH_OTHER_ISSUES,
  })
  .superRefine((d, ctx) => {
    // Partial objects reach here too (EVEN_WITH_OTHER_ISSUES): every check tolerates missing parts.
    const sumber = d.sumber as Partial<NonNullable<typeof d.sumber>> | undefined;
    if (!sumber || typeof sumber !== 'object') return;
    const names = new Set((Array.isArray(d.kolom) ? d.kolom : []).map((k) => k?.nama));
    for (const [from, to] of Object.entries(sumber.kolom ?? {})) {
      if (names.size > 0 && !names.has(to)) ctx.addIssue({ code: 'custom', path: ['sumber', 'kolom', from], message: `kolom "${to}" tidak ada di kamus kolom; tulis nama kolom yang ada di \`kolom\`, misalnya ${[...names][0]}` });
    }
    if (sumber.data !== undefined && sumber.format !== 'json') ctx.addIssue({ code: 'custom', path: ['sumber', 'data'], message: '`data` hanya berlaku untuk format json; hapus isian ini' });
    for (const key of ['pemisah', 'desimal'] as const) {
      if (sumber[key] !== undefined && sumber.format !== 'csv') ctx.addIssue({ code: 'custom', path: ['sumber', key], message: `\`${key}\` sumber hanya berlaku untuk format csv; hapus isian ini` });
    }
  }, EVEN_WITH_OTHER_ISSUES);

export type DatasetInput = z.input<typeof DatasetSchema>;
export type Dataset = z.output<typeof DatasetSchema>;
