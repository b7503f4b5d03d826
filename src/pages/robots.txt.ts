/** /robots.txt: everything but the CMS may be crawled; points to the sitemap on the public host. */
import type { APIRoute } from 'astro';
import { absoluteUrl, urls } from '../lib/urls.ts';
import { getSiteModel } from '../site/model.ts';

export const GET: APIRoute = async () => {
  const { pemda } = await getSiteModel();
  return new Response(`User-agent: *\nDisallow: /admin/\n\nSitemap: ${absoluteUrl(urls.sitemap(), pemda.situs)}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
