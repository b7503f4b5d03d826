/** /aplikasi/aplikasi.jsonld: the application inventory described as a DCAT-AP dataset (its CSV and JSON downloads). */
import type { APIRoute } from 'astro';
import { listDocument } from '../../exports/list-document.ts';
import { urls } from '../../lib/urls.ts';
import { getSiteModel } from '../../site/model.ts';

export const GET: APIRoute = async () => {
  const body = await listDocument(await getSiteModel(), urls.aplikasiIndex());
  return new Response(JSON.stringify(body, null, 1), { headers: { 'Content-Type': 'application/ld+json; charset=utf-8' } });
};
