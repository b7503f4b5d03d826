/** /opensearch.xml: search the portal from the browser's address bar. */
import type { APIRoute } from 'astro';
import { fitShortName, openSearchXml, placeName } from '../exports/opensearch.ts';
import { t } from '../i18n/id.ts';
import { getSiteModel } from '../site/model.ts';

export const GET: APIRoute = async () => {
  const { pemda } = await getSiteModel();
  const shortName = fitShortName([t('site.shortName', { pemda: pemda.singkatan }), t('site.shortName', { pemda: placeName(pemda.singkatan) })]);
  const xml = openSearchXml(pemda.situs, shortName, t('search.openSearch', { pemda: pemda.nama }));
  return new Response(xml, { headers: { 'Content-Type': 'application/opensearchdescription+xml' } });
};
