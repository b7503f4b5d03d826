/** The registered content types of the portal (one entry each; see ./define.ts for what an entry holds). */
import { urls } from '../../lib/urls.ts';
import { AplikasiSchema, BeritaSchema, DatasetSchema, DokumenSchema, HalamanSchema, IndikatorSchema, InformasiSchema, LaporanLayananSchema, OpdSchema, PemdaSchema, PermohonanSchema } from '../../schemas/index.ts';
import { defineContentType } from './define.ts';

/** Attachments written as `https://` links live elsewhere and are not files of the OPD folder. */
const local = (paths: (string | undefined)[]) => paths.filter((p): p is string => !!p && !/^https:\/\//.test(p));

export const pemda = defineContentType({
  kind: 'pemda', location: { scope: 'regency', file: 'content/pemda.yaml' }, format: 'yaml', schema: PemdaSchema,
  page: false, upload: false, cms: false,
});

/**
 * The headline indicators of /dasbor/, computed from published datasets. One regency-wide file kept by the portal
 * admins; the dashboard is a page of the regency, not of an entry, so the type has no page of its own.
 */
export const indikator = defineContentType({
  kind: 'indikator', location: { scope: 'regency', file: 'content/indikator.yaml' }, format: 'yaml', schema: IndikatorSchema,
  page: false, upload: false, cms: false,
});

export const halaman = defineContentType({
  kind: 'halaman', location: { scope: 'regency', folder: 'halaman', extensions: ['md'] }, format: 'markdown', schema: HalamanSchema,
  date: (d) => d.diperbarui, page: (_opd, slug) => urls.halaman(slug), upload: false, cms: false,
});

export const profil = defineContentType({
  kind: 'profil', location: { scope: 'opd', file: 'profil.md' }, format: 'markdown', schema: OpdSchema,
  date: (d) => d.diperbarui, page: (opd) => urls.opd(opd), upload: false, cms: true,
});

export const berita = defineContentType({
  kind: 'berita', location: { scope: 'opd', folder: 'berita', extensions: ['md'] }, format: 'markdown', schema: BeritaSchema,
  date: (d) => d.tanggal, files: (d) => local([d.gambar]), page: urls.berita, upload: true, cms: true,
});

export const informasi = defineContentType({
  kind: 'informasi', location: { scope: 'opd', folder: 'informasi', extensions: ['md'] }, format: 'markdown', schema: InformasiSchema,
  date: (d) => d.diperbarui, files: (d) => local([...d.lampiran.map((l) => l.berkas), d.pengecualian?.penetapan.berkas]), page: urls.informasi, upload: true, cms: true,
});

export const dataset = defineContentType({
  kind: 'dataset', section: 'data', location: { scope: 'opd', folder: 'data', extensions: ['yaml', 'yml'] }, format: 'yaml', schema: DatasetSchema,
  date: (d) => d.diperbarui, files: (_d, slug) => [datasetCsvPath(slug)], page: urls.dataset, upload: true, cms: true,
});

export const dokumen = defineContentType({
  kind: 'dokumen', location: { scope: 'opd', folder: 'dokumen', extensions: ['md'] }, format: 'markdown', schema: DokumenSchema,
  date: (d) => d.tanggal, files: (d) => local([d.berkas]), page: urls.dokumen, upload: true, cms: true,
});

/**
 * An information system of the OPD (the SPBE application inventory). Its page is its row on /aplikasi/; keeping the
 * inventory current is not a weekly upload of public information (UU 14/2008 Pasal 9), so it never counts as one.
 */
export const aplikasi = defineContentType({
  kind: 'aplikasi', location: { scope: 'opd', folder: 'aplikasi', extensions: ['yaml', 'yml'] }, format: 'yaml', schema: AplikasiSchema,
  date: (d) => d.diperbarui, page: urls.aplikasi, upload: false, cms: true,
});

/**
 * One entry of the OPD's request register (UU 14/2008 Pasal 22). Its page is its row on the OPD's tracking list; the
 * register records service work, not the publication of information, so it is never a weekly upload (Pasal 9).
 */
export const permohonan = defineContentType({
  kind: 'permohonan', location: { scope: 'opd', folder: 'permohonan', extensions: ['yaml', 'yml'] }, format: 'yaml', schema: PermohonanSchema,
  date: (d) => d.diterima, page: urls.lacakEntry, upload: false, cms: true,
});

/**
 * What the PPID writes into its annual service report (Perki 1/2021 Pasal 56): policy, constraints, follow-up. The
 * figures come from the register; the page is the report of that year (`layanan/laporan-<tahun>.md`).
 */
export const laporanLayanan = defineContentType({
  kind: 'laporan-layanan', location: { scope: 'opd', folder: 'layanan', extensions: ['md'] }, format: 'markdown', schema: LaporanLayananSchema,
  date: (d) => d.disahkan, page: (opd, slug) => urls.laporanLayananOpd(slug.replace(/^laporan-/, ''), opd), upload: false, cms: true,
});

/** The CSV of a dataset, relative to its OPD folder: the one definition of where a dataset's data lives. */
export function datasetCsvPath(slug: string): string {
  return `data/${slug}.csv`;
}
