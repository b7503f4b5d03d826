/** The dataset's CSV download: the original bytes, unchanged. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Entry } from '../../../../content/model.ts';
import type { Dataset } from '../../../../schemas/index.ts';
import { datasetDownloadPaths, readDatasetBytes } from '../../../../site/dataset-view.ts';
import { getSiteModel } from '../../../../site/model.ts';

export const getStaticPaths = datasetDownloadPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: Entry<Dataset> }> = async ({ props }) => {
  const site = await getSiteModel();
  const bytes = await readDatasetBytes(site.tree, props.entry);
  return new Response(bytes, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
