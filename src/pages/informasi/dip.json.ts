/** /informasi/dip.json: the consolidated DIP with its column dictionary. */
import type { APIRoute } from 'astro';
import { dipJson, dipRows } from '../../exports/dip.ts';
import { getSiteModel } from '../../site/model.ts';

export const GET: APIRoute = async () => {
  const site = await getSiteModel();
  const body = dipJson(dipRows(site), site.pemda.situs, site.pemda.nama);
  return new Response(JSON.stringify(body, null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
