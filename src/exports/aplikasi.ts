/**
 * The application inventory (SPBE, Perpres 95/2018) as open data: one typed column map for /aplikasi/aplikasi.csv and
 * /aplikasi/aplikasi.json, one row per system, OPDs by name and systems by name as on /aplikasi/.
 */
import type { Entry, OpdEntry } from '../content/model.ts';
import { t } from '../i18n/id.ts';
import { absoluteUrl, urls } from '../lib/urls.ts';
import { wibDateString } from '../lib/wib.ts';
import type { Aplikasi } from '../schemas/index.ts';
import type { SiteModel } from '../site/model.ts';
import { toCsv } from './csv.ts';

export interface AplikasiRow {
  opd: OpdEntry;
  entry: Entry<Aplikasi>;
}

interface AplikasiColumn {
  key: string;
  header: string;
  value: (row: AplikasiRow, site: string) => string;
}

/** Lists in one cell are joined with "; " (a comma would read as a column break in a careless import). */
const list = (items: readonly string[]) => items.join('; ');

export const APLIKASI_COLUMNS = [
  { key: 'opd', header: 'Kode OPD', value: (r) => r.opd.opd },
  { key: 'opd_nama', header: 'Nama OPD', value: (r) => r.opd.data.nama },
  { key: 'nama', header: 'Nama aplikasi', value: (r) => r.entry.data.nama },
  { key: 'kepanjangan', header: 'Kepanjangan', value: (r) => r.entry.data.kepanjangan ?? '' },
  { key: 'fungsi', header: 'Fungsi', value: (r) => r.entry.data.fungsi },
  { key: 'url', header: 'Alamat web', value: (r) => r.entry.data.url ?? '' },
  { key: 'unit_pemilik', header: 'Unit pemilik', value: (r) => r.entry.data.unit_pemilik },
  { key: 'status', header: 'Status', value: (r) => r.entry.data.status },
  { key: 'jenis', header: 'Jenis', value: (r) => r.entry.data.jenis },
  { key: 'pengelola_pusat', header: 'Pengelola pusat', value: (r) => r.entry.data.pengelola_pusat ?? '' },
  { key: 'data', header: 'Data yang dikelola', value: (r) => list(r.entry.data.data) },
  { key: 'integrasi', header: 'Integrasi ke portal', value: (r) => r.entry.data.integrasi },
  { key: 'dataset', header: 'Dataset yang diisi', value: (r) => list(r.entry.data.dataset) },
  { key: 'kontak', header: 'Kontak (jabatan)', value: (r) => r.entry.data.kontak },
  { key: 'diperbarui', header: 'Diperbarui', value: (r) => wibDateString(r.entry.data.diperbarui) },
  { key: 'halaman', header: 'Alamat halaman', value: (r, site) => absoluteUrl(urls.aplikasi(r.entry.opd, r.entry.slug), site) },
] as const satisfies readonly AplikasiColumn[];

export type AplikasiKey = (typeof APLIKASI_COLUMNS)[number]['key'];

/** Every system of an OPD with a published profile, OPDs by name, systems by name. */
export function aplikasiRows(site: SiteModel): AplikasiRow[] {
  const order = new Map(site.opdList.map((opd, i) => [opd.opd, i]));
  return site.aplikasi
    .filter((entry) => order.has(entry.opd))
    .sort((a, b) => order.get(a.opd)! - order.get(b.opd)! || a.data.nama.localeCompare(b.data.nama, 'id') || a.slug.localeCompare(b.slug))
    .map((entry) => ({ opd: site.opds.get(entry.opd)!, entry }));
}

/** The newest `diperbarui` of the inventory (undefined when it is empty): the date of the whole list. */
export function aplikasiNewest(rows: readonly AplikasiRow[]): Date | undefined {
  return rows.reduce<Date | undefined>((max, r) => (!max || r.entry.data.diperbarui > max ? r.entry.data.diperbarui : max), undefined);
}

/** The CSV download, formula-safe (src/exports/csv.ts), with the byte order mark Excel needs to read UTF-8. */
export function aplikasiCsv(rows: readonly AplikasiRow[], site: string): string {
  return `\uFEFF${toCsv(APLIKASI_COLUMNS.map((c) => c.header), rows.map((row) => APLIKASI_COLUMNS.map((c) => c.value(row, site))))}`;
}

/** The JSON download: the column dictionary and one object per system keyed by column key. */
export function aplikasiJson(rows: readonly AplikasiRow[], site: string, pemdaNama: string) {
  const newest = aplikasiNewest(rows);
  return {
    judul: t('opendata.aplikasiTitle', { pemda: pemdaNama }),
    diperbarui: newest ? wibDateString(newest) : null,
    kolom: APLIKASI_COLUMNS.map((c) => ({ key: c.key, judul: c.header })),
    data: rows.map((row) => Object.fromEntries(APLIKASI_COLUMNS.map((c) => [c.key, c.value(row, site)])) as Record<AplikasiKey, string>),
  };
}
