/** /data/catalog.jsonld: the whole catalogue as one DCAT-AP dcat:Catalog, for harvesters (ckanext-dcat, Satu Data). */
import type { APIRoute } from 'astro';
import { catalogDocument } from '../../exports/dcat.ts';
import { catalogEntries } from '../../exports/open-data.ts';
import { getSiteModel } from '../../site/model.ts';

export const GET: APIRoute = async () => {
  const site = await getSiteModel();
  const body = catalogDocument(await catalogEntries(site), site.pemda);
  return new Response(JSON.stringify(body, null, 1), { headers: { 'Content-Type': 'application/ld+json; charset=utf-8' } });
};
