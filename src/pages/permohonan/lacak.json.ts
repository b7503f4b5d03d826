/** /permohonan/lacak.json: every register number with its status and deadlines, read by the tracking page's script. */
import type { APIRoute } from 'astro';
import { lacakData } from '../../exports/layanan.ts';
import { layananOf } from '../../site/layanan.ts';
import { getSiteModel } from '../../site/model.ts';

export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(lacakData(layananOf(await getSiteModel())))}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
