/** The sample content as the open-data exports see it: the site model and its catalogue entries, read once per test file. */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadContent } from '../../src/content/model.ts';
import type { CatalogEntry } from '../../src/exports/catalog.ts';
import { catalogEntries } from '../../src/exports/open-data.ts';
import { siteModelOf, type SiteModel } from '../../src/site/model.ts';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

let loaded: Promise<{ site: SiteModel; entries: CatalogEntry[] }> | undefined;

export function sampleCatalog(): Promise<{ site: SiteModel; entries: CatalogEntry[] }> {
  loaded ??= loadContent(ROOT).then(async (model) => {
    const site = siteModelOf(model);
    return { site, entries: await catalogEntries(site) };
  });
  return loaded;
}
