/**
 * The controlled vocabularies that the open-data exports (DCAT-AP JSON-LD, CKAN-style JSON) point into: EU
 * Publications Office authority tables (frequency, file type, licence, language, data theme), IANA media types
 * and CKAN's default licence register. One table per vocabulary, keyed by the portal's own codes.
 */
import type { Frekuensi, TOPIK } from '../schemas/index.ts';

const EU = 'http://publications.europa.eu/resource/authority';

/**
 * `frekuensi` on the EU frequency table. Twice a year is ANNUAL_2 ("semiannual"): BIENNIAL would be every two
 * years, and there is no BIANNUAL code. `sekali` (published once, never updated) is NEVER; `tidak-tentu` (the DIP,
 * which changes whenever an entry does) is IRREG.
 */
export const FREQUENCY_URI: Record<Frekuensi | 'tidak-tentu', string> = {
  harian: `${EU}/frequency/DAILY`,
  mingguan: `${EU}/frequency/WEEKLY`,
  bulanan: `${EU}/frequency/MONTHLY`,
  triwulanan: `${EU}/frequency/QUARTERLY`,
  semesteran: `${EU}/frequency/ANNUAL_2`,
  tahunan: `${EU}/frequency/ANNUAL`,
  sekali: `${EU}/frequency/NEVER`,
  'tidak-tentu': `${EU}/frequency/IRREG`,
};
export type Accrual = keyof typeof FREQUENCY_URI;

/** The download formats the portal publishes, with their IANA media type and EU file type. */
export const FORMATS = {
  CSV: { mediaType: 'text/csv', fileType: `${EU}/file-type/CSV` },
  JSON: { mediaType: 'application/json', fileType: `${EU}/file-type/JSON` },
} as const;
export type DownloadFormat = keyof typeof FORMATS;

/** IANA's registry page of a media type: the IRI DCAT-AP expects for dcat:mediaType. */
export function mediaTypeUri(format: DownloadFormat): string {
  return `http://www.iana.org/assignments/media-types/${FORMATS[format].mediaType}`;
}

export const LANGUAGE_INDONESIAN = `${EU}/language/IND`;
export const ACCESS_PUBLIC = `${EU}/access-right/PUBLIC`;
/** ADMS publisher type of a regency and its offices. */
export const PUBLISHER_LOCAL_AUTHORITY = 'http://purl.org/adms/publishertype/LocalAuthority';

/**
 * `topik` on the EU data-theme table (what DCAT-AP validators expect in dcat:theme). `infrastruktur` and
 * `lainnya` have no clear match and get none; every topik also gets the portal's own concept (its topic page).
 */
export const DATA_THEME_URI: Partial<Record<(typeof TOPIK)[number], string>> = {
  kependudukan: `${EU}/data-theme/SOCI`,
  sosial: `${EU}/data-theme/SOCI`,
  pendidikan: `${EU}/data-theme/EDUC`,
  kesehatan: `${EU}/data-theme/HEAL`,
  ekonomi: `${EU}/data-theme/ECON`,
  keuangan: `${EU}/data-theme/ECON`,
  pariwisata: `${EU}/data-theme/ECON`,
  pertanian: `${EU}/data-theme/AGRI`,
  lingkungan: `${EU}/data-theme/ENVI`,
  iklim: `${EU}/data-theme/ENVI`,
  pemerintahan: `${EU}/data-theme/GOVE`,
};

export interface Licence {
  /** The code written in content (`CC-BY-4.0`). */
  code: string;
  title: string;
  /** EU licence authority IRI (DCAT); undefined for a licence the table does not know. */
  uri?: string;
  /** The licence's own page (CKAN `license_url`). */
  url?: string;
  /** Id in CKAN's default licence register, so that a harvesting CKAN recognises it. */
  ckanId: string;
  /** Open Definition conformant (CKAN `isopen`). */
  open: boolean;
}

const LICENCES: readonly Licence[] = [
  { code: 'CC-BY-4.0', title: 'Creative Commons Attribution 4.0 International', uri: `${EU}/licence/CC_BY_4_0`, url: 'https://creativecommons.org/licenses/by/4.0/', ckanId: 'cc-by', open: true },
  { code: 'CC-BY-SA-4.0', title: 'Creative Commons Attribution-ShareAlike 4.0 International', uri: `${EU}/licence/CC_BYSA_4_0`, url: 'https://creativecommons.org/licenses/by-sa/4.0/', ckanId: 'cc-by-sa', open: true },
  { code: 'CC0-1.0', title: 'Creative Commons Zero 1.0 Universal', uri: `${EU}/licence/CC0`, url: 'https://creativecommons.org/publicdomain/zero/1.0/', ckanId: 'cc-zero', open: true },
  { code: 'ODbL-1.0', title: 'Open Data Commons Open Database License 1.0', uri: `${EU}/licence/ODC_BL`, url: 'https://opendatacommons.org/licenses/odbl/1-0/', ckanId: 'odc-odbl', open: true },
];

/** A licence code as written in content (case-insensitive); an unknown one keeps its text and gets no IRI. */
export function licenceOf(code: string): Licence {
  const known = LICENCES.find((l) => l.code.toLowerCase() === code.trim().toLowerCase());
  return known ?? { code, title: code, ckanId: code.trim().toLowerCase().replace(/[^a-z0-9._-]+/g, '-'), open: false };
}
