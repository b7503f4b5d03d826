/** Publishes the files of `content/opd/<opd>/dokumen/` (attachments, images, document files) as they are. */
import { readFile } from 'node:fs/promises';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteModel } from '../../../../site/model.ts';
import { mimeOf, publishedFiles, type PublishedFile } from '../../../../site/files.ts';

export const getStaticPaths = (async () => {
  const site = await getSiteModel();
  return publishedFiles(site.tree)
    .filter((f) => site.opds.has(f.opd))
    .map((f) => ({ params: { opd: f.opd, file: f.relative.slice('dokumen/'.length) }, props: { published: f } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ published: PublishedFile }> = async ({ props }) => {
  const { file } = props.published;
  return new Response(await readFile(file.abs), { headers: { 'Content-Type': mimeOf(file.path) } });
};
