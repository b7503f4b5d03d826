/** /informasi/opd/<opd>/arsip/dip-<tahun>.json: an OPD's DIP as its PPID Pelaksana adopted it, byte for byte. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { archiveBytes, publishedArchives } from '../../../../../penetapan/published.ts';
import { getSiteModel } from '../../../../../site/model.ts';

export const getStaticPaths = (async () => {
  const site = await getSiteModel();
  return publishedArchives(site)
    .filter((a) => a.opd && site.opds.has(a.opd))
    .map((a) => ({ params: { opd: a.opd!, nama: a.nama }, props: { path: a.path } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const bytes = await archiveBytes(await getSiteModel(), (props as { path: string }).path);
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
