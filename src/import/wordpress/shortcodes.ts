/**
 * WordPress shortcodes left in `content.rendered`: a shortcode whose plugin is gone (or a theme that saved raw
 * content) reaches the API as text. WordPress itself handles them as text before any HTML parsing, and so does
 * this module: `[caption]` becomes a figure (image and caption kept), `[gallery ids=...]` the images the site's
 * media API names (or nothing), and any other shortcode tag is removed, its inner text kept.
 */
import { imageUrlOf, type WpMedia } from './wp-types.ts';

/** Looks media up by id (the site's media API). */
export type MediaLookup = (ids: number[]) => Promise<WpMedia[]>;

/** Quotes as they appear in attributes after wptexturize or entity encoding. */
const QUOTE = `(?:"|'|&quot;|&#0?34;|&#8221;|&#8243;|&#8220;|\u201c|\u201d|\u2033)`;
const CAPTION = /\[caption\b([^\]]*)\]([\s\S]*?)\[\/caption\]/gi;
const GALLERY = /\[gallery\b([^\]]*)\]/gi;
const IDS = new RegExp(`\\bids=${QUOTE}?([\\d,\\s]+)`, 'i');
const CAPTION_ATTR = new RegExp(`\\bcaption=${QUOTE}(.*?)${QUOTE}`, 'i');
/** Leading image, possibly wrapped in a link, then the caption text. */
const IMAGE_THEN_TEXT = /^\s*((?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*<\/a>)?)([\s\S]*)$/i;

/** Shortcodes of core WordPress and of plugins common on Indonesian government sites. */
const KNOWN = new Set(['embed', 'video', 'audio', 'playlist', 'gallery', 'caption', 'wpforms', 'pdf', 'pdfjs', 'pdf-embedder', 'googlepdf', 'download', 'button', 'tabs', 'tab', 'accordion', 'toggle', 'slider', 'column', 'row', 'spoiler']);
/**
 * A shortcode tag: a closing tag, a tag with `name=value` attributes, a name with `_` or `-` (plugin prefixes
 * `vc_`, `et_pb_`, `su_`, `contact-form-7`) or a known name. `[Demak]` or `[1]` in prose are left alone.
 */
const TAG = /\[(\/?)([a-z][\w-]*)((?:\s[^[\]]*)?)\]/gi;

function isShortcode(closing: string, name: string, attrs: string): boolean {
  return closing === '/' || attrs.includes('=') || /[_-]/.test(name) || KNOWN.has(name.toLowerCase());
}

const escapeAttr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function captionFigure(attrs: string, inner: string): string {
  const split = IMAGE_THEN_TEXT.exec(inner);
  const image = split?.[1] ?? '';
  const text = (split ? split[2] : inner).trim() || (CAPTION_ATTR.exec(attrs)?.[1] ?? '');
  return `<figure>${image}<figcaption>${text}</figcaption></figure>`;
}

async function galleryImages(attrs: string, lookup: MediaLookup): Promise<string> {
  const ids = (IDS.exec(attrs)?.[1] ?? '').split(/[,\s]+/).map(Number).filter((n) => Number.isInteger(n) && n > 0);
  const media = await lookup(ids);
  return media.map((m) => `<p><img src="${escapeAttr(imageUrlOf(m) ?? '')}" alt="${escapeAttr(m.alt_text)}"></p>`).join('');
}

/** Replaces the shortcodes of an HTML string (see the module comment). */
export async function expandShortcodes(html: string, lookup: MediaLookup): Promise<string> {
  let out = html.replace(CAPTION, (_all, attrs: string, inner: string) => captionFigure(attrs, inner));
  const galleries = [...out.matchAll(GALLERY)];
  const replacements = await Promise.all(galleries.map((m) => galleryImages(m[1], lookup)));
  let index = 0;
  out = out.replace(GALLERY, () => replacements[index++] ?? '');
  return stripShortcodes(out);
}

/** Removes shortcode tags, keeping the text between an opening and a closing tag. */
export function stripShortcodes(text: string): string {
  return text.replace(TAG, (all, closing: string, name: string, attrs: string) => (isShortcode(closing, name, attrs) ? '' : all));
}
