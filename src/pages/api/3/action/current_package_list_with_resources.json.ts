/** CKAN-style current_package_list_with_resources: every package dict with its resources, newest first. */
import type { APIRoute } from 'astro';
import { ckanEnvelope, currentPackageList } from '../../../../exports/ckan.ts';
import { catalogEntries } from '../../../../exports/open-data.ts';
import { getSiteModel } from '../../../../site/model.ts';

export const GET: APIRoute = async () => {
  const site = await getSiteModel();
  const result = currentPackageList(await catalogEntries(site), site.pemda.situs);
  const body = ckanEnvelope('current_package_list_with_resources', result, site.pemda.situs);
  return new Response(JSON.stringify(body, null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
