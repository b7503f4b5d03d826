/** `content/opd/<opd>/berita/<yyyy-mm-dd>-<slug>.md`: a news article. */
import { z } from 'zod';
import { EVEN_WITH_OTHER_ISSUES, field, OpdFilePathSchema, WibDateSchema } from './common.ts';

/**
 * Where an imported article came from (`npm run import:wordpress`, docs/impor-wordpress.md). The old site may
 * still be http-only, so http is accepted here although links in content must be https. The keys are optional
 * one by one and `url` is required by the object instead: Decap validates the required fields of an object
 * widget even when the object is absent, which would refuse every new berita written in the CMS.
 */
export const AsalImporSchema = z
  .strictObject({
    url: field(z.string().regex(/^https?:\/\/\S+$/, { message: 'alamat asal harus diawali `https://` atau `http://`' }).optional(), 'URL asal', 'Alamat berita di situs lama (diisi oleh impor).'),
    diimpor: field(WibDateSchema.optional(), 'Diimpor', 'Tanggal dan jam berita diimpor (WIB).'),
    sidik: field(z.string().regex(/^[0-9a-f]{64}$/, { message: 'sidik berisi 64 karakter heksadesimal' }).optional(), 'Sidik impor', 'Diisi otomatis: mengenali berkas yang belum diubah sejak diimpor. Jangan diubah.'),
  })
  .refine((a) => a.url !== undefined, {
    message: 'URL asal wajib diisi bila ada `asal`; isian `asal` hanya diisi oleh impor WordPress: hapus seluruh `asal` bila berita ini tidak diimpor',
    path: ['url'],
  });

export const BeritaSchema = z
  .strictObject({
    judul: field(z.string().min(10).max(160), 'Judul', 'Judul berita, 10–160 karakter.'),
    tanggal: field(WibDateSchema, 'Tanggal', 'Tanggal dan jam terbit (WIB), misalnya 2026-11-20 09:30.'),
    ringkasan: field(z.string().min(20).max(300), 'Ringkasan', 'Satu atau dua kalimat (maks. 300 karakter) untuk daftar, RSS dan pencarian.'),
    gambar: field(OpdFilePathSchema.optional(), 'Gambar', 'Foto utama, disimpan di folder dokumen OPD (jpg, png, webp).'),
    gambar_alt: field(z.string().min(5).optional(), 'Teks alternatif gambar', 'Gambaran isi foto untuk pembaca tunanetra; wajib bila ada gambar.'),
    tag: field(z.array(z.string().regex(/^[a-z0-9 -]+$/)).default([]), 'Tag', 'Kata kunci huruf kecil, misalnya banjir, pelatihan.'),
    asal: field(AsalImporSchema.optional(), 'Asal impor', 'Diisi otomatis untuk berita yang diimpor dari situs lama; kosong untuk berita baru.'),
  })
  .refine((b) => !b.gambar || !!b.gambar_alt, {
    message: 'berita dengan gambar wajib mengisi `gambar_alt` (teks alternatif)',
    path: ['gambar_alt'],
    ...EVEN_WITH_OTHER_ISSUES,
  });

export type BeritaInput = z.input<typeof BeritaSchema>;
export type Berita = z.output<typeof BeritaSchema>;
