/** `content/pemda.yaml`: the regency's identity, contacts, limits, CMS backend and compliance policy. */
import { z } from 'zod';
import { EmailSchema, field, HttpsUrlSchema, KodePosSchema, KodeWilayahSchema, SlugSchema, TeleponSchema } from './common.ts';
import { JenisOpdSchema, RincianSchema, RINCIAN_CODES } from './rincian.ts';
import { AmbangSchema, LabelKepatuhanSchema } from './kepatuhan.ts';
import { DEFAULT_WAJIB_SETIAP_SAAT, SetiapSaatSchema } from './setiap-saat.ts';
import { FormatNomorField, LiburField } from './layanan.ts';
import { PenetapanDipField } from './penetapan.ts';
import { PetaPetakSchema } from './peta.ts';

/** File size limits in KB per kind of file. */
export const BatasUkuranSchema = z.strictObject({
  pdf: field(z.number().int().positive().default(20480), 'Batas PDF (KB)', 'Ukuran maksimum berkas PDF, default 20480 KB.'),
  dokumen: field(z.number().int().positive().default(10240), 'Batas dokumen kantor (KB)', 'docx/xlsx/odt/ods, default 10240 KB.'),
  gambar: field(z.number().int().positive().default(1024), 'Batas gambar (KB)', 'jpg/png/webp, default 1024 KB.'),
  csv: field(z.number().int().positive().default(5120), 'Batas CSV (KB)', 'Ukuran maksimum data CSV, default 5120 KB.'),
  teks: field(z.number().int().positive().default(512), 'Batas teks (KB)', 'md/yaml, default 512 KB.'),
});

/** Weights of the compliance score components; they must add up to 100. */
export const BobotSchema = z
  .strictObject({
    unggahan: field(z.number().min(0).default(25), 'Bobot unggahan mingguan', 'Porsi skor untuk unggahan rutin, default 25.'),
    berkala: field(z.number().min(0).default(40), 'Bobot informasi berkala', 'Porsi skor untuk rincian berkala wajib, default 40.'),
    data: field(z.number().min(0).default(15), 'Bobot dataset', 'Porsi skor untuk dataset yang valid dan mutakhir, default 15.'),
    profil: field(z.number().min(0).default(10), 'Bobot profil', 'Porsi skor untuk kelengkapan profil, default 10.'),
    validasi: field(z.number().min(0).default(10), 'Bobot validasi', 'Porsi skor untuk konten tanpa kesalahan validasi, default 10.'),
    // Off by default: the inventory is new, and an OPD should not lose points before its systems could be listed.
    integrasi: field(
      z.number().min(0).default(0),
      'Bobot sistem terhubung',
      'Porsi skor untuk sistem aktif di katalog aplikasi yang datanya sampai ke portal (terhubung/aktif), default 0: ditampilkan tetapi tidak dihitung.',
    ),
    // Off by default like `integrasi`: the registers are new; the weekly report lists late requests either way.
    layanan: field(
      z.number().min(0).default(0),
      'Bobot ketepatan waktu layanan',
      'Porsi skor untuk permohonan dan keberatan yang dijawab dalam batas waktu UU 14/2008 (register permohonan), default 0: ditampilkan tetapi tidak dihitung.',
    ),
    // Off by default: the setiap-saat codes are new, so OPDs first see what is missing before it costs points.
    setiap_saat: field(
      z.number().min(0).default(0),
      'Bobot informasi setiap saat',
      'Porsi skor untuk butir informasi setiap saat wajib (`wajib_setiap_saat`), default 0: ditampilkan tetapi tidak dihitung.',
    ),
  })
  .refine((b) => Math.abs(b.unggahan + b.berkala + b.data + b.profil + b.validasi + b.integrasi + b.layanan + b.setiap_saat - 100) < 1e-9, {
    message: 'jumlah semua bobot harus 100',
  });

export const KepatuhanSchema = z.strictObject({
  target_unggahan_per_minggu: field(z.number().int().min(1).default(1), 'Target unggahan per minggu', 'Jumlah unggahan minimal per OPD per minggu, default 1.'),
  minggu_riwayat: field(z.number().int().min(4).max(52).default(12), 'Minggu riwayat', 'Banyaknya minggu yang ditampilkan di grafik, default 12.'),
  basi_setelah_bulan: field(z.number().int().min(1).default(6), 'Basi setelah (bulan)', 'Informasi berkala dianggap basi bila tidak diperbarui selama ini (UU 14/2008 Pasal 9: 6 bulan).'),
  bobot: BobotSchema.prefault({}),
  /** Lower bounds of the internal index's bands (src/schemas/kepatuhan.ts). */
  ambang: AmbangSchema.prefault({}),
  /** The five band labels; never a Komisi Informasi predicate (src/schemas/kepatuhan.ts). */
  label: LabelKepatuhanSchema.prefault({}),
  /** Mandatory rincian per OPD kind; `semua` applies to kinds not listed. */
  wajib: field(
    z.partialRecord(z.union([JenisOpdSchema, z.literal('semua')]), z.array(RincianSchema)).default({ semua: [...RINCIAN_CODES] }),
    'Rincian wajib per jenis OPD',
    'Daftar kode rincian berkala yang wajib untuk tiap jenis OPD; `semua` berlaku bagi jenis yang tidak disebut.',
  ),
  /** Mandatory setiap-saat items (UU 14/2008 Pasal 11) per OPD kind; `semua` applies to kinds not listed. */
  wajib_setiap_saat: field(
    z.partialRecord(z.union([JenisOpdSchema, z.literal('semua')]), z.array(SetiapSaatSchema)).default({ semua: [...DEFAULT_WAJIB_SETIAP_SAAT] }),
    'Informasi setiap saat wajib per jenis OPD',
    `Daftar kode informasi setiap saat yang wajib tersedia untuk tiap jenis OPD; \`semua\` berlaku bagi jenis yang tidak disebut. Bawaan: ${DEFAULT_WAJIB_SETIAP_SAAT.join(', ')}.`,
  ),
});

export const CmsBackendSchema = z.strictObject({
  backend: field(z.enum(['github', 'gitlab', 'gitea', 'forgejo', 'test-repo']).default('github'), 'Backend git', 'Layanan git untuk Decap CMS: github, gitlab, gitea, forgejo.'),
  repo: field(z.string().regex(/^[\w.-]+\/[\w.-]+$/).optional(), 'Repositori', 'Nama repositori `pemilik/nama`.'),
  branch: field(z.string().default('main'), 'Cabang', 'Cabang utama, default main.'),
  base_url: field(HttpsUrlSchema.optional(), 'Alamat OAuth', 'Alamat layanan OAuth (GitHub) atau instans self-managed (GitLab/Gitea).'),
  auth_endpoint: field(z.string().optional(), 'Endpoint otorisasi', 'Jalur endpoint OAuth bila berbeda dari bawaan.'),
  api_root: field(HttpsUrlSchema.optional(), 'Alamat API', 'Alamat API untuk GitLab self-managed atau Gitea.'),
  app_id: field(z.string().optional(), 'ID aplikasi', 'Application ID OAuth (GitLab PKCE, Gitea).'),
});

/** Automatic harvest of dataset sources (docs/panen.md): the only hosts it may fetch from, and its git account. */
export const PanenSchema = z.strictObject({
  akun: field(z.string().regex(/^[\w.-]+(\[bot\])?$/, { message: 'nama pengguna git, misalnya `ppid-demak-panen`' }).optional(), 'Akun panen', 'Akun git yang membuka pull request panen; hanya boleh mengubah CSV dataset bersumber, log panen dan `diperbarui` (docs/keamanan.md).'),
  host_diizinkan: field(z.array(z.string().regex(/^[a-z0-9.-]+$/, { message: 'nama host saja, huruf kecil, tanpa `https://` atau jalur, misalnya `data.demakkab.go.id`' })).default([]), 'Host yang diizinkan', 'Nama host yang boleh dihubungi panen, termasuk tujuan pengalihan (redirect), misalnya data.demakkab.go.id.'),
});

/**
 * Request channels beside e-mail, the official WhatsApp number and the PDF forms, which a static site offers without
 * any server (src/pages/permohonan-informasi.astro).
 */
export const KanalLayananSchema = z.strictObject({
  formulir_url: field(
    HttpsUrlSchema.optional(),
    'Formulir permohonan daring',
    'Alamat https layanan formulir permohonan yang dijalankan pemda sendiri (bila ada); ditautkan di halaman permohonan informasi. Kosongkan bila tidak ada.',
  ),
  /** The request register (src/schemas/layanan.ts, docs/layanan.md): register numbers and the working-day calendar. */
  format_nomor: FormatNomorField,
  libur: LiburField,
});

export const PemdaSchema = z.strictObject({
  nama: field(z.string().min(3), 'Nama pemerintah daerah', 'Nama resmi, misalnya Pemerintah Kabupaten Demak.'),
  singkatan: field(z.string().min(2), 'Singkatan', 'Nama singkat, misalnya Pemkab Demak.'),
  kode_wilayah: field(KodeWilayahSchema, 'Kode wilayah', 'Kode Kemendagri kabupaten, misalnya 33.21.'),
  situs: field(HttpsUrlSchema, 'Alamat situs', 'Alamat publik portal PPID, dipakai untuk tautan kanonik dan RSS.'),
  alamat: field(z.string().min(5), 'Alamat', 'Alamat PPID Utama.'),
  kode_pos: field(KodePosSchema, 'Kode pos', 'Lima angka.'),
  telepon: field(z.array(TeleponSchema).min(1), 'Telepon', 'Nomor telepon resmi PPID Utama.'),
  whatsapp: field(TeleponSchema.optional(), 'WhatsApp resmi', 'Nomor WhatsApp layanan informasi (nomor resmi, bukan pribadi).'),
  email: field(EmailSchema, 'E-mail', 'E-mail resmi PPID Utama.'),
  // A bare file name, no folder: it cannot point outside public/ (src/site/lambang.ts checks that the file exists).
  lambang: field(
    z.string().regex(/^[a-z0-9][a-z0-9-]*\.(svg|png|webp)$/, { message: 'nama berkas gambar di folder public/ saja, huruf kecil, tanpa folder, berakhiran .svg, .png atau .webp, misalnya `lambang-demak.svg`' }).optional(),
    'Lambang daerah',
    'Nama berkas gambar lambang di folder public/ (svg, png atau webp), ditampilkan di kepala setiap halaman. Kosongkan bila tidak ada.',
  ),
  admin: field(z.array(z.string().regex(/^[\w.-]+$/)).default([]), 'Admin portal', 'Nama pengguna git admin Dinkominfo yang boleh mengubah seluruh konten.'),
  ppid_utama: field(SlugSchema, 'PPID Utama', 'Slug OPD yang menjadi PPID Utama.'),
  data_contoh: field(z.boolean().default(false), 'Data contoh', 'true bila isi portal masih data contoh; setiap halaman menampilkan pemberitahuan.'),
  lisensi_data: field(z.string().min(2).default('CC-BY-4.0'), 'Lisensi data terbuka', 'Lisensi bawaan katalog data terbuka (DCAT, CKAN), default CC-BY-4.0; isian `lisensi` sebuah dataset menggantikannya.'),
  batas_ukuran: BatasUkuranSchema.prefault({}),
  cms: CmsBackendSchema.prefault({}),
  kepatuhan: KepatuhanSchema.prefault({}),
  panen: field(PanenSchema.optional(), 'Panen data', 'Host yang boleh dihubungi panen otomatis dan akun git panen (docs/panen.md).'),
  peta_petak: field(PetaPetakSchema.default([]), 'Peta petak kecamatan', 'Satu petak per kecamatan pada posisi kira-kira di peta (baris 0 = utara, kolom 0 = barat); dipakai peta di halaman dataset.'),
  layanan: KanalLayananSchema.prefault({}),
  /** Decrees adopting the regency's DIP and DIK; `berkas` is relative to the PPID Utama's folder. */
  penetapan_dip: PenetapanDipField,
});

export type PemdaInput = z.input<typeof PemdaSchema>;
export type Pemda = z.output<typeof PemdaSchema>;
