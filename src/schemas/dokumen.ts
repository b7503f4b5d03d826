/** `content/opd/<opd>/dokumen/<slug>.md`: a published document (the file sits next to it). */
import { z } from 'zod';
import { field, OpdFilePathSchema, WibDateSchema } from './common.ts';

export const DokumenSchema = z.strictObject({
  judul: field(z.string().min(5).max(200), 'Judul dokumen', 'Nama dokumen, misalnya Formulir Permohonan Informasi.'),
  tanggal: field(WibDateSchema, 'Tanggal', 'Tanggal dokumen diterbitkan.'),
  berkas: field(OpdFilePathSchema, 'Berkas', 'Berkas di folder dokumen OPD, misalnya dokumen/formulir-permohonan.pdf.'),
  ringkasan: field(z.string().optional(), 'Ringkasan', 'Penjelasan singkat isi dokumen.'),
});

export type DokumenInput = z.input<typeof DokumenSchema>;
export type Dokumen = z.output<typeof DokumenSchema>;
