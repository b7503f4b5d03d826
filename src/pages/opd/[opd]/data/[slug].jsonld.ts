/** The dataset's DCAT-AP metadata as JSON-LD: the dataset, its publisher and its CSV and JSON distributions. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Entry } from '../../../../content/model.ts';
import { datasetDocument } from '../../../../exports/dcat.ts';
import { catalogEntryAt } from '../../../../exports/open-data.ts';
import { urls } from '../../../../lib/urls.ts';
import type { Dataset } from '../../../../schemas/index.ts';
import { datasetDownloadPaths } from '../../../../site/dataset-view.ts';
import { getSiteModel } from '../../../../site/model.ts';

// The same datasets as the downloads: one without its CSV has nothing to describe.
export const getStaticPaths = datasetDownloadPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: Entry<Dataset> }> = async ({ props }) => {
  const site = await getSiteModel();
  const entry = await catalogEntryAt(site, urls.dataset(props.entry.opd, props.entry.slug));
  if (!entry) throw new Error(`${props.entry.path}: tidak ada di katalog data terbuka`);
  return new Response(JSON.stringify(datasetDocument(entry, site.pemda.situs), null, 1), { headers: { 'Content-Type': 'application/ld+json; charset=utf-8' } });
};
