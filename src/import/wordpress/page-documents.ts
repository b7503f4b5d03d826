/**
 * `--pages`: what an OPD's WordPress pages hold that the portal publishes is their downloadable documents (Renstra,
 * LKjIP, SOP, forms). Each document linked from a page and stored on the site becomes a dokumen entry
 * (`dokumen/<name>.md` + the file, DokumenSchema). The page text itself (profile, vision, structure) is not
 * imported: it belongs in the OPD's profil.md, which has a fixed shape, and is reported for copying by hand.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Element, Root, RootContent } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { stringify } from 'yaml';
import { classifyPath, opdDir } from '../../content/paths.ts';
import { parseSource } from '../../content/source.ts';
import { wibDateString } from '../../lib/wib.ts';
import { DOWNLOADABLE_LINK } from './media-download.ts';
import { clip, publishedAt, type Candidate, type PostContext } from './post-to-berita.ts';
import { htmlText } from './to-markdown.ts';
import type { WpItem } from './wp-types.ts';

/** A document linked from a page: already published, not copyable (why), or a new dokumen entry. */
export type PageDocument =
  | { url: string; status: 'existing'; berkas: string }
  | { url: string; status: 'failed'; notes: string[] }
  | { url: string; status: 'new'; candidate: Candidate };

const plain = (node: Root | RootContent): string => (node.type === 'text' ? node.value : 'children' in node ? node.children.map(plain).join('') : '');

/** Links of an HTML fragment, absolute, with their text. */
function linksOf(html: string, base: URL): { url: URL; text: string }[] {
  const out: { url: URL; text: string }[] = [];
  const visit = (node: Root | RootContent) => {
    if (node.type === 'element' && node.tagName === 'a') {
      const href = String((node as Element).properties.href ?? '');
      if (URL.canParse(href, base)) out.push({ url: new URL(href, base), text: plain(node).replace(/[\s\u00a0]+/g, ' ').trim() });
    }
    if ('children' in node) node.children.forEach(visit);
  };
  visit(unified().use(rehypeParse, { fragment: true }).parse(html));
  return out;
}

/** `berkas` of every dokumen entry of the OPD (relative paths), to recognise documents already published. */
export async function publishedBerkas(root: string, opd: string): Promise<Set<string>> {
  const dir = `${opdDir(opd)}/dokumen`;
  const out = new Set<string>();
  for (const name of await readdir(join(root, dir)).catch(() => [] as string[])) {
    if (!name.endsWith('.md')) continue;
    const path = `${dir}/${name}`;
    const data = parseSource(classifyPath(path), await readFile(join(root, path), 'utf8')).data as { berkas?: unknown } | undefined;
    if (typeof data?.berkas === 'string') out.add(data.berkas);
  }
  return out;
}

/** The documents of one page, each downloaded and, when new, as a dokumen entry to write. */
export async function pageDocuments(page: WpItem, ctx: PostContext, published: Set<string>): Promise<PageDocument[]> {
  const base = URL.canParse(page.link) ? new URL(page.link) : ctx.policy.site;
  const title = htmlText(page.title.rendered);
  const date = publishedAt({ date: page.date, date_gmt: page.modified_gmt ?? page.date_gmt }) ?? ctx.now;
  const seen = new Set<string>();
  const out: PageDocument[] = [];
  for (const { url, text } of linksOf(page.content.rendered, base)) {
    if (!DOWNLOADABLE_LINK.test(url.pathname) || ctx.policy.refusal(url) || seen.has(url.href)) continue;
    seen.add(url.href);
    ctx.media.begin();
    const berkas = await ctx.media.link(url);
    const { files, notes } = ctx.media.placed();
    if (!berkas) {
      out.push({ url: url.href, status: 'failed', notes });
      continue;
    }
    if (published.has(berkas)) {
      out.push({ url: url.href, status: 'existing', berkas });
      continue;
    }
    const stem = `${opdDir(ctx.opd)}/${berkas.replace(/\.[a-z0-9]+$/, '')}`;
    let path = `${stem}.md`;
    for (let n = 2; ctx.taken(path); n++) path = `${stem}-${n}.md`;
    const judul = clip(text.length >= 5 ? text : `Dokumen ${berkas.slice('dokumen/'.length).replace(/\.[a-z0-9]+$/, '').replace(/-/g, ' ')}`, 200);
    const frontmatter = { judul, tanggal: wibDateString(date), berkas, ringkasan: `Diimpor dari halaman "${title}" di situs lama (${page.link}).` };
    out.push({ url: url.href, status: 'new', candidate: { path, text: `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n`, files, notes } });
  }
  return out;
}
