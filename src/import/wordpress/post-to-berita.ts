/**
 * One WordPress post as a berita file of the portal: `berita/<yyyy-mm-dd>-<slug>.md` with frontmatter of
 * BeritaSchema (src/schemas/berita.ts) and the article as markdown, its images and documents copied to `dokumen/`.
 *
 * The date is `date_gmt` (UTC by definition) converted to WIB: `date` is in the site's timezone setting, which
 * many OPD sites never changed from WordPress's default UTC, so it would put news seven hours early.
 */
import { wibDateString, wibParts, parseWib } from '../../lib/wib.ts';
import { suggestSlug } from '../../validate/rules/filename.ts';
import { withoutPhoton, type HostPolicy } from './host-policy.ts';
import type { MediaStore, PlacedFile } from './media-store.ts';
import { sealedMarkdown } from './sealed-file.ts';
import { stripShortcodes } from './shortcodes.ts';
import { htmlText, htmlToMarkdown } from './to-markdown.ts';
import type { WpApi } from './wp-api.ts';
import { featuredMedia, imageUrlOf, termNames, type WpItem } from './wp-types.ts';

export interface Candidate {
  /** Repository path of the markdown file. */
  path: string;
  text: string;
  /** Files it uses in `dokumen/` (new ones are written with it). */
  files: PlacedFile[];
  /** What could not be copied (broken images, images of other sites). */
  notes: string[];
}

export interface PostContext {
  opd: string;
  api: WpApi;
  policy: HostPolicy;
  media: MediaStore;
  /** The import time, written as `asal.diimpor`. */
  now: Date;
  /** True when a repository path is already used (on disk or earlier in this run). */
  taken: (path: string) => boolean;
}

/** Limits of BeritaSchema. */
const JUDUL_MAX = 160;
const RINGKASAN_MIN = 20;
const RINGKASAN_MAX = 300;
/** Terms every WordPress site has that say nothing about an article. */
const EMPTY_TERMS = new Set(['uncategorized', 'tak-berkategori', 'tanpa-kategori', 'berita', 'news']);

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD HH:mm` in WIB, as editors write `tanggal`. */
export function wibDateTime(date: Date): string {
  const p = wibParts(date);
  return `${wibDateString(date)} ${pad(p.hour)}:${pad(p.minute)}`;
}

/** The publication instant of a post (see the module comment). */
export function publishedAt(item: Pick<WpItem, 'date' | 'date_gmt'>): Date | undefined {
  if (item.date_gmt && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/.test(item.date_gmt) && !item.date_gmt.startsWith('0000')) {
    const date = new Date(`${item.date_gmt}Z`);
    if (!Number.isNaN(date.getTime())) return date;
  }
  const local = parseWib(item.date.slice(0, 19));
  return local.ok ? local.date : undefined;
}

/** Cuts text to `max` characters at a word boundary, with an ellipsis. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}

/** The excerpt without WordPress's `[…]` and "read more" tail, or the opening of the article when too short. */
export function summaryOf(item: WpItem): string {
  const tidy = (html: string) => stripShortcodes(htmlText(html)).replace(/\s+/g, ' ').trim();
  let text = tidy(item.excerpt.rendered).replace(/\s*(\[(…|\.\.\.)\]|…)?\s*(Baca selengkapnya|Selengkapnya|Read more|Continue reading)\b.*$/i, '').replace(/\s*\[(…|\.\.\.)\]\s*$/, '');
  if (text.length < RINGKASAN_MIN) text = tidy(item.content.rendered);
  return clip(text, RINGKASAN_MAX);
}

/** Categories and tags as portal tags (lowercase slugs), without WordPress's defaults. */
export function tagsOf(item: WpItem): string[] {
  const tags = termNames(item).map((name) => suggestSlug(htmlText(name))).filter((t) => t && !EMPTY_TERMS.has(t));
  return [...new Set(tags)].slice(0, 10);
}

/** The media library's alt text when it says something (BeritaSchema wants 5 characters), else the title. */
function altOf(altText: string, judul: string): string {
  const alt = altText.replace(/\s+/g, ' ').trim();
  return alt.length >= 5 ? alt : judul;
}

function fileName(item: WpItem, judul: string, date: Date, ctx: PostContext): string {
  let raw = item.slug;
  try {
    raw = decodeURIComponent(item.slug);
  } catch {
    // A malformed slug is slugified as it is.
  }
  const slug = (suggestSlug(raw) || suggestSlug(judul)).slice(0, 60).replace(/-+$/, '') || `berita-${item.id}`;
  const stem = `content/opd/${ctx.opd}/berita/${wibDateString(date)}-${slug}`;
  let path = `${stem}.md`;
  for (let n = 2; ctx.taken(path); n++) path = `${stem}-${n}.md`;
  return path;
}

/** Builds the berita file of a post (nothing is written here). */
export async function postToBerita(item: WpItem, date: Date, ctx: PostContext): Promise<Candidate> {
  const judul = clip(htmlText(item.title.rendered), JUDUL_MAX);
  ctx.media.begin();
  const featured = featuredMedia(item);
  let gambar: string | undefined;
  const featuredUrl = featured && imageUrlOf(featured);
  if (featuredUrl) {
    ctx.policy.addMediaHost(featuredUrl);
    gambar = (await ctx.media.image(withoutPhoton(new URL(featuredUrl)))) ?? undefined;
  }
  const base = URL.canParse(item.link) ? new URL(item.link) : ctx.policy.site;
  const body = await htmlToMarkdown(item.content.rendered, {
    base,
    fallbackAlt: judul,
    resolver: { image: (url) => ctx.media.image(withoutPhoton(url)), link: (url) => ctx.media.link(url) },
    lookup: async (ids) => {
      const found = await ctx.api.media(ids);
      for (const url of found.map(imageUrlOf)) if (url) ctx.policy.addMediaHost(url);
      return found;
    },
  });
  const tag = tagsOf(item);
  const frontmatter: Record<string, unknown> = {
    judul,
    tanggal: wibDateTime(date),
    ringkasan: summaryOf(item),
    ...(gambar ? { gambar, gambar_alt: altOf(featured?.alt_text ?? '', judul) } : {}),
    ...(tag.length ? { tag } : {}),
    asal: { url: item.link, diimpor: wibDateTime(ctx.now), sidik: '' },
  };
  const { files, notes } = ctx.media.placed();
  return { path: fileName(item, judul, date, ctx), text: sealedMarkdown(frontmatter, body), files, notes };
}
