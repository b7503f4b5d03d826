/** The dataset's generated JSON download: metadata, column dictionary and typed records. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Entry } from '../../../../content/model.ts';
import { datasetJsonText } from '../../../../exports/published-files.ts';
import type { Dataset } from '../../../../schemas/index.ts';
import { datasetDownloadPaths } from '../../../../site/dataset-view.ts';
import { getSiteModel } from '../../../../site/model.ts';

export const getStaticPaths = datasetDownloadPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: Entry<Dataset> }> = async ({ props }) => {
  // The same text the open-data metadata measures and hashes (byteSize, checksum).
  const text = await datasetJsonText(await getSiteModel(), props.entry);
  return new Response(text, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
