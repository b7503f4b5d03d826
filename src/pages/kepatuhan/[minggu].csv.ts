/** /kepatuhan/<yyyy>-W<ww>.csv: one row per OPD (columns in docs/kepatuhan.md), latest week and archive. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { formatCsv } from '../../compliance/format.ts';
import { getAllWeeklyReports } from '../../compliance/site.ts';
import type { WeeklyReport } from '../../compliance/types.ts';

export const getStaticPaths = (async () =>
  (await getAllWeeklyReports()).map((report) => ({ params: { minggu: report.minggu }, props: { report } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ report: WeeklyReport }> = ({ props }) =>
  new Response(formatCsv(props.report), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
