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
  // Huruf g covers more than the request itself: the right to information, objections (keberatan) and disputes (sengketa).
  { code: 'prosedur-permohonan', huruf: 'g', label: 'Informasi tentang hak dan tata cara memperoleh informasi publik, tata cara pengajuan keberatan dan proses penyelesaian sengketa informasi publik' },
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

/**
 * Sub-items of the rincian whose text lists them: the numbered points under rincian a (profile, with the officials'
 * wealth reports), d (financial report: budget plan and realisation, balance sheet, cash flow and notes, assets), f
 * (draft and enacted regulations) and g (request, objection, dispute). Points that name two documents are split so
 * each document can be its own entry; the codes are ours, not the regulation's numbering. Codes are unique across all
 * rincian, so `subrincian` alone says which rincian it belongs to. The other rincian list the contents of one
 * document (b: name, person in charge, targets, schedule, budget) rather than separate documents, so they have none.
 */
export const SUBRINCIAN = [
  { code: 'kedudukan-tugas-fungsi', rincian: 'profil', label: 'Kedudukan, alamat lengkap, maksud dan tujuan, tugas dan fungsi' },
  { code: 'struktur-organisasi', rincian: 'profil', label: 'Struktur organisasi' },
  { code: 'profil-pejabat', rincian: 'profil', label: 'Ringkasan profil pejabat struktural' },
  { code: 'lhkpn-lhkasn', rincian: 'profil', label: 'Laporan harta kekayaan pejabat (LHKPN/LHKASN) atau tautan pengumumannya' },
  { code: 'rencana-anggaran', rincian: 'laporan-keuangan', label: 'Rencana anggaran (RKA/DPA)' },
  { code: 'lra', rincian: 'laporan-keuangan', label: 'Laporan realisasi anggaran (LRA)' },
  { code: 'neraca', rincian: 'laporan-keuangan', label: 'Neraca' },
  { code: 'laporan-arus-kas', rincian: 'laporan-keuangan', label: 'Laporan arus kas' },
  { code: 'calk', rincian: 'laporan-keuangan', label: 'Catatan atas laporan keuangan (CaLK)' },
  { code: 'daftar-aset', rincian: 'laporan-keuangan', label: 'Daftar aset dan investasi' },
  { code: 'rancangan-regulasi', rincian: 'regulasi', label: 'Daftar rancangan peraturan, keputusan dan/atau kebijakan yang sedang dibuat beserta tahapnya' },
  { code: 'regulasi-ditetapkan', rincian: 'regulasi', label: 'Daftar peraturan, keputusan dan/atau kebijakan yang telah ditetapkan' },
  { code: 'tata-cara-permohonan', rincian: 'prosedur-permohonan', label: 'Hak dan tata cara memperoleh informasi publik' },
  { code: 'tata-cara-keberatan', rincian: 'prosedur-permohonan', label: 'Tata cara pengajuan keberatan' },
  { code: 'penyelesaian-sengketa', rincian: 'prosedur-permohonan', label: 'Proses penyelesaian sengketa informasi publik' },
] as const satisfies readonly { code: string; rincian: RincianCode; label: string }[];

export type SubrincianCode = (typeof SUBRINCIAN)[number]['code'];
export const SubrincianSchema = z.enum(SUBRINCIAN.map((s) => s.code) as [SubrincianCode, ...SubrincianCode[]]);

/** Looks up a sub-item by its code. */
export function subrincianOf(code: SubrincianCode): (typeof SUBRINCIAN)[number] {
  return SUBRINCIAN.find((s) => s.code === code)!;
}

/** The sub-items a rincian allows (none for most). */
export function subrincianFor(rincian: RincianCode): (typeof SUBRINCIAN)[number][] {
  return SUBRINCIAN.filter((s) => s.rincian === rincian);
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
