/**
 * Markdown -> safe HTML for every page (CommonMark + GFM, same parser options as the validator).
 * The renderer never trusts content, even content that bypassed `npm run validate`: raw HTML is dropped except
 * the few inline tags of the content contract, URLs are rewritten or removed, and rehype-sanitize runs last
 * with a strict allowlist, so `<script>`, `on*=` attributes, `javascript:` links and iframes cannot reach a page.
 */
import type { Element, ElementContent, Nodes, Parents, Root } from 'hast';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import type { Root as MdastRoot } from 'mdast';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { VFile } from 'vfile';
import { opdOfPath, resolveOpdFile } from '../content/paths.ts';
import { t } from '../i18n/id.ts';
import { ALLOWED_HTML_TAGS, UNSAFE_URL, parseMarkdown } from './markdown.ts';
import { urls } from './urls.ts';

export interface RenderOptions {
  /** OPD whose folder relative links (`dokumen/x.pdf`) point into; regency-wide pages pass nothing. */
  opd?: string;
  /** Added to every heading level, e.g. 1 turns `##` into `<h3>` when the body sits under a page `<h2>`. */
  headingOffset?: number;
}

/** Elements whose text must disappear together with the raw tags around them. */
const DROP_WITH_CONTENT = new Set(['script', 'style', 'iframe', 'object', 'embed', 'textarea', 'noscript', 'template', 'svg', 'math']);
const INLINE_TAGS = new Set<string>(ALLOWED_HTML_TAGS.filter((tag) => tag !== 'br'));
const OPEN_TAG = /^<([a-z][a-z0-9-]*)((?:\s+[^>]*)?)\/?>$/i;
const CLOSE_TAG = /^<\/([a-z][a-z0-9-]*)\s*>$/i;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * Rebuilds the allowed inline tags (`<br>`, `<sup>`…`</sup>`, `<abbr title>`) from the raw HTML nodes that
 * remark-rehype keeps, and removes every other raw node. Nothing raw survives this step.
 */
function rebuildAllowedRaw() {
  const visit = (parent: Parents) => {
    const out: (ElementContent | Root['children'][number])[] = [];
    const children = parent.children as Nodes[];
    for (let i = 0; i < children.length; i++) {
      const node = children[i];
      if (node.type !== 'raw') {
        if ('children' in node) visit(node);
        out.push(node as ElementContent);
        continue;
      }
      const value = node.value.trim();
      const open = OPEN_TAG.exec(value);
      const tag = open?.[1].toLowerCase();
      if (tag === 'br') {
        out.push({ type: 'element', tagName: 'br', properties: {}, children: [] });
        continue;
      }
      if (!tag) continue;
      const close = children.findIndex((n, j) => j > i && n.type === 'raw' && CLOSE_TAG.exec(n.value.trim())?.[1].toLowerCase() === tag);
      if (INLINE_TAGS.has(tag) && close > i) {
        const title = tag === 'abbr' ? /\stitle\s*=\s*"([^"<>]*)"/i.exec(open![2])?.[1] : undefined;
        const element: Element = { type: 'element', tagName: tag, properties: title ? { title } : {}, children: children.slice(i + 1, close) as ElementContent[] };
        visit(element);
        out.push(element);
        i = close;
      } else if (DROP_WITH_CONTENT.has(tag) && close > i) {
        i = close;
      }
    }
    parent.children = out as Parents['children'];
  };
  return (tree: Root) => visit(tree);
}

/** What a URL written in content becomes on the page: a safe URL, or null to drop it. */
export function resolveContentUrl(url: string, opd: string | undefined, kind: 'link' | 'image'): string | null {
  const value = url.trim();
  // Browsers ignore tabs/newlines inside URLs ("java\tscript:"), so anything with control characters is refused.
  if (value === '' || /[\u0000-\u001f\u007f]/.test(value) || UNSAFE_URL.test(value)) return null;
  if (value.startsWith('//') || value.startsWith('\\')) return null;
  if (SCHEME.test(value)) {
    // No request may leave the site for an image; links may go to https/http/mailto/tel only.
    if (kind === 'image') return null;
    return /^(https?|mailto|tel):/i.test(value) ? value : null;
  }
  if (value.startsWith('/') || (value.startsWith('#') && kind === 'link')) return value;
  if (!opd) return null;
  const [path, suffix = ''] = value.split(/(?=[?#])/);
  let decoded: string;
  try {
    decoded = decodeURI(path);
  } catch {
    return null;
  }
  const resolved = resolveOpdFile(opd, decoded);
  if (!resolved) return null;
  return encodeURI(urls.opdFile(opd, resolved.slice(`content/opd/${opd}/`.length))) + (kind === 'link' ? suffix : '');
}

/** Rewrites links and images, shifts headings; the options come from the file's data. */
function rewriteElements() {
  return (tree: Root, file: VFile) => {
    const { opd, headingOffset = 0 } = file.data as RenderOptions;
    const visit = (parent: Parents) => {
      parent.children = parent.children.flatMap((node): typeof parent.children => {
        if (node.type !== 'element') return [node];
        visit(node);
        const level = /^h([1-6])$/.exec(node.tagName);
        if (level && headingOffset) node.tagName = `h${Math.min(6, Number(level[1]) + headingOffset)}`;
        if (node.tagName === 'a') {
          const href = resolveContentUrl(String(node.properties.href ?? ''), opd, 'link');
          // A link that cannot be followed safely keeps only its text.
          if (href === null) return node.children;
          node.properties.href = href;
        }
        if (node.tagName === 'img') {
          const src = resolveContentUrl(String(node.properties.src ?? ''), opd, 'image');
          // An image that cannot be shown keeps its description as text.
          if (src === null) return [{ type: 'text', value: String(node.properties.alt ?? '') }];
          node.properties = { src, alt: String(node.properties.alt ?? ''), loading: 'lazy', decoding: 'async' };
        }
        return [node];
      }) as typeof parent.children;
    };
    visit(tree);
  };
}

/** Longest accessible name given to a table's scroll region; header texts beyond it are cut at a word. */
const TABLE_LABEL_MAX = 80;

const textOf = (node: ElementContent): string => (node.type === 'text' ? node.value : 'children' in node ? node.children.map(textOf).join('') : '');

/** `Uraian, Anggaran (Rp), Realisasi (Rp), %`: the header cells of a table's first row. */
function headerText(table: Element): string {
  const rows: Element[] = [];
  const collect = (node: Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'tr') rows.push(child);
      else if (child.tagName === 'thead' || child.tagName === 'tbody') collect(child);
    }
  };
  collect(table);
  const cells = (rows[0]?.children ?? []).filter((c): c is Element => c.type === 'element' && (c.tagName === 'th' || c.tagName === 'td'));
  const text = cells.map((c) => textOf(c).replace(/\s+/g, ' ').trim()).filter(Boolean).join(', ');
  if (text.length <= TABLE_LABEL_MAX) return text;
  const cut = text.slice(0, TABLE_LABEL_MAX);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1)).replace(/[,\s]+$/, '')}…`;
}

/**
 * A wide table scrolls sideways inside its own region (a phone is 360 px wide): the region is focusable so that
 * keyboard users can scroll it, and named after the table's columns (WCAG 2.1.1, axe `scrollable-region-focusable`).
 * Runs AFTER rehype-sanitize, which would strip `role`/`tabindex`; it only adds fixed attributes and text taken
 * from the already sanitized table.
 */
function wrapTables() {
  return (tree: Root) => {
    const tables: { parent: Parents; index: number; table: Element }[] = [];
    const visit = (parent: Parents) => {
      parent.children.forEach((node, index) => {
        if (node.type !== 'element') return;
        if (node.tagName === 'table') tables.push({ parent, index, table: node });
        else visit(node);
      });
    };
    visit(tree);
    tables.forEach(({ parent, index, table }, i) => {
      // Numbered when a body has several tables, so that every region of the page has its own name.
      const name = tables.length > 1 ? t('prose.tableNumbered', { n: i + 1 }) : t('prose.table');
      const kolom = headerText(table);
      const label = kolom ? `${name}: ${kolom}` : name;
      const wrapper: Element = { type: 'element', tagName: 'div', properties: { className: ['table-wrap'], role: 'region', tabIndex: 0, ariaLabel: label }, children: [table] };
      parent.children[index] = wrapper;
    });
  };
}

/** The allowlist: GitHub's schema minus form inputs, with narrower URL schemes (images: site paths only). */
export const SANITIZE_SCHEMA: SanitizeSchema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []).filter((tag) => tag !== 'input' && tag !== 'iframe'), 'abbr'],
  attributes: {
    ...defaultSchema.attributes,
    img: ['src', 'alt', 'title', 'loading', 'decoding'],
    abbr: ['title'],
  },
  protocols: { href: ['http', 'https', 'mailto', 'tel'], src: [], cite: ['https'], longDesc: [] },
};

/** mdast → sanitized HTML: everything after parsing (the parser is the validator's, src/lib/markdown.ts). */
const toHtml = unified()
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rebuildAllowedRaw)
  .use(rewriteElements)
  .use(rehypeSanitize, SANITIZE_SCHEMA)
  .use(wrapTables)
  .use(rehypeStringify);

/** Renders a parsed body (the build's validation parses each body once for its rules and this, src/validate/markdown-render.ts). */
export function renderTree(root: MdastRoot, options: RenderOptions = {}): string {
  return String(toHtml.stringify(toHtml.runSync(root, { data: { ...options } }) as Root));
}

/** Renders a markdown body to sanitized HTML. */
export function renderMarkdown(body: string, options: RenderOptions = {}): string {
  if (!body.trim()) return '';
  return renderTree(parseMarkdown(body), options);
}

/** The options as part of a key (a heading offset changes the HTML). */
export function optionsKey(options: RenderOptions): string {
  return `${options.opd ?? ''}\u0000${options.headingOffset ?? 0}`;
}

/** The options the pages render a content file's body with, in most cases: an OPD's files link into its folder. */
export function renderOptionsFor(path: string): RenderOptions {
  const opd = opdOfPath(path);
  return opd ? { opd } : {};
}
