/**
 * The catalogue of the open-data exports: the DIP and the application inventory first, then every dataset that has
 * its CSV (a dataset without data has nothing to harvest; its page says so). Computed once per build and shared by
 * /data/catalog.jsonld, each entry's JSON-LD and the CKAN-style /api/3/action/ files.
 */
import { mapLimit } from '../lib/pool.ts';
import type { SiteModel } from '../site/model.ts';
import { aplikasiNewest, aplikasiRows } from './aplikasi.ts';
import { aplikasiEntry, dipEntry } from './catalog-lists.ts';
import { datasetEntry, type CatalogEntry } from './catalog.ts';
import { dipRows } from './dip.ts';
import { aplikasiDownloadFacts, datasetDownloadFacts, dipDownloadFacts } from './published-files.ts';

/** CSVs hashed at once: enough to overlap reading and hashing, few enough to keep a handful of 5 MB files in memory. */
const HASH_CONCURRENCY = 4;

const built = new WeakMap<SiteModel, Promise<CatalogEntry[]>>();

/** The newest date of a list's entries: an unchanged list keeps its date (as dip.json does). */
function newestOf(dates: readonly Date[]): Date | undefined {
  return dates.reduce<Date | undefined>((max, d) => (!max || d > max ? d : max), undefined);
}

async function buildEntries(site: SiteModel): Promise<CatalogEntry[]> {
  const datasets = await mapLimit(site.datasets, HASH_CONCURRENCY, async (entry) => {
    const files = await datasetDownloadFacts(site, entry);
    return files ? datasetEntry(site, entry, files) : undefined;
  });
  // An empty list is not offered as a dataset (its download would hold no rows).
  const dipDate = newestOf(dipRows(site).map((r) => r.entry.data.diperbarui));
  const aplikasiDate = aplikasiNewest(aplikasiRows(site));
  return [
    ...(dipDate ? [dipEntry(site, await dipDownloadFacts(site), dipDate)] : []),
    ...(aplikasiDate ? [aplikasiEntry(site, await aplikasiDownloadFacts(site), aplikasiDate)] : []),
    ...datasets.filter((e): e is CatalogEntry => e !== undefined),
  ];
}

/** Every catalogue entry of the site, in catalogue order (memoized per site model). */
export function catalogEntries(site: SiteModel): Promise<CatalogEntry[]> {
  let entries = built.get(site);
  if (!entries) built.set(site, (entries = buildEntries(site)));
  return entries;
}

/** The catalogue entry whose landing page is `page`, if it is published. */
export async function catalogEntryAt(site: SiteModel, page: string): Promise<CatalogEntry | undefined> {
  return (await catalogEntries(site)).find((e) => e.page === page);
}
