/**
 * RSS 2.0 feeds (@astrojs/rss): the whole portal at /rss.xml and one per OPD. Items come from the shared update
 * stream (news, information, data, documents), newest first, with absolute links; serta-merta information carries
 * the category `serta-merta` so that readers and aggregators can pick it out at once (UU 14/2008 Pasal 10).
 */
import type { RSSFeedItem, RSSOptions } from '@astrojs/rss';
import { absoluteUrl } from '../lib/urls.ts';
import type { SiteModel } from '../site/model.ts';
import type { Update, UpdateKind } from '../site/updates.ts';

/** Items per feed: enough for a weekly reader, small enough for slow connections. */
export const FEED_SIZE = 50;

export const KIND_CATEGORY: Record<UpdateKind, string> = {
  berita: 'berita',
  informasi: 'informasi',
  data: 'data',
  dokumen: 'dokumen',
};

export function feedItem(update: Update, site: SiteModel): RSSFeedItem {
  const opdNama = site.opds.get(update.opd)?.data.nama;
  const categories = [KIND_CATEGORY[update.kind]];
  if (update.kategori) categories.push(update.kategori);
  if (opdNama) categories.push(opdNama);
  return {
    title: update.judul,
    link: absoluteUrl(update.url, site.pemda.situs),
    pubDate: update.tanggal,
    description: update.ringkasan,
    categories,
  };
}

/** Options for @astrojs/rss: channel metadata plus the newest FEED_SIZE items of `updates`. */
export function feedOptions(site: SiteModel, updates: Update[], title: string, description: string, selfPath: string): RSSOptions {
  return {
    title,
    description,
    site: site.pemda.situs,
    items: updates.slice(0, FEED_SIZE).map((u) => feedItem(u, site)),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>id</language><atom:link href="${absoluteUrl(selfPath, site.pemda.situs)}" rel="self" type="application/rss+xml"/>`,
    trailingSlash: true,
  };
}
