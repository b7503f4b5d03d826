/** CKAN-style organization_list: the name (slug) of every OPD, ordered by title. */
import type { APIRoute } from 'astro';
import { ckanEnvelope, organizationList } from '../../../../exports/ckan.ts';
import { getSiteModel } from '../../../../site/model.ts';

export const GET: APIRoute = async () => {
  const site = await getSiteModel();
  const body = ckanEnvelope('organization_list', organizationList(site), site.pemda.situs);
  return new Response(JSON.stringify(body, null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
