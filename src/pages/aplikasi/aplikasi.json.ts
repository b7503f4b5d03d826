/** /aplikasi/aplikasi.json: the application inventory with its column dictionary (src/exports/aplikasi.ts). */
import type { APIRoute } from 'astro';
import { aplikasiJsonText } from '../../exports/published-files.ts';
import { getSiteModel } from '../../site/model.ts';

export const GET: APIRoute = async () => {
  // The same text the open-data metadata measures and hashes (byteSize, checksum).
  return new Response(aplikasiJsonText(await getSiteModel()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
