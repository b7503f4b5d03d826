/** /informasi/dip.csv: the consolidated DIP, every column of DIP_COLUMNS. */
import type { APIRoute } from 'astro';
import { dipCsvText } from '../../exports/published-files.ts';
import { getSiteModel } from '../../site/model.ts';

export const GET: APIRoute = async () => {
  // The same text the open-data metadata measures and hashes (byteSize, checksum).
  return new Response(dipCsvText(await getSiteModel()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
