/** /informasi/dip.csv: the consolidated DIP, every column of DIP_COLUMNS. */
import type { APIRoute } from 'astro';
import { toCsv } from '../../exports/csv.ts';
import { dipCsvHeader, dipCsvRows, dipRows } from '../../exports/dip.ts';
import { getSiteModel } from '../../site/model.ts';

export const GET: APIRoute = async () => {
  const site = await getSiteModel();
  // The byte order mark makes Excel read the file as UTF-8 (otherwise "–" and "é" turn into "â€“", "Ã©").
  const csv = `\uFEFF${toCsv(dipCsvHeader(), dipCsvRows(dipRows(site), site.pemda.situs))}`;
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
