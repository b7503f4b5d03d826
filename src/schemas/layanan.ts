/**
 * The request-register settings of `pemda.yaml` (`layanan.format_nomor`, `layanan.libur`): how register numbers are
 * written, and the yearly corrections of the working-day calendar (cuti bersama of the SKB 3 Menteri, holidays the
 * national list names wrongly). Used by src/layanan/ and the register check (docs/layanan.md).
 */
import { z } from 'zod';
import { wibDateString } from '../lib/wib.ts';
import { field, WibDateSchema } from './common.ts';

/** The default register number: `001/PPID-DINKES/XI/2026`. */
export const DEFAULT_FORMAT_NOMOR = '{urut}/PPID-{opd}/{bulan}/{tahun}';

/** A day of the WIB calendar, `YYYY-MM-DD`. */
const TanggalSchema = WibDateSchema.transform((date) => wibDateString(date));

/** Corrections of one year to the national holidays of date-holidays (src/layanan/hari-kerja.ts). */
export const LiburTahunSchema = z.strictObject({
  tambah: field(
    z.array(z.strictObject({
      tanggal: field(TanggalSchema, 'Tanggal', 'Hari libur atau cuti bersama, misalnya 2026-12-24.'),
      nama: field(z.string().min(3).max(120), 'Nama', 'Misalnya Cuti bersama Natal.'),
    })).default([]),
    'Hari libur tambahan',
    'Cuti bersama (SKB 3 Menteri) dan hari libur yang tidak ada atau salah nama di daftar libur nasional bawaan.',
  ),
  hapus: field(z.array(TanggalSchema).default([]), 'Bukan hari libur', 'Tanggal yang di daftar bawaan tercatat libur tetapi ternyata hari kerja.'),
});
export type LiburTahun = z.output<typeof LiburTahunSchema>;

/** `layanan.format_nomor`: placeholders `{urut}`, `{opd}`, `{bulan}`, `{tahun}`; the first three are needed for unique numbers. */
export const FormatNomorField = field(
  z.string()
    .refine((f) => ['{urut}', '{opd}', '{tahun}'].every((p) => f.includes(p)), { message: 'format nomor harus memuat {urut}, {opd} dan {tahun}' })
    .default(DEFAULT_FORMAT_NOMOR),
  'Format nomor register',
  '{urut}: nomor urut tiga angka per OPD per tahun; {opd}: slug OPD dengan huruf besar; {bulan}: bulan diterima dalam angka Romawi; {tahun}: tahun diterima.',
);

/** `layanan.libur`: per year (`"2026"`), the days to add to or remove from the national holidays. */
export const LiburField = field(
  z.record(z.string().regex(/^\d{4}$/, { message: 'kunci berupa tahun, misalnya 2026' }), LiburTahunSchema).default({}),
  'Koreksi hari libur per tahun',
  'Cuti bersama dan koreksi hari libur nasional per tahun: dasar penghitungan hari kerja untuk batas waktu layanan.',
);
