/** Public URLs of the portal: the one place that turns content identities into paths. */

export const urls = {
  home: () => '/',
  opdIndex: () => '/opd/',
  opd: (opd: string) => `/opd/${opd}/`,
  opdRss: (opd: string) => `/opd/${opd}/rss.xml`,
  berita: (opd: string, slug: string) => `/opd/${opd}/berita/${slug}/`,
  beritaIndex: (page = 1) => (page <= 1 ? '/berita/' : `/berita/${page}/`),
  informasi: (opd: string, slug: string) => `/opd/${opd}/informasi/${slug}/`,
  dip: () => '/informasi/',
  dipCsv: () => '/informasi/dip.csv',
  dipJson: () => '/informasi/dip.json',
  dik: () => '/informasi/dikecualikan/',
  dataIndex: () => '/data/',
  dataset: (opd: string, slug: string) => `/opd/${opd}/data/${slug}/`,
  datasetCsv: (opd: string, slug: string) => `/opd/${opd}/data/${slug}.csv`,
  datasetJson: (opd: string, slug: string) => `/opd/${opd}/data/${slug}.json`,
  /** A file of an OPD folder, e.g. `dokumen/lra-2025.pdf`, published under the OPD's URL. */
  opdFile: (opd: string, relative: string) => `/opd/${opd}/${relative}`,
  halaman: (slug: string) => `/halaman/${slug}/`,
  permohonan: () => '/permohonan-informasi/',
  keberatan: () => '/keberatan/',
  cari: () => '/cari/',
  kepatuhan: () => '/kepatuhan/',
  kepatuhanOpd: (opd: string) => `/kepatuhan/${opd}/`,
  rss: () => '/rss.xml',
} as const;

/** Site-wide pages that exist regardless of content (for link checking). */
export const STATIC_ROUTES = [
  urls.home(), urls.opdIndex(), urls.beritaIndex(), urls.dip(), urls.dipCsv(), urls.dipJson(), urls.dik(),
  urls.dataIndex(), urls.permohonan(), urls.keberatan(), urls.cari(), urls.kepatuhan(), urls.rss(),
];
