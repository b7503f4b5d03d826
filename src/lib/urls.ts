/** Public URLs of the portal: the one place that turns content identities into paths. */
import { DIP_KATEGORI } from '../schemas/rincian.ts';

/**
 * Fragment ids of /aplikasi/: `opd-<opd>` per OPD group, `<opd>--<slug>` per system. A slug never holds `--`,
 * so the two kinds cannot collide with each other or with the page's fixed ids.
 */
export const aplikasiIds = {
  opd: (opd: string) => `opd-${opd}`,
  entry: (opd: string, slug: string) => `${opd}--${slug}`,
};

export const urls = {
  home: () => '/',
  opdIndex: () => '/opd/',
  opd: (opd: string) => `/opd/${opd}/`,
  opdRss: (opd: string) => `/opd/${opd}/rss.xml`,
  opdBerita: (opd: string, page = 1) => (page <= 1 ? `/opd/${opd}/berita/` : `/opd/${opd}/berita/${page}/`),
  berita: (opd: string, slug: string) => `/opd/${opd}/berita/${slug}/`,
  beritaIndex: (page = 1) => (page <= 1 ? '/berita/' : `/berita/${page}/`),
  informasi: (opd: string, slug: string) => `/opd/${opd}/informasi/${slug}/`,
  /** The DIP index: counts per OPD and kategori, links to each OPD's DIP. */
  dip: () => '/informasi/',
  /** One OPD's DIP (Perki 1/2021 table) and DIK: the printable list, one page per OPD. */
  dipOpd: (opd: string) => `/informasi/opd/${opd}/`,
  /** The exempt information of one OPD, a section of its DIP page. */
  dikOpd: (opd: string) => `/informasi/opd/${opd}/#dik`,
  /** DIP entries of one kategori (berkala, serta-merta, setiap-saat), newest update first, paginated. */
  dipKategori: (kategori: string, page = 1) => (page <= 1 ? `/informasi/kategori/${kategori}/` : `/informasi/kategori/${kategori}/${page}/`),
  /** DIP entries last updated in one year (WIB), newest first, paginated. */
  dipTahun: (tahun: number | string, page = 1) => (page <= 1 ? `/informasi/tahun/${tahun}/` : `/informasi/tahun/${tahun}/${page}/`),
  /** DIP entries of one kategori last updated in one year: both filters at once. */
  dipKategoriTahun: (kategori: string, tahun: number | string, page = 1) =>
    page <= 1 ? `/informasi/kategori/${kategori}/tahun/${tahun}/` : `/informasi/kategori/${kategori}/tahun/${tahun}/${page}/`,
  dipCsv: () => '/informasi/dip.csv',
  dipJson: () => '/informasi/dip.json',
  dik: () => '/informasi/dikecualikan/',
  /** The regency's DIP of a year as adopted (frozen by `npm run dip:tetapkan`), published byte for byte. */
  dipArsip: (tahun: number) => `/informasi/arsip/dip-${tahun}.json`,
  /** One OPD's DIP of a year as adopted by its PPID Pelaksana. */
  dipArsipOpd: (opd: string, tahun: number) => `/informasi/opd/${opd}/arsip/dip-${tahun}.json`,
  dataIndex: (page = 1) => (page <= 1 ? '/data/' : `/data/${page}/`),
  dataTopik: (topik: string, page = 1) => (page <= 1 ? `/data/topik/${topik}/` : `/data/topik/${topik}/${page}/`),
  dataOpd: (opd: string, page = 1) => (page <= 1 ? `/data/opd/${opd}/` : `/data/opd/${opd}/${page}/`),
  dataset: (opd: string, slug: string) => `/opd/${opd}/data/${slug}/`,
  datasetCsv: (opd: string, slug: string) => `/opd/${opd}/data/${slug}.csv`,
  datasetJson: (opd: string, slug: string) => `/opd/${opd}/data/${slug}.json`,
  /** The dataset's DCAT-AP metadata (JSON-LD), next to its downloads. */
  datasetJsonLd: (opd: string, slug: string) => `/opd/${opd}/data/${slug}.jsonld`,
  /** The whole catalogue as one DCAT-AP dcat:Catalog (JSON-LD), for harvesters. */
  dataCatalog: () => '/data/catalog.jsonld',
  /** The DIP's own DCAT-AP document (the DIP is published as a dataset too). */
  dipJsonLd: () => '/informasi/dip.jsonld',
  /** Static answers shaped like CKAN's Action API v3 (`package_show?id=x` becomes `package_show/x.json`). */
  ckanPackageList: () => '/api/3/action/package_list.json',
  ckanPackageShow: (name: string) => `/api/3/action/package_show/${name}.json`,
  ckanOrganizationList: () => '/api/3/action/organization_list.json',
  ckanCurrentPackages: () => '/api/3/action/current_package_list_with_resources.json',
  /** The page of a published document (`content/opd/<opd>/dokumen/<slug>.md`). */
  dokumen: (opd: string, slug: string) => `/opd/${opd}/dokumen/${slug}/`,
  /** The documents of one OPD, newest first, paginated. */
  opdDokumen: (opd: string, page = 1) => (page <= 1 ? `/opd/${opd}/dokumen/` : `/opd/${opd}/dokumen/${page}/`),
  /** A file of an OPD folder, e.g. `dokumen/lra-2025.pdf`, published under the OPD's URL. */
  opdFile: (opd: string, relative: string) => `/opd/${opd}/${relative}`,
  /** The application inventory (katalog aplikasi SPBE): every system, grouped by OPD. */
  aplikasiIndex: () => '/aplikasi/',
  /** One OPD's group of systems on /aplikasi/. */
  aplikasiOpd: (opd: string) => `/aplikasi/#${aplikasiIds.opd(opd)}`,
  /** One system: its row on /aplikasi/ (the inventory has no page per system). */
  aplikasi: (opd: string, slug: string) => `/aplikasi/#${aplikasiIds.entry(opd, slug)}`,
  /** The inventory as open data (one row per system), and its DCAT-AP document. */
  aplikasiCsv: () => '/aplikasi/aplikasi.csv',
  aplikasiJson: () => '/aplikasi/aplikasi.json',
  aplikasiJsonLd: () => '/aplikasi/aplikasi.jsonld',
  /** Budget transparency: the rincian d entries (laporan keuangan) and budget documents of every OPD, by year. */
  anggaran: () => '/anggaran/',
  /** One year's group on /anggaran/. */
  anggaranTahun: (tahun: number | string) => `/anggaran/#tahun-${tahun}`,
  halaman: (slug: string) => `/halaman/${slug}/`,
  permohonan: () => '/permohonan-informasi/',
  keberatan: () => '/keberatan/',
  /** Tracking a request by its register number (the page's script reads lacakJson); without JavaScript, the OPD lists. */
  lacak: () => '/permohonan/lacak/',
  /** One OPD's register, newest month first (`#bulan-<yyyy-mm>` per month, `#<slug>` per request). */
  lacakOpd: (opd: string) => `/permohonan/lacak/${opd}/`,
  /** One request: its row on its OPD's register page. */
  lacakEntry: (opd: string, slug: string) => `/permohonan/lacak/${opd}/#${slug}`,
  /** Every register number with its status and dates, for the tracking script. */
  lacakJson: () => '/permohonan/lacak.json',
  /** Service statistics from the registers (UU 14/2008 Pasal 12), per year. */
  statistikLayanan: () => '/statistik-layanan/',
  statistikLayananTahun: (tahun: number | string) => `/statistik-layanan/${tahun}/`,
  /** One OPD's row of a year's statistics: its rincian e, "ringkasan laporan akses informasi publik". */
  statistikLayananOpd: (tahun: number | string, opd: string) => `/statistik-layanan/${tahun}/#opd-${opd}`,
  statistikLayananCsv: (tahun: number | string) => `/statistik-layanan/${tahun}.csv`,
  /** The annual service report (Perki 1/2021 Pasal 56): the regency's, and one OPD's. */
  laporanLayanan: (tahun: number | string) => `/laporan-layanan/${tahun}/`,
  laporanLayananOpd: (tahun: number | string, opd: string) => `/laporan-layanan/${tahun}/${opd}/`,
  cari: () => '/cari/',
  kepatuhan: () => '/kepatuhan/',
  /** The dashboard "… dalam angka": headline indicators from the datasets, integration and compliance at a glance. */
  dasbor: () => '/dasbor/',
  kepatuhanOpd: (opd: string) => `/kepatuhan/${opd}/`,
  /** A static copy of the compliance table in another order (sorting without JavaScript). */
  kepatuhanUrut: (urutan: string) => (urutan === 'skor' ? '/kepatuhan/' : `/kepatuhan/urut/${urutan}/`),
  kepatuhanJson: (minggu: string) => `/kepatuhan/${minggu}.json`,
  kepatuhanCsv: (minggu: string) => `/kepatuhan/${minggu}.csv`,
  rss: () => '/rss.xml',
  /** The CMS: OPD picker, and one OPD's editor (the only pages besides search that ship JavaScript). */
  admin: () => '/admin/',
  adminOpd: (opd: string) => `/admin/${opd}/`,
  openSearch: () => '/opensearch.xml',
  sitemap: () => '/sitemap-index.xml',
} as const;

/** Absolute URL of a site path on the public host (`pemda.situs`), for canonical links, feeds and Open Graph. */
export function absoluteUrl(path: string, site: string): string {
  return new URL(path, site.endsWith('/') ? site : `${site}/`).href;
}

/** Site-wide pages that exist regardless of content (for link checking). */
export const STATIC_ROUTES = [
  urls.home(), urls.opdIndex(), urls.beritaIndex(), urls.dip(), urls.dipCsv(), urls.dipJson(), urls.dik(),
  urls.dataIndex(), urls.anggaran(), urls.aplikasiIndex(), urls.permohonan(), urls.keberatan(), urls.lacak(), urls.lacakJson(), urls.statistikLayanan(), urls.cari(), urls.kepatuhan(), urls.dasbor(), urls.rss(), urls.openSearch(),
  // Every DIP kategori has its filter page, also before its first entry (src/site/dip-filter.ts).
  ...DIP_KATEGORI.map((k) => urls.dipKategori(k.code)),
  urls.dataCatalog(), urls.dipJsonLd(), urls.aplikasiCsv(), urls.aplikasiJson(), urls.aplikasiJsonLd(), urls.ckanPackageList(), urls.ckanOrganizationList(), urls.ckanCurrentPackages(),
];
