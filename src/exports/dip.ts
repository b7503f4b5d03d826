/**
 * The Daftar Informasi Publik (DIP) as one typed column map: the HTML table (one page per OPD), the CSV
 * and the JSON downloads all read DIP_COLUMNS, so a column cannot be renamed or reordered in one place only.
 * Column order follows the Lampiran of Perki 1/2021 (No, ringkasan isi, pejabat penguasa, penanggung jawab,
 * waktu dan tempat, bentuk, retensi) plus the usual "jenis informasi". Rows are grouped by rincian (berkala) and by
 * item of UU 14/2008 Pasal 11 / Perki 1/2021 (setiap saat); the downloads also carry the berkala sub-item and the
 * setiap-saat item with its legal reference.
 */
import type { Entry, OpdEntry } from '../content/model.ts';
import { absoluteUrl, urls } from '../lib/urls.ts';
import { dipAdoptionOf, dipEntryKey, type DipAdoption } from '../penetapan/adoption.ts';
import { wibDateString } from '../lib/wib.ts';
import { KATEGORI, RINCIAN, SETIAP_SAAT, subrincianOf, type BENTUK, type Informasi, type KategoriCode } from '../schemas/index.ts';
import type { SiteModel } from '../site/model.ts';

export interface DipRow {
  /** Number within the OPD's list (the DIP is adopted per public body). */
  no: number;
  opd: OpdEntry;
  entry: Entry<Informasi>;
  /** Group heading: the rincian of berkala items, the item of setiap-saat ones, or the category. */
  group: { key: string; label: string };
  /** The decree adopting the list this row belongs to (src/penetapan/adoption.ts), if any. */
  penetapan?: DipAdoption['dip'];
  /** True when the entry is not in the frozen list of that decree; undefined when there is no frozen list to compare. */
  setelahPenetapan?: boolean;
}

export interface DipColumn {
  key: string;
  header: string;
  /** Shown in the HTML table (the downloads carry every column). */
  inTable: boolean;
  value: (row: DipRow, site: string) => string | number;
}

export const BENTUK_LABEL: Record<(typeof BENTUK)[number], string> = {
  softcopy: 'Softcopy',
  hardcopy: 'Hardcopy',
  'softcopy-hardcopy': 'Softcopy dan hardcopy',
};

export function kategoriLabel(code: KategoriCode): string {
  return KATEGORI.find((k) => k.code === code)!.label;
}

/** The setiap-saat item of an entry with its legal reference, or '' (other categories). */
function setiapSaatText(entry: Informasi): string {
  const item = entry.kategori === 'setiap-saat' ? SETIAP_SAAT.find((s) => s.code === entry.setiap_saat) : undefined;
  return item ? `${item.label} (${item.dasar})` : '';
}

export const DIP_COLUMNS = [
  { key: 'no', header: 'No', inTable: true, value: (r) => r.no },
  { key: 'opd', header: 'Kode OPD', inTable: false, value: (r) => r.opd.opd },
  { key: 'opd_nama', header: 'Nama OPD', inTable: false, value: (r) => r.opd.data.nama },
  { key: 'rincian', header: 'Rincian informasi', inTable: false, value: (r) => (r.entry.data.kategori === 'berkala' ? r.group.label : '') },
  { key: 'subrincian', header: 'Bagian rincian', inTable: false, value: (r) => (r.entry.data.subrincian ? subrincianOf(r.entry.data.subrincian).label : '') },
  { key: 'setiap_saat', header: 'Jenis informasi setiap saat', inTable: false, value: (r) => setiapSaatText(r.entry.data) },
  { key: 'judul', header: 'Judul informasi', inTable: false, value: (r) => r.entry.data.judul },
  { key: 'ringkasan', header: 'Ringkasan isi informasi', inTable: true, value: (r) => r.entry.data.ringkasan },
  { key: 'pejabat_penguasa', header: 'Pejabat/unit yang menguasai informasi', inTable: true, value: (r) => r.entry.data.pejabat_penguasa },
  { key: 'penanggung_jawab', header: 'Penanggung jawab pembuatan/penerbitan informasi', inTable: true, value: (r) => r.entry.data.penanggung_jawab },
  { key: 'waktu_tempat', header: 'Waktu dan tempat pembuatan informasi', inTable: true, value: (r) => `${r.entry.data.waktu_pembuatan}, ${r.entry.data.tempat_pembuatan}` },
  { key: 'bentuk', header: 'Bentuk informasi', inTable: true, value: (r) => BENTUK_LABEL[r.entry.data.bentuk] },
  { key: 'retensi', header: 'Jangka waktu penyimpanan', inTable: true, value: (r) => r.entry.data.retensi },
  { key: 'jenis', header: 'Jenis informasi', inTable: true, value: (r) => kategoriLabel(r.entry.data.kategori) },
  { key: 'diperbarui', header: 'Diperbarui', inTable: false, value: (r) => wibDateString(r.entry.data.diperbarui) },
  // Per row rather than a comment line above the header, which would break CSV parsers.
  { key: 'penetapan_nomor', header: 'Ditetapkan dengan', inTable: false, value: (r) => r.penetapan?.nomor ?? '' },
  { key: 'penetapan_tanggal', header: 'Tanggal penetapan', inTable: false, value: (r) => (r.penetapan ? wibDateString(r.penetapan.tanggal) : '') },
  { key: 'setelah_penetapan', header: 'Ditambahkan setelah penetapan', inTable: false, value: (r) => (r.setelahPenetapan === undefined ? '' : r.setelahPenetapan ? 'ya' : 'tidak') },
  { key: 'url', header: 'Alamat halaman', inTable: false, value: (r, site) => absoluteUrl(urls.informasi(r.entry.opd, r.entry.slug), site) },
] as const satisfies readonly DipColumn[];

export type DipKey = (typeof DIP_COLUMNS)[number]['key'];

/**
 * Sort key of an entry inside an OPD's DIP: berkala by rincian a–k, then serta-merta, then setiap-saat by item in
 * the order of UU 14/2008 Pasal 11 (then Perki 1/2021); within a group the rows sort by title.
 */
function groupOf(entry: Informasi): { key: string; label: string; order: number } {
  if (entry.kategori === 'berkala' && entry.rincian) {
    const index = RINCIAN.findIndex((r) => r.code === entry.rincian);
    const rincian = RINCIAN[index];
    return { key: `berkala-${rincian.code}`, label: `${rincian.huruf}. ${rincian.label}`, order: index };
  }
  const order = RINCIAN.length + KATEGORI.findIndex((k) => k.code === entry.kategori);
  const item = entry.kategori === 'setiap-saat' ? SETIAP_SAAT.findIndex((s) => s.code === entry.setiap_saat) : -1;
  if (item >= 0) {
    // Fractions keep every setiap-saat item after serta-merta and before the next category.
    return { key: `setiap-saat-${SETIAP_SAAT[item].code}`, label: `${kategoriLabel('setiap-saat')}: ${SETIAP_SAAT[item].label}`, order: order + (item + 1) / (SETIAP_SAAT.length + 1) };
  }
  return { key: entry.kategori, label: kategoriLabel(entry.kategori), order };
}

/**
 * The DIP rows of one OPD (exempt information excluded: it belongs to the DIK), marked against the adoption of the
 * OPD's list by default (its own decree, else the regency's).
 */
export function dipRowsOfOpd(site: SiteModel, opd: OpdEntry, adoption: DipAdoption = dipAdoptionOf(site, opd.opd)): DipRow[] {
  const entries = (site.byOpd.get(opd.opd)?.informasi ?? []).filter((e) => e.data.kategori !== 'dikecualikan');
  const archived = adoption.arsip?.keys;
  return entries
    .map((entry) => ({ entry, group: groupOf(entry.data) }))
    .sort((a, b) => a.group.order - b.group.order || a.entry.data.judul.localeCompare(b.entry.data.judul, 'id'))
    .map(({ entry, group }, i) => ({
      no: i + 1, opd, entry, group: { key: group.key, label: group.label },
      penetapan: adoption.dip,
      setelahPenetapan: archived ? !archived.has(dipEntryKey(entry.opd, entry.slug)) : undefined,
    }));
}

/** Entries per kategori (the DIP index and the OPD pages count them; DIK entries are counted under `dikecualikan`). */
export function countByKategori(entries: readonly Entry<Informasi>[]): Record<KategoriCode, number> {
  const counts = Object.fromEntries(KATEGORI.map((k) => [k.code, 0])) as Record<KategoriCode, number>;
  for (const e of entries) counts[e.data.kategori]++;
  return counts;
}

/** The consolidated DIP of the regency: OPDs by name, each with its own numbering, marked against the regency's adoption. */
export function dipRows(site: SiteModel, adoption: DipAdoption = dipAdoptionOf(site)): DipRow[] {
  return site.opdList.flatMap((opd) => dipRowsOfOpd(site, opd, adoption));
}

/** Consecutive rows of the same group, for table sections. */
export function groupRows(rows: DipRow[]): { key: string; label: string; rows: DipRow[] }[] {
  const groups: { key: string; label: string; rows: DipRow[] }[] = [];
  for (const row of rows) {
    const last = groups.at(-1);
    if (last && last.key === row.group.key) last.rows.push(row);
    else groups.push({ ...row.group, rows: [row] });
  }
  return groups;
}

export function dipCsvHeader(): string[] {
  return DIP_COLUMNS.map((c) => c.header);
}

export function dipCsvRows(rows: DipRow[], site: string): (string | number)[][] {
  return rows.map((row) => DIP_COLUMNS.map((c) => c.value(row, site)));
}

/** The decree as the JSON downloads name it (absolute URLs: the file may be read far from the portal). */
export function penetapanJson(adoption: DipAdoption, site: string) {
  const p = adoption.dip;
  if (!p) return null;
  return {
    tahun: p.tahun,
    nomor: p.nomor,
    tanggal: wibDateString(p.tanggal),
    berkas: absoluteUrl(adoption.berkasUrl(p), site),
    arsip: adoption.arsip ? absoluteUrl(adoption.arsip.url, site) : null,
  };
}

/**
 * The JSON download: the decree that adopted the list (null when none), the column dictionary and one object per
 * row keyed by column key. `diperbarui` is the newest entry's date (not the build time), so an unchanged DIP
 * produces an identical file.
 */
export function dipJson(rows: DipRow[], site: string, pemdaNama: string, adoption?: DipAdoption) {
  const newest = rows.reduce<Date | undefined>((max, r) => (!max || r.entry.data.diperbarui > max ? r.entry.data.diperbarui : max), undefined);
  return {
    judul: `Daftar Informasi Publik ${pemdaNama}`,
    diperbarui: newest ? wibDateString(newest) : null,
    penetapan: adoption ? penetapanJson(adoption, site) : null,
    kolom: DIP_COLUMNS.map((c) => ({ key: c.key, judul: c.header })),
    data: rows.map((row) => Object.fromEntries(DIP_COLUMNS.map((c) => [c.key, c.value(row, site)])) as Record<DipKey, string | number>),
  };
}
