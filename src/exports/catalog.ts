/**
 * One catalogue entry per published dataset (and one for the Daftar Informasi Publik): what the DCAT-AP JSON-LD and
 * the CKAN-style JSON both describe, gathered once from the content model so the two exports cannot disagree.
 */
import type { Entry, OpdEntry } from '../content/model.ts';
import { t } from '../i18n/id.ts';
import { urls } from '../lib/urls.ts';
import { loadWilayah } from '../lib/wilayah.ts';
import type { Dataset, Pemda, TOPIK } from '../schemas/index.ts';
import type { SiteModel } from '../site/model.ts';
import { licenceOf, type Accrual, type DownloadFormat, type Licence } from './open-data-vocab.ts';
import { parsePeriode, type Periode } from './periode.ts';
import type { DownloadFacts, FileFacts } from './published-files.ts';

export interface CatalogDistribution {
  format: DownloadFormat;
  /** Site path of the file. */
  path: string;
  title: string;
  description: string;
  file: FileFacts;
}

export interface CatalogPublisher {
  /** OPD slug; '' when the regency itself publishes (no OPD profile to point at). */
  opd: string;
  nama: string;
  /** Site path of the publisher's page on the portal. */
  page: string;
  /** The publisher's own website, when it has one. */
  homepage?: string;
  email: string;
  /** Markdown about the publisher (the OPD's tugas dan fungsi). */
  about: string;
  /** When the publisher's profile was last checked. */
  diperbarui: Date;
  /** Who answers questions about the data: a role and its official e-mail, never a person's own address. */
  contact: { nama: string; email: string };
}

export interface CatalogEntry {
  /** Unique, CKAN-valid name (lowercase, 2–100 characters of a–z, 0–9, `-`, `_`). */
  name: string;
  title: string;
  description: string;
  /** Site path of the landing page. */
  page: string;
  publisher: CatalogPublisher;
  keywords: string[];
  topik: (typeof TOPIK)[number];
  /** The span `periode` names, when it could be read. */
  periode?: Periode;
  spatial: { kode: string; nama: string };
  accrual: Accrual;
  modified: Date;
  licence: Licence;
  distributions: CatalogDistribution[];
  /** Portal metadata without a DCAT or CKAN field of its own (CKAN `extras`), in display order. */
  extras: [string, string][];
}

/** CKAN names are at most 100 characters: a longer one keeps its start plus a hash of the whole, to stay unique. */
const NAME_MAX = 100;

/**
 * `<opd>_<slug>`: slugs hold only a–z, 0–9 and single hyphens, so the underscore cannot occur in either part and
 * two datasets never share a name (`a-b` + `c` and `a` + `b-c` would both be `a-b-c` with a hyphen).
 */
export function ckanName(opd: string, slug: string): string {
  const name = `${opd}_${slug}`;
  if (name.length <= NAME_MAX) return name;
  let hash = 0;
  for (const c of name) hash = (Math.imul(hash, 31) + c.charCodeAt(0)) >>> 0;
  return `${name.slice(0, NAME_MAX - 9)}-${hash.toString(16).padStart(8, '0')}`;
}

/** An OPD as publisher; its PPID Pelaksana's e-mail is the contact, else the OPD's own. */
export function publisherOf(opd: OpdEntry): CatalogPublisher {
  const d = opd.data;
  return {
    opd: opd.opd, nama: d.nama, page: urls.opd(opd.opd), homepage: d.situs, email: d.email, about: opd.body.trim(), diperbarui: d.diperbarui,
    contact: { nama: t('opendata.contact', { nama: d.nama }), email: d.ppid_pelaksana.email ?? d.email },
  };
}

/** The regency as publisher, when its PPID Utama has no valid OPD profile. */
export function regencyPublisher(pemda: Pemda, diperbarui: Date): CatalogPublisher {
  return {
    opd: '', nama: pemda.nama, page: urls.home(), email: pemda.email, about: '', diperbarui,
    contact: { nama: t('opendata.contactUtama', { pemda: pemda.nama }), email: pemda.email },
  };
}

/** The area an entry covers: the kecamatan of a kecamatan office, else the whole regency. */
export function spatialOf(pemda: Pemda, opd?: OpdEntry): CatalogEntry['spatial'] {
  const kode = (opd?.data.jenis === 'kecamatan' && opd.data.kode_wilayah) || pemda.kode_wilayah;
  const wilayah = loadWilayah().get(kode);
  if (!wilayah) return { kode, nama: pemda.nama };
  return { kode, nama: wilayah.tingkat === 'kecamatan' ? t('opendata.kecamatan', { nama: wilayah.nama }) : wilayah.nama };
}

/** The licence code of a dataset: its own `lisensi` when its editor wrote one, else the regency's `lisensi_data`. */
export function licenceCode(site: { pemda: Pick<Pemda, 'lisensi_data'> }, dataset: Pick<Dataset, 'lisensi'>): string {
  return dataset.lisensi ?? site.pemda.lisensi_data;
}

/** A published dataset (one that has its CSV) with the facts of its two downloads. */
export function datasetEntry(site: SiteModel, entry: Entry<Dataset>, files: DownloadFacts): CatalogEntry {
  const d = entry.data;
  const opd = site.opds.get(entry.opd)!;
  const walidata = site.opds.get(d.walidata)?.data.nama ?? d.walidata;
  const extras: [string, string][] = [
    ['produsen_data', opd.data.nama], ['walidata', walidata], ['topik', d.topik], ['periode', d.periode], ['frekuensi', d.frekuensi],
    ['tingkat_penyajian', d.tingkat_penyajian], ...(d.satuan ? [['satuan', d.satuan] as [string, string]] : []),
  ];
  return {
    name: ckanName(entry.opd, entry.slug), title: d.judul, description: d.deskripsi,
    page: urls.dataset(entry.opd, entry.slug),
    publisher: publisherOf(opd), keywords: d.kata_kunci, topik: d.topik, periode: parsePeriode(d.periode),
    spatial: spatialOf(site.pemda, opd), accrual: d.frekuensi, modified: d.diperbarui,
    licence: licenceOf(licenceCode(site, entry.data)),
    distributions: [
      { format: 'CSV', path: urls.datasetCsv(entry.opd, entry.slug), title: t('opendata.csvTitle'), description: t('opendata.csvDescription'), file: files.csv },
      { format: 'JSON', path: urls.datasetJson(entry.opd, entry.slug), title: t('opendata.jsonTitle'), description: t('opendata.jsonDescription'), file: files.json },
    ],
    extras,
  };
}
