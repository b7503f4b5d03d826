/**
 * The content model as the site sees it: loaded once per build (memoized) from the same `loadContent` the
 * validator and the compliance report use, plus listings computed once (design note: 10k+ pages must not
 * re-sort the whole tree per page).
 */
import { loadContent, type ContentModel, type Entry, type OpdEntry } from '../content/model.ts';
import { readDipArchives, type DipArchives } from '../penetapan/adoption.ts';
import type { Berita, Dataset, Dokumen, Informasi } from '../schemas/index.ts';
import { prerenderBodies } from './bodies.ts';

export interface SiteModel extends ContentModel {
  /** All news, newest first. */
  beritaTerbaru: Entry<Berita>[];
  /** OPDs sorted by display name. */
  opdList: OpdEntry[];
  /** Entries of one OPD (news newest first). */
  byOpd: Map<string, OpdContent>;
  /** The frozen DIPs (content/…/arsip/dip-<tahun>.json) by repository path: what each adoption listed. */
  dipArsip: DipArchives;
}

/** Entries of one OPD: news newest first, datasets by newest update, documents newest first. */
export interface OpdContent {
  berita: Entry<Berita>[];
  informasi: Entry<Informasi>[];
  datasets: Entry<Dataset>[];
  dokumen: Entry<Dokumen>[];
}

/** Newest first; ties broken by path so that the order is stable between builds. */
export function newestFirst<T>(date: (item: T) => Date, key: (item: T) => string) {
  return (a: T, b: T) => date(b).getTime() - date(a).getTime() || key(a).localeCompare(key(b));
}

export const beritaNewestFirst = newestFirst<Entry<Berita>>((e) => e.data.tanggal, (e) => e.path);
export const datasetNewestFirst = newestFirst<Entry<Dataset>>((e) => e.data.diperbarui, (e) => e.path);
export const dokumenNewestFirst = newestFirst<Entry<Dokumen>>((e) => e.data.tanggal, (e) => e.path);

function groupByOpd(model: ContentModel, beritaTerbaru: Entry<Berita>[]): Map<string, OpdContent> {
  const groups = new Map<string, OpdContent>();
  for (const opd of model.opds.keys()) groups.set(opd, { berita: [], informasi: [], datasets: [], dokumen: [] });
  for (const e of beritaTerbaru) groups.get(e.opd)?.berita.push(e);
  for (const e of model.informasi) groups.get(e.opd)?.informasi.push(e);
  for (const e of model.datasets) groups.get(e.opd)?.datasets.push(e);
  for (const e of model.dokumen) groups.get(e.opd)?.dokumen.push(e);
  // Sorted once here: the OPD page shows the newest few, the per-OPD lists page through them all.
  for (const g of groups.values()) {
    g.datasets.sort(datasetNewestFirst);
    g.dokumen.sort(dokumenNewestFirst);
  }
  return groups;
}

/** Adds the site's listings (and the frozen DIPs read from the tree, see readDipArchives) to a content model. */
export function siteModelOf(model: ContentModel, dipArsip: DipArchives = new Map()): SiteModel {
  const beritaTerbaru = [...model.berita].sort(beritaNewestFirst);
  const opdList = [...model.opds.values()].sort((a, b) => a.data.nama.localeCompare(b.data.nama, 'id'));
  return { ...model, beritaTerbaru, opdList, byOpd: groupByOpd(model, beritaTerbaru), dipArsip };
}

let cached: Promise<SiteModel> | undefined;

/**
 * The model of the content tree in the working directory (the build runs from the repository root; a test
 * builds a fixture site by running the build from the fixture folder).
 */
export function getSiteModel(): Promise<SiteModel> {
  cached ??= loadContent(process.cwd()).then(async (model) => {
    // In the build, the bodies are rendered ahead in a worker thread while the routes are being prepared.
    await prerenderBodies(model);
    return siteModelOf(model, await readDipArchives(model.tree));
  });
  return cached;
}

/** The site model of the repository at `root`, frozen DIPs included (commands and tests; the build uses getSiteModel). */
export async function loadSiteModel(root: string): Promise<SiteModel> {
  const model = await loadContent(root);
  return siteModelOf(model, await readDipArchives(model.tree));
}

/** The content of one OPD (empty lists for an OPD without entries). */
export function opdContent(site: SiteModel, opd: string): OpdContent {
  return site.byOpd.get(opd) ?? { berita: [], informasi: [], datasets: [], dokumen: [] };
}
