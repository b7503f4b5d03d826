/**
 * The search stage of the build: Pagefind over the built site, in two bundles (src/site/search-archive.ts): news of
 * the last months with everything else in /pagefind/, older news in /pagefind-arsip/. Each bundle is indexed from
 * a tree of hard links to its pages (Pagefind indexes a folder; the links cost no copy), one bundle after the
 * other, so the indexer holds half the pages at a time. Each bundle gets its date order (search-order.ts), the
 * first one also its vocabulary for "Maksud Anda" (search-vocabulary.ts), written while the archive is indexed, and
 * `arsip.json`, which tells /cari/ whether there is an archive.
 */
import { readFileSync } from 'node:fs';
import { link, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { ARCHIVE_BUNDLE, ARCHIVE_INFO_FILE, SEARCH_BUNDLE, archiveCutoff, isArchived, type ArchiveInfo } from '../site/search-archive.ts';
import { ORDER_META, readBundlePages, writeSearchOrder } from '../site/search-order.ts';
import { writeSearchVocabulary } from '../site/search-vocabulary.ts';

export interface SearchIndexResult {
  /** Pages indexed in the first bundle, and in the archive. */
  pages: number;
  archived: number;
  /** Pages with a date (in the date order files). */
  dated: number;
  /** Words of the vocabulary for corrections. */
  words: number;
  sebelum: string | null;
}

/** How a news page marks its kind and date (src/components/SearchFacets.astro); the e2e test fails if they drift. */
const NEWS_FILTER = '<span data-pagefind-filter="jenis">berita</span>';
const WAKTU = new RegExp(`data-pagefind-meta="${ORDER_META}">([^<]+)<`);

/** What Pagefind indexes of a page; pages without it (lists, filters, the CMS) it would only read and skip. */
const PAGEFIND_BODY = 'data-pagefind-body';

/**
 * The indexed pages of `siteDir` (paths relative to it): news dated before `sebelum` in `archive`, every other page
 * with an indexed body in `recent`. Pages without one are in neither: a five-year site has ~1,700 of them (30 MB).
 */
export async function splitPages(siteDir: string, sebelum: string): Promise<{ recent: string[]; archive: string[] }> {
  const recent: string[] = [];
  const archive: string[] = [];
  const pages = (await readdir(siteDir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile() && e.name.endsWith('.html'));
  for (const page of pages) {
    const path = relative(siteDir, join(page.parentPath, page.name));
    const html = readFileSync(join(siteDir, path), 'utf8');
    if (!html.includes(PAGEFIND_BODY)) continue;
    // Only news pages can go to the archive; they live under /opd/<opd>/berita/ (urls.berita), checked to be sure.
    const waktu = path.includes('/berita/') && html.includes(NEWS_FILTER) ? WAKTU.exec(html)?.[1] : undefined;
    (waktu !== undefined && isArchived(waktu, sebelum) ? archive : recent).push(path);
  }
  return { recent, archive };
}

/** Hard links to `pages` of `siteDir` under `tree`, at the same relative paths (so that Pagefind's URLs are the site's). */
async function linkTree(siteDir: string, tree: string, pages: string[]): Promise<void> {
  const made = new Set<string>();
  for (const page of pages) {
    const dir = dirname(join(tree, page));
    if (!made.has(dir)) await mkdir(dir, { recursive: true });
    made.add(dir);
    await link(join(siteDir, page), join(tree, page));
  }
}

/** Pagefind (Indonesian, `id`) over every page marked `data-pagefind-body` in `source`, written to `output`. */
async function pagefindBundle(source: string, output: string): Promise<number> {
  const pagefind = await import('pagefind');
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'id' });
    if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: source });
    if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: output });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

/**
 * Indexes the site in `siteDir`. `sebelum` (a WIB day, `YYYY-MM-DD`) overrides the cut-off of the archive, which is
 * otherwise ARCHIVE_MONTHS before today.
 */
export async function indexSearch(siteDir: string, sebelum = archiveCutoff(new Date())): Promise<SearchIndexResult> {
  const { recent, archive } = await splitPages(siteDir, sebelum);
  const first = join(siteDir, SEARCH_BUNDLE);
  const info: ArchiveInfo = { sebelum: archive.length ? sebelum : null, halaman: 0 };
  /** The first bundle's date order and vocabulary, from one read of its pages (Node, one core): written while Pagefind indexes the archive. */
  const finishFirst = async () => {
    const bundle = await readBundlePages(first);
    return { dated: (await writeSearchOrder(bundle)).dated, words: (await writeSearchVocabulary(bundle)).words };
  };
  let pages: number;
  let firstDone: { dated: number; words: number };
  let archiveDated = 0;
  if (archive.length === 0) {
    pages = await pagefindBundle(siteDir, first);
    firstDone = await finishFirst();
  } else {
    // Next to the site, on the same file system (hard links cannot cross one), never inside it (it would be published).
    const trees = `${siteDir}-cari`;
    try {
      await rm(trees, { recursive: true, force: true });
      await linkTree(siteDir, join(trees, 'terkini'), recent);
      await linkTree(siteDir, join(trees, 'arsip'), archive);
      pages = await pagefindBundle(join(trees, 'terkini'), first);
      [firstDone, info.halaman] = await Promise.all([finishFirst(), pagefindBundle(join(trees, 'arsip'), join(siteDir, ARCHIVE_BUNDLE))]);
    } finally {
      await rm(trees, { recursive: true, force: true });
    }
    archiveDated = (await writeSearchOrder(await readBundlePages(join(siteDir, ARCHIVE_BUNDLE)))).dated;
  }
  await writeFile(join(first, ARCHIVE_INFO_FILE), JSON.stringify(info));
  return { pages, archived: info.halaman, dated: firstDone.dated + archiveDated, words: firstDone.words, sebelum: info.sebelum };
}
