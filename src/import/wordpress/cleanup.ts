/**
 * rehype plugin: what WordPress and its plugins put around an article that a portal page must not carry, removed
 * before sanitising. Scripts, embeds and forms go with their content; share buttons and related-post boxes of
 * Jetpack go; tracking pixels go; every attribute but `href`, `src` and `alt` goes (inline styles, classes, ids);
 * a figure becomes its image and a caption paragraph; an image wrapped in a link to itself loses the link;
 * `&nbsp;` becomes a space; empty paragraphs go; headings start at level 2 and never skip a level (the
 * validator's heading-order check, WCAG 1.3.1).
 */
import type { Element, ElementContent, Parents, Root, Text } from 'hast';

const DROP_WITH_CONTENT = new Set(['script', 'style', 'iframe', 'object', 'embed', 'noscript', 'template', 'svg', 'math', 'form', 'input', 'button', 'select', 'textarea', 'video', 'audio', 'canvas', 'map', 'link', 'meta', 'head', 'title']);
/** Jetpack and theme boxes that are page furniture, not article text. */
const FURNITURE_CLASS = /\b(sharedaddy|sd-sharing|jp-relatedposts|wp-block-buttons|addtoany|social-share|post-views)\b/;
const TRACKER_HOSTS = /(^|\.)(google-analytics\.com|googletagmanager\.com|doubleclick\.net|facebook\.com|pixel\.wp\.com|stats\.wp\.com|bat\.bing\.com|scorecardresearch\.com|quantserve\.com|matomo\.cloud|hotjar\.com)$/i;
const KEEP_ATTRIBUTES: Record<string, string[]> = { a: ['href'], img: ['src', 'alt'] };
/** Elements that may stay when they hold no text (the rest are removed when empty). */
const MAY_BE_EMPTY = new Set(['img', 'br', 'hr', 'td', 'th', 'tr', 'thead', 'tbody', 'table']);

const textOf = (node: ElementContent | Root): string => (node.type === 'text' ? node.value : 'children' in node ? node.children.map((c) => textOf(c as ElementContent)).join('') : '');
const hasImage = (node: ElementContent): boolean => node.type === 'element' && (node.tagName === 'img' || node.children.some(hasImage));
const classOf = (node: Element) => [node.properties.className ?? []].flat().join(' ');

/** A size from `width="1"`, `style="width:1px"` or the like; NaN when not given. */
function sizeOf(node: Element, key: 'width' | 'height'): number {
  const direct = Number(node.properties[key]);
  if (!Number.isNaN(direct) && node.properties[key] !== undefined) return direct;
  const style = String(node.properties.style ?? '');
  const m = new RegExp(`(?:^|;)\\s*${key}\\s*:\\s*(\\d+(?:\\.\\d+)?)px`, 'i').exec(style);
  return m ? Number(m[1]) : Number.NaN;
}

function isTrackingPixel(node: Element): boolean {
  if (sizeOf(node, 'width') <= 2 || sizeOf(node, 'height') <= 2) return true;
  const src = String(node.properties.src ?? '');
  return URL.canParse(src) && TRACKER_HOSTS.test(new URL(src).hostname);
}

const paragraph = (children: ElementContent[]): Element => ({ type: 'element', tagName: 'p', properties: {}, children });

/** A figure as its images (each in a paragraph) and its caption as an italic paragraph; the caption is the alt of an image without one. */
function flattenFigure(figure: Element): ElementContent[] {
  const images: Element[] = [];
  const collect = (node: ElementContent) => {
    if (node.type !== 'element' || node.tagName === 'figcaption') return;
    if (node.tagName === 'img') images.push(node);
    else node.children.forEach(collect);
  };
  figure.children.forEach(collect);
  const caption = figure.children.find((c): c is Element => c.type === 'element' && c.tagName === 'figcaption');
  const text = caption ? textOf(caption).replace(/\s+/g, ' ').trim() : '';
  for (const image of images) if (!String(image.properties.alt ?? '').trim() && text) image.properties.alt = text;
  const out: ElementContent[] = images.map((image) => paragraph([image]));
  if (text) out.push(paragraph([{ type: 'element', tagName: 'em', properties: {}, children: [{ type: 'text', value: text }] }]));
  return out;
}

function cleanChildren(parent: Parents): void {
  const out: ElementContent[] = [];
  for (const node of parent.children as ElementContent[]) {
    if (node.type === 'comment') continue;
    if (node.type === 'text') {
      out.push({ type: 'text', value: node.value.replace(/\u00a0/g, ' ').replace(/[ \t]{2,}/g, ' ') } satisfies Text);
      continue;
    }
    if (node.type !== 'element') continue;
    if (DROP_WITH_CONTENT.has(node.tagName) || FURNITURE_CLASS.test(classOf(node))) continue;
    if (node.tagName === 'img' && isTrackingPixel(node)) continue;
    cleanChildren(node);
    if (node.tagName === 'figure') {
      out.push(...flattenFigure(node));
      continue;
    }
    const meaningful = node.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
    // WordPress links an image to its own file or attachment page: the image alone is what the reader needs.
    if (node.tagName === 'a' && meaningful.length === 1 && meaningful[0].type === 'element' && meaningful[0].tagName === 'img') {
      out.push(meaningful[0]);
      continue;
    }
    const keep = KEEP_ATTRIBUTES[node.tagName] ?? [];
    node.properties = Object.fromEntries(Object.entries(node.properties).filter(([key]) => keep.includes(key)));
    if (!MAY_BE_EMPTY.has(node.tagName) && !textOf(node).trim() && !hasImage(node)) continue;
    out.push(node);
  }
  parent.children = out as Parents['children'];
}

/** Levels start at 2 (the page title is the only level 1) and go down one step at most. */
function normaliseHeadings(root: Root): void {
  let previous = 1;
  const visit = (node: Parents) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const level = /^h([1-6])$/.exec(child.tagName);
      if (level) {
        const depth = Math.min(Math.max(Number(level[1]), 2), previous + 1);
        child.tagName = `h${depth}`;
        previous = depth;
      } else visit(child);
    }
  };
  visit(root);
}

/** The unified plugin (no options). */
export function rehypeWordpressCleanup() {
  return (tree: Root) => {
    cleanChildren(tree);
    normaliseHeadings(tree);
  };
}
