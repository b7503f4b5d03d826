/** /rss.xml: everything published on the portal, newest first. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { feedOptions } from '../exports/rss.ts';
import { t } from '../i18n/id.ts';
import { urls } from '../lib/urls.ts';
import { getSiteModel } from '../site/model.ts';
import { updatesOf } from '../site/updates.ts';

export const GET: APIRoute = async () => {
  const site = await getSiteModel();
  return rss(feedOptions(site, updatesOf(site), t('rss.title', { pemda: site.pemda.nama }), t('rss.description', { pemda: site.pemda.nama }), urls.rss()));
};
