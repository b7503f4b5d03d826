/**
 * The part of the WordPress REST API (wp/v2) the importer reads, parsed defensively: a site answers with whatever
 * its plugins make of it, so every field is checked and anything else is ignored.
 * Reference: https://developer.wordpress.org/rest-api/reference/posts/ (`_embed` adds `_embedded`).
 */
import { z } from 'zod';

/** `protected`: a password-protected post, whose content the public API does not give. */
const Rendered = z.object({ rendered: z.string().catch(''), protected: z.boolean().optional().catch(false) }).catch({ rendered: '' });

/** A media item as embedded (`wp:featuredmedia`) or listed by `/wp/v2/media`; an unreadable one is an error object. */
export const WpMediaSchema = z.object({
  id: z.number().optional(),
  source_url: z.string().optional(),
  alt_text: z.string().catch(''),
  media_details: z
    .object({ sizes: z.record(z.string(), z.object({ source_url: z.string() }).catch({ source_url: '' })).catch({}) })
    .partial()
    .catch({})
    .optional(),
});
export type WpMedia = z.output<typeof WpMediaSchema>;

const WpTermSchema = z.object({ name: z.string().catch(''), taxonomy: z.string().catch('') });

/** A post or page of `/wp/v2/posts` or `/wp/v2/pages`. */
export const WpItemSchema = z.object({
  id: z.number(),
  /** Site-local time, as the site's timezone setting says (many Indonesian sites leave it at UTC). */
  date: z.string(),
  /** The same instant in UTC: the one the importer trusts (see post.ts). */
  date_gmt: z.string().nullish(),
  modified_gmt: z.string().nullish(),
  slug: z.string().catch(''),
  link: z.string(),
  title: Rendered,
  content: Rendered,
  excerpt: Rendered,
  _embedded: z
    .object({
      'wp:featuredmedia': z.array(z.unknown()).catch([]).optional(),
      'wp:term': z.array(z.array(z.unknown()).catch([])).catch([]).optional(),
    })
    .catch({})
    .optional(),
});
export type WpItem = z.output<typeof WpItemSchema>;

/** The featured image of an item, when embedded and readable. */
export function featuredMedia(item: WpItem): WpMedia | undefined {
  const parsed = WpMediaSchema.safeParse(item._embedded?.['wp:featuredmedia']?.[0]);
  return parsed.success && parsed.data.source_url ? parsed.data : undefined;
}

/**
 * The URL of an image to copy: WordPress's `large` rendition (1024 px) when it made one, since the original upload
 * of a camera photo is often several MB, over the portal's image limit (pemda.yaml `batas_ukuran.gambar`).
 */
export function imageUrlOf(media: WpMedia): string | undefined {
  const sizes = media.media_details?.sizes ?? {};
  return [sizes.large?.source_url, media.source_url].find((url) => !!url && URL.canParse(url));
}

/** Names of the embedded categories and tags of an item. */
export function termNames(item: WpItem): string[] {
  const names: string[] = [];
  for (const group of item._embedded?.['wp:term'] ?? []) {
    for (const term of group) {
      const parsed = WpTermSchema.safeParse(term);
      if (parsed.success && ['category', 'post_tag'].includes(parsed.data.taxonomy)) names.push(parsed.data.name);
    }
  }
  return names;
}
