/**
 * The regency-wide lists published as datasets too: the Daftar Informasi Publik and the application inventory. Both
 * belong to the PPID Utama (who answers for them, whichever OPD hosts it), cover the whole regency, fall under the
 * regency's data licence (pemda.yaml `lisensi_data`) and change whenever one of their entries does.
 */
import { t } from '../i18n/id.ts';
import { urls } from '../lib/urls.ts';
import type { SiteModel } from '../site/model.ts';
import { publisherOf, regencyPublisher, spatialOf, type CatalogEntry } from './catalog.ts';
import { licenceOf } from './open-data-vocab.ts';
import type { DownloadFacts } from './published-files.ts';

/** Names of the two lists: no underscore, so no dataset (`<opd>_<slug>`) can take them. */
export const DIP_NAME = 'daftar-informasi-publik';
export const APLIKASI_NAME = 'katalog-aplikasi';

interface ListSpec {
  name: string;
  title: string;
  description: string;
  page: string;
  keywords: string[];
  csv: { path: string; description: string };
  json: { path: string; description: string };
}

function regencyList(site: SiteModel, spec: ListSpec, files: DownloadFacts, modified: Date): CatalogEntry {
  const { pemda } = site;
  const utama = site.opds.get(pemda.ppid_utama);
  const publisher = utama ? publisherOf(utama) : regencyPublisher(pemda, modified);
  return {
    name: spec.name, title: spec.title, description: spec.description, page: spec.page,
    publisher: { ...publisher, contact: { nama: t('opendata.contactUtama', { pemda: pemda.nama }), email: pemda.email } },
    keywords: spec.keywords, topik: 'pemerintahan', spatial: spatialOf(pemda),
    // No fixed schedule: the list changes whenever one of its entries does.
    accrual: 'tidak-tentu', modified, licence: licenceOf(pemda.lisensi_data),
    distributions: [
      { format: 'CSV', path: spec.csv.path, title: t('opendata.csvTitle'), description: spec.csv.description, file: files.csv },
      { format: 'JSON', path: spec.json.path, title: t('opendata.jsonTitle'), description: spec.json.description, file: files.json },
    ],
    extras: [['jenis', spec.name]],
  };
}

/** The Daftar Informasi Publik (/informasi/dip.csv and .json), dated by its newest entry. */
export function dipEntry(site: SiteModel, files: DownloadFacts, modified: Date): CatalogEntry {
  const pemda = site.pemda.nama;
  return regencyList(site, {
    name: DIP_NAME, title: t('opendata.dipTitle', { pemda }), description: t('opendata.dipDescription', { pemda }), page: urls.dip(),
    keywords: t('opendata.dipKeywords').split(','),
    csv: { path: urls.dipCsv(), description: t('opendata.dipCsvDescription') },
    json: { path: urls.dipJson(), description: t('opendata.dipJsonDescription') },
  }, files, modified);
}

/** The application inventory (/aplikasi/aplikasi.csv and .json), dated by its newest entry. */
export function aplikasiEntry(site: SiteModel, files: DownloadFacts, modified: Date): CatalogEntry {
  const pemda = site.pemda.nama;
  return regencyList(site, {
    name: APLIKASI_NAME, title: t('opendata.aplikasiTitle', { pemda }), description: t('opendata.aplikasiDescription', { pemda }),
    page: urls.aplikasiIndex(), keywords: t('opendata.aplikasiKeywords').split(','),
    csv: { path: urls.aplikasiCsv(), description: t('opendata.aplikasiCsvDescription') },
    json: { path: urls.aplikasiJson(), description: t('opendata.aplikasiJsonDescription') },
  }, files, modified);
}
