/**
 * The 11 mandatory `berkala` items of Perki 1/2021 (rincian a–k) and the four UU 14/2008 categories.
 * Codes are stable identifiers; labels are the official Indonesian names.
 */
import { z } from 'zod';

export const RINCIAN = [
  { code: 'profil', huruf: 'a', label: 'Informasi tentang profil badan publik' },
  { code: 'program-kegiatan', huruf: 'b', label: 'Ringkasan informasi tentang program dan/atau kegiatan' },
  { code: 'kinerja', huruf: 'c', label: 'Ringkasan informasi tentang kinerja' },
  { code: 'laporan-keuangan', huruf: 'd', label: 'Ringkasan laporan keuangan' },
  { code: 'laporan-akses-informasi', huruf: 'e', label: 'Ringkasan laporan akses informasi publik' },
  { code: 'regulasi', huruf: 'f', label: 'Informasi tentang peraturan, keputusan dan/atau kebijakan' },
  { code: 'prosedur-permohonan', huruf: 'g', label: 'Informasi tentang prosedur memperoleh informasi publik' },
  { code: 'pengaduan', huruf: 'h', label: 'Informasi tentang tata cara pengaduan penyalahgunaan wewenang' },
  { code: 'pengadaan', huruf: 'i', label: 'Informasi tentang pengadaan barang dan jasa' },
  { code: 'ketenagakerjaan', huruf: 'j', label: 'Informasi tentang ketenagakerjaan' },
  { code: 'peringatan-dini', huruf: 'k', label: 'Informasi tentang prosedur peringatan dini dan evakuasi keadaan darurat' },
] as const;

export type RincianCode = (typeof RINCIAN)[number]['code'];
export const RINCIAN_CODES = RINCIAN.map((r) => r.code) as [RincianCode, ...RincianCode[]];
export const RincianSchema = z.enum(RINCIAN_CODES);

/** Looks up the official label of a rincian code. */
export function rincianOf(code: RincianCode) {
  return RINCIAN.find((r) => r.code === code)!;
}

export const KATEGORI = [
  { code: 'berkala', label: 'Informasi Berkala', pasal: 'UU 14/2008 Pasal 9' },
  { code: 'serta-merta', label: 'Informasi Serta Merta', pasal: 'UU 14/2008 Pasal 10' },
  { code: 'setiap-saat', label: 'Informasi Setiap Saat', pasal: 'UU 14/2008 Pasal 11' },
  { code: 'dikecualikan', label: 'Informasi yang Dikecualikan', pasal: 'UU 14/2008 Pasal 17' },
] as const;

export type KategoriCode = (typeof KATEGORI)[number]['code'];

/** The kategori listed in the Daftar Informasi Publik: exempt information (Pasal 17) has its own list, the DIK. */
export const DIP_KATEGORI = KATEGORI.filter((k) => k.code !== 'dikecualikan');
export const KategoriSchema = z.enum(KATEGORI.map((k) => k.code) as [KategoriCode, ...KategoriCode[]]);

/** Kinds of OPD; the compliance policy decides per kind which rincian are mandatory. */
export const JENIS_OPD = [
  { code: 'sekretariat', label: 'Sekretariat' },
  { code: 'inspektorat', label: 'Inspektorat' },
  { code: 'badan', label: 'Badan' },
  { code: 'dinas', label: 'Dinas' },
  { code: 'rsud', label: 'Rumah Sakit Umum Daerah' },
  { code: 'satpol-pp', label: 'Satuan Polisi Pamong Praja' },
  { code: 'kecamatan', label: 'Kecamatan' },
] as const;
export type JenisOpd = (typeof JENIS_OPD)[number]['code'];
export const JenisOpdSchema = z.enum(JENIS_OPD.map((j) => j.code) as [JenisOpd, ...JenisOpd[]]);
