/** /aplikasi/aplikasi.csv: the application inventory as open data, one row per system (src/exports/aplikasi.ts). */
import type { APIRoute } from 'astro';
import { aplikasiCsvText } from '../../exports/published-files.ts';
import { getSiteModel } from '../../site/model.ts';

export const GET: APIRoute = async () => {
  // The same text the open-data metadata measures and hashes (byteSize, checksum).
  return new Response(aplikasiCsvText(await getSiteModel()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
