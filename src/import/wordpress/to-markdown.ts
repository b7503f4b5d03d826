/**
 * `content.rendered` HTML to the portal's markdown: rehype-parse → WordPress cleanup → rehype-sanitize (strict
 * allowlist) → media rewriting → rehype-remark → remark-gfm → remark-stringify. Shortcodes are handled on the
 * text before parsing (shortcodes.ts), as WordPress does.
 */
import type { Element, ElementContent, Parents, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { rehypeWordpressCleanup } from './cleanup.ts';
import { expandShortcodes, type MediaLookup } from './shortcodes.ts';

/**
 * Where a URL of the article ends up. For an image: the local path (`dokumen/x.jpg`) or null to drop it. For a
 * link: a local path for a downloaded document, or undefined to keep the (absolute) URL.
 */
export interface MediaResolver {
  image(url: URL): Promise<string | null>;
  link(url: URL): Promise<string | undefined>;
}

export interface ConvertOptions {
  /** The article's own URL: relative links in it are relative to this. */
  base: URL;
  resolver: MediaResolver;
  lookup: MediaLookup;
  /** Alt text of an image that has none (the article title). */
  fallbackAlt: string;
}

const SANITIZE: SanitizeSchema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((tag) => tag !== 'input'),
  attributes: { a: ['href'], img: ['src', 'alt'] },
  protocols: { href: ['http', 'https', 'mailto', 'tel'], src: ['http', 'https'] },
  clobber: [],
  required: {},
};

const absolute = (value: unknown, base: URL): URL | undefined => (typeof value === 'string' && URL.canParse(value, base) ? new URL(value, base) : undefined);

/** Rewrites images and links through the resolver; sequential, so downloads stay polite to the old server. */
async function rewriteMedia(parent: Parents, options: ConvertOptions): Promise<void> {
  const out: ElementContent[] = [];
  for (const node of parent.children as ElementContent[]) {
    if (node.type !== 'element') {
      out.push(node);
      continue;
    }
    await rewriteMedia(node, options);
    if (node.tagName === 'img') {
      const url = absolute(node.properties.src, options.base);
      const local = url && (await options.resolver.image(url));
      if (!local) continue;
      const alt = String(node.properties.alt ?? '').replace(/\s+/g, ' ').trim() || options.fallbackAlt;
      node.properties = { src: local, alt };
      out.push(node);
    } else if (node.tagName === 'a') {
      out.push(...(await rewriteLink(node, options)));
    } else out.push(node);
  }
  parent.children = out as Parents['children'];
}

async function rewriteLink(node: Element, options: ConvertOptions): Promise<ElementContent[]> {
  const href = String(node.properties.href ?? '').trim();
  if (/^(mailto|tel):/i.test(href)) return [node];
  const url = absolute(href, options.base);
  // In-page anchors of the old theme point nowhere on the portal: the text stays, the link goes.
  if (!url || href.startsWith('#') || !/^https?:$/.test(url.protocol)) return node.children;
  node.properties = { href: (await options.resolver.link(url)) ?? url.href };
  return [node];
}

function rehypeLocalMedia(options: ConvertOptions) {
  return (tree: Root) => rewriteMedia(tree, options);
}

/** Markdown of an article's HTML (no frontmatter). */
export async function htmlToMarkdown(html: string, options: ConvertOptions): Promise<string> {
  const expanded = await expandShortcodes(html, options.lookup);
  const file = await unified()
    .use(rehypeParse, { fragment: true })
    .use(rehypeWordpressCleanup)
    .use(rehypeSanitize, SANITIZE)
    .use(rehypeLocalMedia, options)
    .use(rehypeRemark)
    .use(remarkGfm)
    .use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', rule: '-', fences: true, listItemIndent: 'one' })
    .process(expanded);
  return String(file).replace(/\n{3,}/g, '\n\n').trim();
}

/** Plain text of an HTML fragment (titles, excerpts): entities decoded, tags and scripts dropped, spaces collapsed. */
export function htmlText(html: string): string {
  const tree = unified().use(rehypeParse, { fragment: true }).parse(html);
  const text = (node: Root | ElementContent): string => {
    if (node.type === 'text') return node.value;
    if (node.type === 'element' && ['script', 'style', 'template'].includes(node.tagName)) return '';
    const inner = 'children' in node ? node.children.map((c) => text(c as ElementContent)).join('') : '';
    return node.type === 'element' && ['p', 'br', 'div', 'li'].includes(node.tagName) ? `${inner} ` : inner;
  };
  return text(tree).replace(/[\s\u00a0]+/g, ' ').trim();
}
