/**
 * `content/opd/<opd>/informasi/<slug>.md`: one entry of the Daftar Informasi Publik (DIP), or of the DIK
 * when `kategori: dikecualikan` (UU 14/2008 Pasal 17 and 19: the consequence test in `pengecualian` and the period in
 * `berlaku_hingga`; never content, never an attachment of the exempt information: see pengecualian.ts).
 */
import { z } from 'zod';
import { AttachmentRefSchema, EVEN_WITH_OTHER_ISSUES, field, LooseTextSchema, WibDateSchema } from './common.ts';
import { PengecualianSchema } from './pengecualian.ts';
import { KategoriSchema, RincianSchema, subrincianFor, subrincianOf, SubrincianSchema } from './rincian.ts';
import { SetiapSaatSchema } from './setiap-saat.ts';

export const LampiranSchema = z.strictObject({
  judul: field(z.string().min(3), 'Judul lampiran', 'Nama dokumen yang dilampirkan.'),
  berkas: field(AttachmentRefSchema, 'Berkas', 'Berkas di folder dokumen OPD (misalnya dokumen/lra-2025.pdf) atau tautan https.'),
});

export const BENTUK = ['softcopy', 'hardcopy', 'softcopy-hardcopy'] as const;

export const InformasiSchema = z
  .strictObject({
    judul: field(z.string().min(5).max(200), 'Judul informasi', 'Nama informasi seperti tercantum di DIP.'),
    kategori: field(KategoriSchema, 'Kategori', 'berkala, serta-merta, setiap-saat atau dikecualikan.'),
    rincian: field(RincianSchema.optional(), 'Rincian informasi berkala', 'Wajib untuk informasi berkala: salah satu dari 11 rincian Perki 1/2021 (a–k).'),
    subrincian: field(SubrincianSchema.optional(), 'Bagian rincian', 'Opsional, untuk rincian yang terdiri atas beberapa dokumen (a, d, f, g), misalnya neraca atau LRA pada laporan keuangan.'),
    setiap_saat: field(SetiapSaatSchema.optional(), 'Jenis informasi setiap saat', 'Wajib untuk informasi setiap saat: butir UU 14/2008 Pasal 11 atau Perki 1/2021, misalnya sk-ppid atau renstra-renja.'),
    ringkasan: field(z.string().min(10), 'Ringkasan isi informasi', 'Kolom DIP: ringkasan isi informasi.'),
    pejabat_penguasa: field(z.string().min(3), 'Pejabat/unit yang menguasai informasi', 'Kolom DIP, misalnya Bidang Anggaran.'),
    penanggung_jawab: field(z.string().min(3), 'Penanggung jawab pembuatan/penerbitan', 'Kolom DIP, misalnya Sekretaris Dinas.'),
    waktu_pembuatan: field(LooseTextSchema, 'Waktu pembuatan', 'Kolom DIP, misalnya 2025 atau Januari 2026.'),
    tempat_pembuatan: field(z.string().min(3), 'Tempat pembuatan', 'Kolom DIP, misalnya Demak.'),
    bentuk: field(z.enum(BENTUK), 'Bentuk informasi', 'softcopy, hardcopy atau softcopy-hardcopy.'),
    retensi: field(LooseTextSchema, 'Jangka waktu penyimpanan', 'Kolom DIP (retensi), misalnya 5 tahun.'),
    diperbarui: field(WibDateSchema, 'Diperbarui', 'Tanggal informasi terakhir diperbarui (informasi berkala basi setelah 6 bulan).'),
    lampiran: field(z.array(LampiranSchema).default([]), 'Lampiran', 'Dokumen pendukung; tidak boleh ada untuk informasi dikecualikan (penetapannya diunggah di Berkas penetapan).'),
    pengecualian: field(
      PengecualianSchema.optional(),
      'Uji konsekuensi (informasi dikecualikan)',
      'Wajib untuk informasi dikecualikan: dasar Pasal 17, alasan, konsekuensi bila dibuka, pertimbangan kepentingan publik dan penetapannya.',
    ),
    berlaku_hingga: field(WibDateSchema.optional(), 'Dikecualikan hingga', 'Wajib untuk informasi dikecualikan: hari terakhir pengecualian; sesudahnya ditinjau ulang dan diumumkan bila tidak diperpanjang.'),
  })
  .superRefine((entry, ctx) => {
    if (entry.kategori === 'berkala' && !entry.rincian) {
      ctx.addIssue({ code: 'custom', path: ['rincian'], message: 'informasi berkala wajib memilih `rincian` (salah satu dari 11 rincian a–k)' });
    }
    if (entry.kategori === 'setiap-saat' && !entry.setiap_saat) {
      ctx.addIssue({ code: 'custom', path: ['setiap_saat'], message: 'informasi setiap saat wajib memilih `setiap_saat` (butir UU 14/2008 Pasal 11 atau Perki 1/2021)', params: { rule: 'setiap-saat' } });
    }
    if (entry.kategori !== 'setiap-saat' && entry.setiap_saat) {
      ctx.addIssue({ code: 'custom', path: ['setiap_saat'], message: 'isian `setiap_saat` hanya untuk informasi dengan kategori setiap-saat; hapus baris ini atau ubah `kategori` menjadi setiap-saat', params: { rule: 'setiap-saat' } });
    }
    if (entry.subrincian && subrincianOf(entry.subrincian).rincian !== entry.rincian) {
      const allowed = entry.rincian ? subrincianFor(entry.rincian).map((x) => x.code) : [];
      ctx.addIssue({
        code: 'custom',
        path: ['subrincian'],
        message: `\`subrincian\` "${entry.subrincian}" bukan bagian dari rincian ${entry.rincian ? `"${entry.rincian}"` : 'yang dipilih'}; ${
          allowed.length > 0 ? `pilih salah satu: ${allowed.join(', ')}` : `"${entry.subrincian}" termasuk rincian "${subrincianOf(entry.subrincian).rincian}": perbaiki \`rincian\` atau hapus \`subrincian\``
        }`,
        params: { rule: 'subrincian' },
      });
    }
    if (entry.kategori !== 'dikecualikan') return;
    for (const key of ['pengecualian', 'berlaku_hingga'] as const) {
      if (entry[key] === undefined) {
        ctx.addIssue({ code: 'custom', path: [key], message: `informasi dikecualikan wajib mengisi \`${key}\`` });
      }
    }
    // Huruf j is "information a law forbids to disclose": which law must be named.
    // Partial data reaches this check (EVEN_WITH_OTHER_ISSUES): `pasal` may be anything an editor wrote.
    const pasal: unknown = entry.pengecualian?.pasal;
    if (Array.isArray(pasal) && pasal.includes('j') && !entry.pengecualian?.undang_undang) {
      ctx.addIssue({
        code: 'custom',
        path: ['pengecualian', 'undang_undang'],
        message: 'pengecualian berdasarkan Pasal 17 huruf j wajib menyebut undang-undang yang melarang informasi dibuka; tulis `undang_undang`, misalnya UU 24/2013 Pasal 79 ayat (1)',
      });
    }
    if ((entry.lampiran?.length ?? 0) > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['lampiran'],
        message: 'informasi dikecualikan tidak boleh memiliki lampiran; hapus `lampiran`: isi informasi yang dikecualikan tidak pernah diterbitkan. Surat penetapan atau lembar uji konsekuensi diunggah di `pengecualian.penetapan.berkas`',
        params: { rule: 'dikecualikan-lampiran' },
      });
    }
  }, EVEN_WITH_OTHER_ISSUES);

export type InformasiInput = z.input<typeof InformasiSchema>;
export type Informasi = z.output<typeof InformasiSchema>;
