/** /informasi/dip.json: the consolidated DIP with its column dictionary. */
import type { APIRoute } from 'astro';
import { dipJsonText } from '../../exports/published-files.ts';
import { getSiteModel } from '../../site/model.ts';

export const GET: APIRoute = async () => {
  // The same text the open-data metadata measures and hashes (byteSize, checksum).
  return new Response(dipJsonText(await getSiteModel()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
