/**
 * `content/opd/<opd>/permohonan/<nomor-slug>.yaml`: one entry of the OPD's register of information requests
 * (register permohonan, UU 14/2008 Pasal 22) and, when there was one, of the objection against it (Pasal 35–36).
 * The repository is public, so the register holds the service facts only: never the requester's name, identity
 * number, address, telephone or e-mail (UU 27/2022 PDP); the requester is recorded by category alone. The object is
 * strict (no other key can carry a name) and the validator refuses names, addresses and contacts in the text
 * fields (src/validate/rules/permohonan.ts); the order of the dates and the number are checked there too.
 */
import { z } from 'zod';
import { field, WibDateSchema } from './common.ts';

/** How the request reached the PPID. */
export const SALURAN = ['langsung', 'surat', 'email', 'whatsapp', 'formulir-daring', 'sp4n-lapor'] as const;
export type Saluran = (typeof SALURAN)[number];

/** Who asked, by category only (UU 14/2008 Pasal 1 angka 12: orang, kelompok orang, badan hukum). */
export const KATEGORI_PEMOHON = ['perorangan', 'badan-hukum', 'kelompok'] as const;
export type KategoriPemohon = (typeof KATEGORI_PEMOHON)[number];

/** Where the request stands; `diterima`, `diproses` and `diperpanjang` are open, the others are answered. */
export const STATUS_PERMOHONAN = ['diterima', 'diproses', 'diperpanjang', 'dikabulkan', 'dikabulkan-sebagian', 'ditolak', 'dialihkan'] as const;
export type StatusPermohonan = (typeof STATUS_PERMOHONAN)[number];
export const STATUS_TERBUKA: readonly StatusPermohonan[] = ['diterima', 'diproses', 'diperpanjang'];

/** The form in which the answer (the information or the written notice) was given. */
export const BENTUK_JAWABAN = ['softcopy', 'hardcopy', 'softcopy-hardcopy', 'melihat-langsung', 'pemberitahuan-tertulis'] as const;

/** The letters of UU 14/2008 Pasal 17 (exempt information) and `tidak-dikuasai` (the body does not hold it). */
export const DASAR_PENOLAKAN = [
  'pasal-17-a', 'pasal-17-b', 'pasal-17-c', 'pasal-17-d', 'pasal-17-e', 'pasal-17-f', 'pasal-17-g', 'pasal-17-h', 'pasal-17-i', 'pasal-17-j', 'tidak-dikuasai',
] as const;
export type DasarPenolakan = (typeof DASAR_PENOLAKAN)[number];

/** The grounds of an objection, UU 14/2008 Pasal 35 ayat (1) huruf a–g. */
export const ALASAN_KEBERATAN = ['a', 'b', 'c', 'd', 'e', 'f', 'g'] as const;

/** The Atasan PPID's answer (Pasal 36): the objection upheld in full or in part, or the PPID's decision confirmed. */
export const HASIL_KEBERATAN = ['diterima', 'diterima-sebagian', 'ditolak'] as const;

/** Uppercase letters, digits and the separators of a register number, e.g. `001/PPID-DINKES/XI/2026`. */
const NomorSchema = z.string().regex(/^[0-9A-Z][0-9A-Z./-]{3,59}$/, {
  message: 'nomor register hanya huruf besar, angka, `/`, `-` dan `.`, misalnya `001/PPID-DINKES/XI/2026`',
});

const PerpanjanganSchema = z.strictObject({
  tanggal: field(WibDateSchema, 'Tanggal pemberitahuan perpanjangan', 'Tanggal pemohon diberi tahu secara tertulis bahwa waktu jawaban diperpanjang.'),
  alasan: field(z.string().min(10).max(300), 'Alasan perpanjangan', 'Alasan tertulis perpanjangan (UU 14/2008 Pasal 22 ayat (8)), tanpa nama orang.'),
});

const KeberatanSchema = z.strictObject({
  diajukan: field(WibDateSchema, 'Tanggal keberatan diajukan', 'Tanggal keberatan tertulis diterima atasan PPID.'),
  alasan: field(z.array(z.enum(ALASAN_KEBERATAN)).min(1), 'Alasan keberatan', 'Huruf alasan menurut UU 14/2008 Pasal 35 ayat (1), a sampai g.'),
  ditanggapi: field(WibDateSchema.optional(), 'Tanggal tanggapan atasan PPID', 'Tanggal tanggapan tertulis atasan PPID; kosongkan selama belum ditanggapi.'),
  hasil: field(z.enum(HASIL_KEBERATAN).optional(), 'Hasil keberatan', 'diterima, diterima-sebagian, atau ditolak (atasan PPID menguatkan putusan PPID).'),
  sengketa: field(z.boolean().default(false), 'Sengketa ke Komisi Informasi', 'true bila pemohon mengajukan sengketa informasi ke Komisi Informasi (UU 14/2008 Pasal 37).'),
});

export const PermohonanSchema = z.strictObject({
  nomor: field(NomorSchema, 'Nomor register', 'Nomor pendaftaran permohonan sesuai format di pemda.yaml, misalnya 001/PPID-DINKES/XI/2026; nama berkas adalah nomor ini dengan huruf kecil dan tanda hubung.'),
  diterima: field(WibDateSchema, 'Tanggal diterima', 'Tanggal (dan jam) permohonan diterima, WIB.'),
  saluran: field(z.enum(SALURAN), 'Saluran', 'Cara permohonan disampaikan.'),
  kategori_pemohon: field(z.enum(KATEGORI_PEMOHON), 'Kategori pemohon', 'Hanya kategori: perorangan, badan-hukum atau kelompok. Jangan mencatat nama, NIK, alamat atau kontak pemohon.'),
  informasi: field(z.string().min(10).max(500), 'Informasi yang diminta', 'Ringkasan informasi yang diminta, tanpa nama, alamat atau nomor kontak siapa pun.'),
  status: field(z.enum(STATUS_PERMOHONAN), 'Status', 'Tahap permohonan sekarang.'),
  perpanjangan: field(PerpanjanganSchema.optional(), 'Perpanjangan waktu', 'Diisi bila waktu jawaban diperpanjang 7 hari kerja (UU 14/2008 Pasal 22 ayat (8)).'),
  dijawab: field(WibDateSchema.optional(), 'Tanggal jawaban', 'Tanggal pemberitahuan tertulis atau penyerahan informasi; kosongkan selama belum dijawab.'),
  bentuk_jawaban: field(z.enum(BENTUK_JAWABAN).optional(), 'Bentuk jawaban', 'Bentuk informasi atau pemberitahuan yang diberikan.'),
  dasar_penolakan: field(z.enum(DASAR_PENOLAKAN).optional(), 'Dasar penolakan', 'Untuk permohonan ditolak atau dikabulkan sebagian: huruf UU 14/2008 Pasal 17, atau tidak-dikuasai.'),
  dialihkan_ke: field(z.string().min(3).max(160).optional(), 'Dialihkan ke', 'Badan publik yang menguasai informasi, bila permohonan dialihkan.'),
  biaya: field(z.number().int().min(0).default(0), 'Biaya (Rp)', 'Biaya penggandaan atau pengiriman yang dibayar pemohon, dalam rupiah; 0 bila tanpa biaya.'),
  keberatan: field(KeberatanSchema.optional(), 'Keberatan', 'Diisi bila pemohon mengajukan keberatan kepada atasan PPID (UU 14/2008 Pasal 35–36).'),
});

export type PermohonanInput = z.input<typeof PermohonanSchema>;
export type Permohonan = z.output<typeof PermohonanSchema>;

/** `content/opd/<opd>/layanan/laporan-<tahun>.md`: what the PPID itself writes into its annual service report. */
export const LaporanLayananSchema = z.strictObject({
  tahun: field(z.number().int().min(2010).max(2100), 'Tahun', 'Tahun yang dilaporkan; nama berkas laporan-<tahun>.md.'),
  kebijakan: field(z.string().min(10).max(2000), 'Gambaran umum kebijakan layanan', 'Kebijakan, sarana dan prasarana, sumber daya manusia dan anggaran layanan informasi.'),
  kendala: field(z.string().min(10).max(2000), 'Kendala', 'Kendala internal dan eksternal dalam melayani permohonan informasi.'),
  tindak_lanjut: field(z.string().min(10).max(2000), 'Rekomendasi dan rencana tindak lanjut', 'Rencana untuk meningkatkan kualitas layanan informasi tahun berikutnya.'),
  disahkan: field(WibDateSchema, 'Tanggal disahkan', 'Tanggal laporan ditetapkan oleh PPID (paling lambat 31 Maret tahun berikutnya).'),
});

export type LaporanLayananInput = z.input<typeof LaporanLayananSchema>;
export type LaporanLayanan = z.output<typeof LaporanLayananSchema>;
