/** /statistik-layanan/<tahun>.csv: the year's statistics, one row per OPD and one for the regency (src/exports/layanan.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { statistikCsv } from '../../exports/layanan.ts';
import { layananOf } from '../../site/layanan.ts';
import { getSiteModel } from '../../site/model.ts';

export const getStaticPaths = (async () => layananOf(await getSiteModel()).tahun.map((tahun) => ({ params: { tahun: String(tahun) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const site = await getSiteModel();
  const stat = layananOf(site).statistik(Number(params.tahun));
  const csv = statistikCsv(stat, (opd) => site.opds.get(opd)?.data.nama ?? opd, site.pemda.nama);
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
