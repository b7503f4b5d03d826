/** CKAN-style package_show, one file per package: `package_show?id=<name>` becomes `package_show/<name>.json`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { CatalogEntry } from '../../../../../exports/catalog.ts';
import { ckanEnvelope, ckanPackage } from '../../../../../exports/ckan.ts';
import { catalogEntries } from '../../../../../exports/open-data.ts';
import { getSiteModel } from '../../../../../site/model.ts';

export const getStaticPaths = (async () => {
  const site = await getSiteModel();
  return (await catalogEntries(site)).map((entry) => ({ params: { name: entry.name }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CatalogEntry }> = async ({ props }) => {
  const site = await getSiteModel();
  const body = ckanEnvelope('package_show', ckanPackage(props.entry, site.pemda.situs), site.pemda.situs);
  return new Response(JSON.stringify(body, null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
