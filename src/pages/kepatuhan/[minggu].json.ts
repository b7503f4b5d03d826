/** /kepatuhan/<yyyy>-W<ww>.json: the weekly report (schema in docs/kepatuhan.md), latest week and archive. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { formatJson } from '../../compliance/format.ts';
import { getAllWeeklyReports } from '../../compliance/site.ts';
import type { WeeklyReport } from '../../compliance/types.ts';

export const getStaticPaths = (async () =>
  (await getAllWeeklyReports()).map((report) => ({ params: { minggu: report.minggu }, props: { report } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ report: WeeklyReport }> = ({ props }) =>
  new Response(formatJson(props.report), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
