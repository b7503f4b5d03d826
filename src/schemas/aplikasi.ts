/**
 * `content/opd/<opd>/aplikasi/<slug>.yaml`: one information system of the OPD (the application inventory of
 * Perpres 95/2018 tentang Sistem Pemerintahan Berbasis Elektronik), and how it joins the portal: by harvest of a
 * dataset contract, by manual upload, or not yet. A contact is a role or an office channel, never a person's own number.
 */
import { z } from 'zod';
import { EVEN_WITH_OTHER_ISSUES, field, SlugSchema, WibDateSchema } from './common.ts';

export const STATUS_APLIKASI = ['aktif', 'dalam-pengembangan', 'tidak-aktif'] as const;
export type StatusAplikasi = (typeof STATUS_APLIKASI)[number];

/** `nasional`: a central-government system the regency uses (SIPD, SIASN, Dapodik); `daerah`: built by the regency. */
export const JENIS_APLIKASI = ['nasional', 'daerah'] as const;

/** How the system's data reaches the portal: harvested from its export, uploaded by hand, or not yet. */
export const INTEGRASI = ['panen', 'unggah-manual', 'belum'] as const;
export type Integrasi = (typeof INTEGRASI)[number];

/** http or https: many regency systems still run on plain http, and some only inside the network. */
const WebUrlSchema = z.string().regex(/^https?:\/\/[^\s/]+[^\s]*$/, { message: 'alamat harus diawali `https://` atau `http://`' });

export const AplikasiSchema = z
  .strictObject({
    nama: field(z.string().min(2).max(120), 'Nama aplikasi', 'Nama yang dipakai sehari-hari, misalnya SIPD atau SIPARTALI.'),
    kepanjangan: field(z.string().min(3).max(200).optional(), 'Kepanjangan', 'Nama lengkap, misalnya Sistem Informasi Pemerintahan Daerah.'),
    fungsi: field(z.string().min(10).max(600), 'Fungsi', 'Untuk apa aplikasi dipakai, dalam satu atau dua kalimat.'),
    url: field(WebUrlSchema.optional(), 'Alamat web', 'Alamat aplikasi bila dapat dibuka publik; kosongkan untuk aplikasi internal.'),
    unit_pemilik: field(z.string().min(3).max(160), 'Unit pemilik', 'Bidang atau bagian yang mengelola aplikasi, misalnya Bidang Pelayanan Kesehatan.'),
    status: field(z.enum(STATUS_APLIKASI), 'Status', 'aktif, dalam-pengembangan atau tidak-aktif.'),
    jenis: field(z.enum(JENIS_APLIKASI), 'Jenis', 'nasional (aplikasi pemerintah pusat yang dipakai daerah) atau daerah (dibangun Pemkab).'),
    pengelola_pusat: field(z.string().min(2).max(120).optional(), 'Pengelola pusat', 'Untuk aplikasi nasional: kementerian atau lembaga pemiliknya, misalnya Kemendagri.'),
    data: field(z.array(z.string().min(2).max(160)).min(1), 'Data yang dikelola', 'Jenis data di dalam aplikasi, misalnya data kunjungan puskesmas.'),
    integrasi: field(z.enum(INTEGRASI), 'Integrasi ke portal', 'panen (data diambil otomatis), unggah-manual (editor mengunggah data) atau belum.'),
    dataset: field(z.array(SlugSchema).default([]), 'Dataset yang diisi', 'Dataset OPD ini yang datanya berasal dari aplikasi ini: nama berkasnya di folder data/ tanpa .yaml.'),
    kontak: field(z.string().min(3).max(160), 'Kontak (jabatan)', 'Jabatan atau kanal resmi yang dapat dihubungi, misalnya Admin SIMPUS Dinkes; jangan nomor HP pribadi.'),
    diperbarui: field(WibDateSchema, 'Diperbarui', 'Tanggal data aplikasi ini terakhir diperiksa.'),
  })
  .refine((a) => a.integrasi === 'belum' || (a.dataset ?? []).length > 0, {
    message: 'aplikasi yang terhubung (`panen` atau `unggah-manual`) harus menyebut dataset yang diisinya di `dataset`',
    path: ['dataset'],
    ...EVEN_WITH_OTHER_ISSUES,
  });

export type AplikasiInput = z.input<typeof AplikasiSchema>;
export type Aplikasi = z.output<typeof AplikasiSchema>;
