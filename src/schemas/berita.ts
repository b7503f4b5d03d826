/** `content/opd/<opd>/berita/<yyyy-mm-dd>-<slug>.md`: a news article. */
import { z } from 'zod';
import { EVEN_WITH_OTHER_ISSUES, field, OpdFilePathSchema, WibDateSchema } from './common.ts';

export const BeritaSchema = z
  .strictObject({
    judul: field(z.string().min(10).max(160), 'Judul', 'Judul berita, 10–160 karakter.'),
    tanggal: field(WibDateSchema, 'Tanggal', 'Tanggal dan jam terbit (WIB), misalnya 2026-11-20 09:30.'),
    ringkasan: field(z.string().min(20).max(300), 'Ringkasan', 'Satu atau dua kalimat (maks. 300 karakter) untuk daftar, RSS dan pencarian.'),
    gambar: field(OpdFilePathSchema.optional(), 'Gambar', 'Foto utama, disimpan di folder dokumen OPD (jpg, png, webp).'),
    gambar_alt: field(z.string().min(5).optional(), 'Teks alternatif gambar', 'Gambaran isi foto untuk pembaca tunanetra; wajib bila ada gambar.'),
    tag: field(z.array(z.string().regex(/^[a-z0-9 -]+$/)).default([]), 'Tag', 'Kata kunci huruf kecil, misalnya banjir, pelatihan.'),
  })
  .refine((b) => !b.gambar || !!b.gambar_alt, {
    message: 'berita dengan gambar wajib mengisi `gambar_alt` (teks alternatif)',
    path: ['gambar_alt'],
    ...EVEN_WITH_OTHER_ISSUES,
  });

export type BeritaInput = z.input<typeof BeritaSchema>;
export type Berita = z.output<typeof BeritaSchema>;
