/**
 * RSS 2.0 feeds (@astrojs/rss): the whole portal at /rss.xml and one per OPD. Items come from the shared update
 * stream (news, information, data, documents), newest first, with absolute links; serta-merta information carries
 * the category `serta-merta` so that readers and aggregators can pick it out at once (UU 14/2008 Pasal 10).
 * Every text field is plain text (no markup from content ever reaches a feed reader as HTML).
 */
import type { RSSFeedItem, RSSOptions } from '@astrojs/rss';
import { absoluteUrl } from '../lib/urls.ts';
import type { SiteModel } from '../site/model.ts';
import type { Update } from '../site/updates.ts';

/**
 * Markup as an HTML parser sees it (WHATWG HTML, "tag open state"): `<` followed by a letter, `/`, `!` or `?`
 * opens a tag, comment or declaration that runs to the next `>`, or to the end of the text when none follows.
 */
const MARKUP = /<[a-zA-Z/!?][^>]*(?:>|$)/g;
/** Characters XML 1.0 forbids (§2.2): one of them makes the whole feed unreadable. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/**
 * Content text without markup: tags removed until none is left (`<<b>img ...>` turns into a tag once `<b>` is
 * gone), characters XML cannot carry dropped, whitespace collapsed. Markup in a summary is never meant: the site
 * shows these fields as escaped text, so a tag there is at best a typo and at worst an attack on feed readers.
 */
export function plainText(text: string): string {
  let out = text.replace(NOT_XML, '');
  for (let before = ''; before !== out; ) {
    before = out;
    // A space keeps words apart ("satu<br>dua"), except right after a `<`, which must meet what follows.
    out = out.replace(MARKUP, (_, at: number, all: string) => (all[at - 1] === '<' ? '' : ' '));
  }
  return out.replace(/\s+/g, ' ').trim();
}

/**
 * An item description. RSS 2.0 says description may hold entity-encoded HTML, and readers render it as HTML after
 * XML decoding (RSS Best Practices Profile, rssboard.org/rss-profile#element-channel-item-description). So the
 * plain text is HTML-escaped here and XML-escaped again by the writer: a reader gets `&lt;` and shows `<`; no
 * `<` ever arrives as markup. No CDATA: it would hand the reader raw HTML.
 */
export function feedDescription(text: string): string {
  return plainText(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A title or category: plain text, which readers disagree on (some render titles as HTML). Angle brackets left
 * after removing the markup become the look-alike single guillemets, so the text reads the same everywhere and no
 * reader can take it for a tag; `&` is left to the XML writer.
 */
export function feedLabel(text: string): string {
  return plainText(text).replace(/</g, '\u2039').replace(/>/g, '\u203A');
}

/** Items per feed: enough for a weekly reader, small enough for slow connections. */
export const FEED_SIZE = 50;

export function feedItem(update: Update, site: SiteModel): RSSFeedItem {
  const opdNama = site.opds.get(update.opd)?.data.nama;
  // The first category is the content type's public name (its section in the registry: berita, informasi, data, dokumen).
  const categories: string[] = [update.kind];
  if (update.kategori) categories.push(update.kategori);
  if (opdNama) categories.push(opdNama);
  return {
    title: feedLabel(update.judul),
    link: absoluteUrl(update.url, site.pemda.situs),
    pubDate: update.tanggal,
    description: feedDescription(update.ringkasan),
    categories: categories.map(feedLabel),
  };
}

/** Options for @astrojs/rss: channel metadata plus the newest FEED_SIZE items of `updates`. */
export function feedOptions(site: SiteModel, updates: Update[], title: string, description: string, selfPath: string): RSSOptions {
  return {
    title: feedLabel(title),
    description: feedDescription(description),
    site: site.pemda.situs,
    items: updates.slice(0, FEED_SIZE).map((u) => feedItem(u, site)),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>id</language><atom:link href="${absoluteUrl(selfPath, site.pemda.situs)}" rel="self" type="application/rss+xml"/>`,
    trailingSlash: true,
  };
}
