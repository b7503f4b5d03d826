/** The content types, each with its schema: the one list that the loader, validator, site and CMS share. */
export * from './common.ts';
export * from './rincian.ts';
export * from './setiap-saat.ts';
export * from './pemda.ts';
export * from './opd.ts';
export * from './berita.ts';
export * from './informasi.ts';
export * from './dataset.ts';
export * from './dokumen.ts';
export * from './halaman.ts';
export * from './aplikasi.ts';
export * from './peta.ts';
export * from './indikator.ts';
export * from './layanan.ts';
export * from './permohonan.ts';
export * from './penetapan.ts';
