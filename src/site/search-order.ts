/**
 * "Terbaru" (newest first) on /cari/ without a Pagefind sort attribute. Pagefind stores every sort key as a list
 * of all indexed pages inside `pf_meta`, which every search downloads first (about 30 KB gzip at 13,000 pages,
 * a quarter of the file). Instead, pages carry their date as the hidden metadata `waktu` (SearchFacets), and
 * after indexing the build writes the pages in date order with their times to `urut.<meta hash>.json` of each
 * bundle: only a reader who asks for the newest first downloads it, the meta hash in the name keeps it in step
 * with the index, and the times let /cari/ merge the results of the recent and the archive bundle
 * (search-archive.ts).
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** Metadata key of the sortable date (ISO 8601 in WIB, SearchFacets.astro); /cari/ reads `urut.<hash>.json` (search-client.ts). */
export const ORDER_META = 'waktu';

/** The file /cari/ reads (search-client.ts): page ids newest first, as `prefix` + each space-separated part. */
export interface SearchOrder {
  prefix: string;
  ids: string;
  /** `menit[i]`: the time of page i, in minutes since 1970 (UTC) written in base 36, space-separated. */
  menit: string;
}

/** `2026-11-27T09:30:00+07:00` → minutes since 1970 in base 36 (7 characters instead of 25). */
export function minutesOf(waktu: string): string {
  return Math.floor(Date.parse(waktu) / 60_000).toString(36);
}

/** The parts of a Pagefind fragment (one indexed page) that the build reads back. */
export interface Fragment {
  meta?: Record<string, string | undefined>;
  /** The page's indexed text (its `data-pagefind-body`), as Pagefind searches it. */
  content?: string;
}

/** Pagefind writes every fragment as gzip of `pagefind_dcd` followed by the JSON of the page. */
export function readFragment(bytes: Buffer): Fragment | undefined {
  const text = gunzipSync(bytes).toString('utf8');
  const start = text.indexOf('{');
  if (start < 0) return undefined;
  try {
    return JSON.parse(text.slice(start)) as Fragment;
  } catch {
    return undefined;
  }
}

/** A Pagefind bundle read back once for the files the build writes next to it (this one, search-vocabulary.ts). */
export interface BundlePages {
  dir: string;
  /** The hash of each language index (`id_…`). */
  hashes: string[];
  /** Every indexed page: its id (the fragment's file name, `id_…`) and its fragment, when readable. */
  pages: { id: string; fragment?: Fragment }[];
}

/** Language prefix of an index hash or a page id: `id_a1b2c3` → `id_`. */
export const languagePrefix = (hash: string) => `${hash.split('_')[0]}_`;

export async function readBundlePages(dir: string): Promise<BundlePages> {
  const entry = JSON.parse(await readFile(join(dir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
  const pages: BundlePages['pages'] = [];
  for (const name of await readdir(join(dir, 'fragment'))) {
    if (name.endsWith('.pf_fragment')) pages.push({ id: name.slice(0, -'.pf_fragment'.length), fragment: readFragment(await readFile(join(dir, 'fragment', name))) });
  }
  return { dir, hashes: Object.values(entry.languages).map(({ hash }) => hash), pages };
}

/**
 * Writes the date order of every language index of a Pagefind bundle: page ids (fragment hashes) newest first;
 * pages without a date are left out (the search page lists them after the dated ones).
 * Returns the number of indexed pages and of dated ones.
 */
export async function writeSearchOrder({ dir, hashes, pages }: BundlePages): Promise<{ pages: number; dated: number }> {
  const dated: { id: string; when: string }[] = [];
  for (const { id, fragment } of pages) {
    const when = fragment?.meta?.[ORDER_META];
    if (when) dated.push({ id, when });
  }
  // ISO dates in one time zone sort as text; the id breaks ties so that equal builds write equal files.
  dated.sort((a, b) => (a.when < b.when ? 1 : a.when > b.when ? -1 : a.id < b.id ? -1 : 1));
  // One language (`forceLanguage: 'id'`), but every index gets its file so that none sorts wrongly. The ids share
  // the language prefix (`id_`), written once; the rest joined by spaces is a third smaller than a JSON array.
  for (const hash of hashes) {
    const prefix = languagePrefix(hash);
    const mine = dated.filter((d) => d.id.startsWith(prefix));
    const order: SearchOrder = { prefix, ids: mine.map((d) => d.id.slice(prefix.length)).join(' '), menit: mine.map((d) => minutesOf(d.when)).join(' ') };
    await writeFile(join(dir, `urut.${hash}.json`), JSON.stringify(order));
  }
  return { pages: pages.length, dated: dated.length };
}
