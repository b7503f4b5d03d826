/** `content/opd/<opd>/profil.md`: the OPD profile (body: tugas dan fungsi). */
import { z } from 'zod';
import { EVEN_WITH_OTHER_ISSUES, EmailSchema, field, HttpsUrlSchema, KodePosSchema, KodeWilayahSchema, TeleponSchema, WibDateSchema } from './common.ts';
import { PenetapanDipField } from './penetapan.ts';
import { JenisOpdSchema } from './rincian.ts';

const PejabatSchema = z.strictObject({
  nama: field(z.string().min(3), 'Nama', 'Nama lengkap dengan gelar.'),
  jabatan: field(z.string().min(3), 'Jabatan', 'Nama jabatan, misalnya Kepala Bidang Informasi.'),
  nip: field(z.string().regex(/^\d{8} ?\d{6} ?\d ?\d{3}$/, { message: 'NIP terdiri dari 18 angka' }).optional(), 'NIP', 'Nomor Induk Pegawai (18 angka), boleh dikosongkan.'),
});

export const OpdSchema = z
  .strictObject({
    nama: field(z.string().min(5), 'Nama OPD', 'Nama resmi lengkap, misalnya Dinas Komunikasi dan Informatika.'),
    singkatan: field(z.string().min(2).max(30), 'Singkatan', 'Nama singkat, misalnya Dinkominfo.'),
    jenis: field(JenisOpdSchema, 'Jenis OPD', 'sekretariat, inspektorat, badan, dinas, rsud, satpol-pp atau kecamatan.'),
    kode_wilayah: field(KodeWilayahSchema.optional(), 'Kode wilayah', 'Khusus kecamatan: kode Kemendagri, misalnya 33.21.01.'),
    alamat: field(z.string().min(10), 'Alamat kantor', 'Alamat lengkap kantor (jalan, nomor, desa/kelurahan).'),
    kode_pos: field(KodePosSchema, 'Kode pos', 'Lima angka, misalnya 59511.'),
    telepon: field(z.array(TeleponSchema).min(1), 'Telepon resmi', 'Nomor telepon kantor atau WhatsApp resmi; nomor di sini tidak dianggap data pribadi.'),
    email: field(EmailSchema, 'E-mail resmi', 'Alamat e-mail dinas, misalnya diskominfo@demakkab.go.id.'),
    situs: field(HttpsUrlSchema.optional(), 'Situs web', 'Alamat situs OPD, bila ada.'),
    kepala: field(PejabatSchema, 'Kepala OPD', 'Nama, jabatan dan NIP pimpinan OPD.'),
    pejabat: field(z.array(PejabatSchema).min(1), 'Pejabat struktural', 'Pejabat hingga dua tingkat di bawah pimpinan.'),
    ppid_pelaksana: field(
      z.strictObject({
        nama: field(z.string().min(3), 'Nama', 'Nama pejabat PPID Pelaksana.'),
        jabatan: field(z.string().min(3), 'Jabatan', 'Jabatan PPID Pelaksana.'),
        telepon: field(TeleponSchema.optional(), 'Telepon', 'Telepon layanan informasi.'),
        email: field(EmailSchema.optional(), 'E-mail', 'E-mail layanan informasi.'),
      }),
      'PPID Pelaksana',
      'Pejabat yang melayani permohonan informasi di OPD ini.',
    ),
    editor: field(z.array(z.string().regex(/^[\w.-]+$/)).default([]), 'Editor', 'Nama pengguna git yang boleh mengubah folder OPD ini.'),
    diperbarui: field(WibDateSchema, 'Diperbarui', 'Tanggal profil terakhir diperiksa.'),
    /** Decrees of the PPID Pelaksana adopting this OPD's DIP and DIK (src/schemas/penetapan.ts). */
    penetapan_dip: PenetapanDipField,
  })
  .refine((o) => o.jenis !== 'kecamatan' || o.kode_wilayah !== undefined, {
    message: 'profil kecamatan wajib mencantumkan `kode_wilayah`, misalnya `33.21.01`',
    path: ['kode_wilayah'],
    ...EVEN_WITH_OTHER_ISSUES,
  });

export type OpdInput = z.input<typeof OpdSchema>;
export type Opd = z.output<typeof OpdSchema>;
