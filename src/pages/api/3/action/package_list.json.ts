/** CKAN-style package_list (GET /api/3/action/package_list): the names of every catalogue entry. */
import type { APIRoute } from 'astro';
import { ckanEnvelope, packageList } from '../../../../exports/ckan.ts';
import { catalogEntries } from '../../../../exports/open-data.ts';
import { getSiteModel } from '../../../../site/model.ts';

export const GET: APIRoute = async () => {
  const site = await getSiteModel();
  const body = ckanEnvelope('package_list', packageList(await catalogEntries(site)), site.pemda.situs);
  return new Response(JSON.stringify(body, null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
