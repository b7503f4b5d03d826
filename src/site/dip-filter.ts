/**
 * Filters of the Daftar Informasi Publik that work without JavaScript: every value of a filter (kategori, year, and
 * the two together) is its own static, paginated page, and every filter link carries the number of entries on the
 * page it leads to. The OPD filter is each OPD's own DIP page (urls.dipOpd).
 *
 * "Year" is the WIB year of `diperbarui`, not `waktu_pembuatan`: `diperbarui` is a validated date on every entry,
 * while `waktu_pembuatan` is free text ("2025", "Januari 2026", "2024–2025") that cannot be sorted into one year.
 * `diperbarui` is also the date that the law's rhythm hangs on (berkala information is renewed at least every six
 * months, UU 14/2008 Pasal 9 ayat (4)), so a year's page lists what was current that year.
 */
import type { Entry } from '../content/model.ts';
import { urls } from '../lib/urls.ts';
import { wibParts } from '../lib/wib.ts';
import { DIP_KATEGORI, type Informasi, type KategoriCode } from '../schemas/index.ts';
import { newestFirst, type SiteModel } from './model.ts';
import { PAGE_SIZE } from './paging.ts';

export type DipKategoriCode = (typeof DIP_KATEGORI)[number]['code'];

/** One page's filter; no field set is the DIP index (/informasi/). */
export interface DipFilter {
  kategori?: DipKategoriCode;
  tahun?: number;
}

/** The year a DIP entry counts under: the WIB year of its last update. */
export function dipYear(entry: Entry<Informasi>): number {
  return wibParts(entry.data.diperbarui).year;
}

const keyOf = (filter: DipFilter) => `${filter.kategori ?? ''}|${filter.tahun ?? ''}`;

/** DIP entries (no DIK) per filter value, each list newest update first; built once per site model. */
interface DipIndex {
  lists: Map<string, Entry<Informasi>[]>;
  /** Years with at least one entry, newest first. */
  years: number[];
}

const indexes = new WeakMap<SiteModel, DipIndex>();

function indexOf(site: SiteModel): DipIndex {
  let index = indexes.get(site);
  if (index) return index;
  const lists = new Map<string, Entry<Informasi>[]>();
  const entries = site.informasi
    .filter((e) => e.data.kategori !== 'dikecualikan')
    .sort(newestFirst((e) => e.data.diperbarui, (e) => e.path));
  for (const entry of entries) {
    const kategori = entry.data.kategori as DipKategoriCode;
    const tahun = dipYear(entry);
    for (const filter of [{}, { kategori }, { tahun }, { kategori, tahun }]) {
      const key = keyOf(filter);
      const list = lists.get(key);
      if (list) list.push(entry);
      else lists.set(key, [entry]);
    }
  }
  const years = [...new Set(entries.map(dipYear))].sort((a, b) => b - a);
  index = { lists, years };
  indexes.set(site, index);
  return index;
}

/** The DIP entries matching a filter, newest update first. */
export function dipEntries(site: SiteModel, filter: DipFilter): Entry<Informasi>[] {
  return indexOf(site).lists.get(keyOf(filter)) ?? [];
}

/** Years with DIP entries, newest first. */
export function dipYears(site: SiteModel): number[] {
  return indexOf(site).years;
}

/** Page n of a filter's list (the index for no filter: it is not a list, so it has no page 2). */
export function dipFilterUrl(filter: DipFilter, page = 1): string {
  const { kategori, tahun } = filter;
  if (kategori && tahun) return urls.dipKategoriTahun(kategori, tahun, page);
  if (kategori) return urls.dipKategori(kategori, page);
  if (tahun) return urls.dipTahun(tahun, page);
  return urls.dip();
}

/**
 * Every filter page to build: each DIP kategori (also when empty: the address is fixed, STATIC_ROUTES), each year
 * with entries, and each kategori × year with entries.
 */
export function dipFilterPages(site: SiteModel): DipFilter[] {
  const years = dipYears(site);
  const filters: DipFilter[] = [
    ...DIP_KATEGORI.map((k) => ({ kategori: k.code })),
    ...years.map((tahun) => ({ tahun })),
    ...DIP_KATEGORI.flatMap((k) => years.map((tahun) => ({ kategori: k.code, tahun }))),
  ];
  return filters.filter((f) => !(f.kategori && f.tahun) || dipEntries(site, f).length > 0);
}

/** Which filters a route file builds: its URL parameters. */
export type DipFilterShape = 'kategori' | 'tahun' | 'kategori-tahun';

/**
 * The static paths of one filter route (`/informasi/kategori/…`, `/informasi/tahun/…`, both): every filter of that
 * shape, paginated with `PAGE_SIZE.dip`, the filter passed on as a prop.
 */
export function dipFilterPaths<T>(
  site: SiteModel, shape: DipFilterShape,
  paginate: (items: Entry<Informasi>[], options: { pageSize: number; params: Record<string, string>; props: { filter: DipFilter } }) => T[],
): T[] {
  const matches = (f: DipFilter) => shape === (f.kategori && f.tahun ? 'kategori-tahun' : f.kategori ? 'kategori' : 'tahun');
  return dipFilterPages(site).filter(matches).flatMap((filter) => {
    const params: Record<string, string> = {};
    if (filter.kategori) params.kategori = filter.kategori;
    if (filter.tahun) params.tahun = String(filter.tahun);
    return paginate(dipEntries(site, filter), { pageSize: PAGE_SIZE.dip, params, props: { filter } });
  });
}

export interface FacetValue {
  /** undefined for "every value" of this facet. */
  value?: string | number;
  count: number;
  /** The page of this value combined with the other facet's current value; none when that page would be empty. */
  href?: string;
  current: boolean;
}

/**
 * The kategori and year facets seen from one page: each value counted within the other facet's current value, and
 * "all" (the other facet alone) first. Counts are the lengths of the very lists the target pages paginate.
 */
export function dipFacets(site: SiteModel, current: DipFilter): { kategori: FacetValue[]; tahun: FacetValue[] } {
  const value = (filter: DipFilter, isCurrent: boolean, v?: string | number): FacetValue => {
    const count = dipEntries(site, filter).length;
    // The index (no filter) is always there; a filter page without entries is not built, except for a kategori.
    const exists = count > 0 || (filter.kategori !== undefined && filter.tahun === undefined) || keyOf(filter) === '|';
    return { value: v, count, href: exists ? dipFilterUrl(filter) : undefined, current: isCurrent };
  };
  return {
    kategori: [
      value({ tahun: current.tahun }, current.kategori === undefined),
      ...DIP_KATEGORI.map((k) => value({ kategori: k.code, tahun: current.tahun }, current.kategori === k.code, k.code)),
    ],
    tahun: [
      value({ kategori: current.kategori }, current.tahun === undefined),
      ...dipYears(site).map((y) => value({ kategori: current.kategori, tahun: y }, current.tahun === y, y)),
    ],
  };
}

/** DIP entries among counts per kategori (countByKategori): every kategori but the exempt one. */
export function dipTotal(counts: Record<KategoriCode, number>): number {
  return DIP_KATEGORI.reduce((n, k) => n + counts[k.code], 0);
}
