/** The dataset's generated JSON download: metadata, column dictionary and typed records. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Entry } from '../../../../content/model.ts';
import { datasetJson } from '../../../../exports/dataset.ts';
import type { Dataset } from '../../../../schemas/index.ts';
import { datasetDownloadPaths, datasetRecords, readDatasetData } from '../../../../site/dataset-view.ts';
import { getSiteModel } from '../../../../site/model.ts';

export const getStaticPaths = datasetDownloadPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: Entry<Dataset> }> = async ({ props }) => {
  const site = await getSiteModel();
  const { entry } = props;
  // A CSV that is not UTF-8 (the validator reports it) yields the metadata with no records.
  const data = await readDatasetData(site.tree, entry);
  const body = datasetJson(entry, site.opds.get(entry.opd)!, data ? datasetRecords(entry.data, data) : [], site.pemda.situs);
  return new Response(JSON.stringify(body, null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
