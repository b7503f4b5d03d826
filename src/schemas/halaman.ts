/** `content/halaman/<slug>.md`: a regency-wide page (tentang PPID, maklumat, ...). */
import { z } from 'zod';
import { field, WibDateSchema } from './common.ts';

export const HalamanSchema = z.strictObject({
  judul: field(z.string().min(3).max(120), 'Judul halaman', 'Judul yang tampil di menu dan di halaman.'),
  ringkasan: field(z.string().optional(), 'Ringkasan', 'Deskripsi singkat untuk mesin pencari.'),
  urutan: field(z.number().int().default(50), 'Urutan', 'Urutan di menu, angka kecil lebih dulu.'),
  diperbarui: field(WibDateSchema.optional(), 'Diperbarui', 'Tanggal halaman terakhir diperbarui.'),
});

export type HalamanInput = z.input<typeof HalamanSchema>;
export type Halaman = z.output<typeof HalamanSchema>;
