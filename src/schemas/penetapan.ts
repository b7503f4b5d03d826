/**
 * The decrees adopting the Daftar Informasi Publik and the Daftar Informasi yang Dikecualikan, one per year and list
 * (`penetapan_dip` in `pemda.yaml` for the PPID Utama and in each OPD profile for its PPID Pelaksana). Both lists are
 * established by a decision of the public body and kept current (Perki 1/2021, Standar Layanan Informasi Publik;
 * UU 14/2008 Pasal 19 for the consequence test behind the exemptions), so the published list must say which decree
 * it corresponds to. Checked across files by src/validate/rules/penetapan.ts.
 */
import { z } from 'zod';
import { field, OpdFilePathSchema, WibDateSchema } from './common.ts';

/** What a decree adopts: the DIP, the DIK or both in one decree. */
export const MENETAPKAN = ['dip', 'dik', 'dip-dik'] as const;
export type Menetapkan = (typeof MENETAPKAN)[number];

export const PenetapanSchema = z.strictObject({
  tahun: field(z.number().int().min(2008).max(2100), 'Tahun', 'Tahun daftar yang ditetapkan, misalnya 2026.'),
  nomor: field(
    z.string().min(5).max(200),
    'Nomor keputusan',
    'Judul dan nomor keputusan, misalnya Keputusan Bupati Demak Nomor 480/123 Tahun 2026 atau SK PPID Pelaksana.',
  ),
  tanggal: field(WibDateSchema, 'Tanggal penetapan', 'Tanggal keputusan ditetapkan, dalam tahunnya atau akhir tahun sebelumnya (sejak 1 Oktober).'),
  berkas: field(
    OpdFilePathSchema,
    'Berkas keputusan',
    'PDF keputusan di folder dokumen/, relatif terhadap folder OPD (untuk pemda.yaml: folder OPD PPID Utama), misalnya dokumen/sk-dip-2026.pdf.',
  ),
  menetapkan: field(z.enum(MENETAPKAN).default('dip-dik'), 'Yang ditetapkan', 'dip, dik atau dip-dik (keduanya dalam satu keputusan); bawaan dip-dik.'),
});
export type PenetapanInput = z.input<typeof PenetapanSchema>;
export type Penetapan = z.output<typeof PenetapanSchema>;

/** `penetapan_dip`: the list of decrees, one per year and list; empty by default. */
export const PenetapanDipField = field(
  z.array(PenetapanSchema).default([]),
  'Penetapan DIP dan DIK',
  'Keputusan yang menetapkan Daftar Informasi Publik dan Daftar Informasi yang Dikecualikan, satu per tahun; jalankan `npm run dip:tetapkan` untuk membekukan daftarnya.',
);

/** Whether a decree adopts the given list. */
export function adopts(p: Pick<Penetapan, 'menetapkan'>, list: 'dip' | 'dik'): boolean {
  return p.menetapkan === list || p.menetapkan === 'dip-dik';
}

/** The decree of the newest year that adopts `list`, or undefined. */
export function latestPenetapan(all: readonly Penetapan[], list: 'dip' | 'dik'): Penetapan | undefined {
  return all.filter((p) => adopts(p, list)).sort((a, b) => b.tahun - a.tahun)[0];
}

/** The decree adopting `list` for `tahun`, or undefined. */
export function penetapanOf(all: readonly Penetapan[], list: 'dip' | 'dik', tahun: number): Penetapan | undefined {
  return all.find((p) => p.tahun === tahun && adopts(p, list));
}
