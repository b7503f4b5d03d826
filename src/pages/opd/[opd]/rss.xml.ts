/** RSS feed of one OPD: its news, information, data and documents, newest first. */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import type { OpdEntry } from '../../../content/model.ts';
import { feedOptions } from '../../../exports/rss.ts';
import { t } from '../../../i18n/id.ts';
import { urls } from '../../../lib/urls.ts';
import { getSiteModel } from '../../../site/model.ts';
import { updatesOf } from '../../../site/updates.ts';

export const getStaticPaths = (async () => {
  const site = await getSiteModel();
  return site.opdList.map((opd) => ({ params: { opd: opd.opd }, props: { opd } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ opd: OpdEntry }> = async ({ props }) => {
  const site = await getSiteModel();
  const { opd } = props;
  return rss(feedOptions(site, updatesOf(site, opd.opd), t('rss.opdTitle', { nama: opd.data.nama }), t('rss.opdDescription', { nama: opd.data.nama }), urls.opdRss(opd.opd)));
};
