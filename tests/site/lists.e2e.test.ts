/**
 * Lists that grow with content stay small pages (the five-years-scale issue): the DIP is an index plus one page per
 * OPD, an OPD page previews the newest few of each kind and links to full, paginated lists, the sitemap names the
 * new pages; and search sorts by date from an order file that only a reader asking for it downloads.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { absoluteUrl, urls } from '../../src/lib/urls.ts';
import { OPD_PREVIEW, PAGE_SIZE } from '../../src/site/paging.ts';
import type { SearchOrder } from '../../src/site/search-order.ts';
import { DIST } from './built-site.ts';
import { resultDay } from './result-day.ts';
import { openBuiltSite, type SiteUnderTest } from './site-fixture.ts';

let t: SiteUnderTest;

beforeAll(async () => {
  t = await openBuiltSite();
});

afterAll(async () => {
  await t?.close();
});

const html = (path: string) => readFile(join(DIST, path, 'index.html'), 'utf8');
const hrefs = (page: string) => [...page.matchAll(/href="([^"]*)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));

async function htmlFiles(): Promise<string[]> {
  const entries = await readdir(DIST, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

describe('page sizes', () => {
  it('keeps every HTML page under 100 KB gzip, and no page links to the old anchors of /informasi/', async () => {
    const offenders: string[] = [];
    for (const file of await htmlFiles()) {
      const bytes = await readFile(file);
      const path = relative(DIST, file);
      if (gzipSync(bytes).length > 100 * 1024) offenders.push(`${path}: ${gzipSync(bytes).length} B`);
      if (/href="\/informasi\/#/.test(bytes.toString('utf8'))) offenders.push(`${path}: /informasi/#`);
    }
    expect(offenders).toEqual([]);
  });
});

describe('DIP', () => {
  it('the index links to the DIP page of every OPD and lists the OPDs without entries', async () => {
    const links = hrefs(await html(urls.dip()));
    for (const opd of t.site.opdList) expect(links, opd.opd).toContain(urls.dipOpd(opd.opd));
    expect(links).toEqual(expect.arrayContaining([urls.dipCsv(), urls.dipJson(), urls.dik()]));
  });

  it("each OPD's DIP page numbers exactly its DIP entries and holds its exempt ones", async () => {
    for (const opd of t.site.opdList) {
      const page = await html(urls.dipOpd(opd.opd));
      const entries = t.site.byOpd.get(opd.opd)!.informasi;
      const dip = entries.filter((e) => e.data.kategori !== 'dikecualikan');
      const numbers = [...page.matchAll(/<td class="num">(\d+)<\/td>/g)].map((m) => Number(m[1]));
      expect(numbers.slice(0, dip.length), opd.opd).toEqual(dip.map((_, i) => i + 1));
      for (const e of entries) expect(page, e.path).toContain(`href="${urls.informasi(e.opd, e.slug)}"`);
    }
  });
});

describe('OPD pages', () => {
  const most = (kind: 'berita' | 'datasets' | 'dokumen' | 'informasi') =>
    t.site.opdList.map((o) => o.opd).sort((a, b) => t.site.byOpd.get(b)![kind].length - t.site.byOpd.get(a)![kind].length)[0];

  it('preview the newest few of each kind and link to the full lists with their counts', async () => {
    const checks = [
      { kind: 'berita', preview: OPD_PREVIEW.berita, link: urls.opdBerita, item: (e: { opd: string; slug: string }) => urls.berita(e.opd, e.slug) },
      { kind: 'datasets', preview: OPD_PREVIEW.data, link: urls.dataOpd, item: (e: { opd: string; slug: string }) => urls.dataset(e.opd, e.slug) },
      { kind: 'dokumen', preview: OPD_PREVIEW.dokumen, link: urls.opdDokumen, item: (e: { opd: string; slug: string }) => urls.dokumen(e.opd, e.slug) },
    ] as const;
    for (const { kind, preview, link, item } of checks) {
      const opd = most(kind);
      const all = t.site.byOpd.get(opd)![kind];
      const links = hrefs(await html(urls.opd(opd)));
      const shown = all.filter((e) => links.includes(item(e)));
      expect(shown, kind).toEqual(all.slice(0, preview));
      expect(links, kind).toContain(link(opd));
    }
    // The sample has more news per OPD than the preview shows.
    expect(t.site.byOpd.get(most('berita'))!.berita.length).toBeGreaterThan(OPD_PREVIEW.berita);
  });

  it('show the most recently updated DIP entries and link to the full DIP page', async () => {
    const opd = most('informasi');
    const dip = t.site.byOpd
      .get(opd)!
      .informasi.filter((e) => e.data.kategori !== 'dikecualikan')
      .sort((a, b) => b.data.diperbarui.getTime() - a.data.diperbarui.getTime() || a.path.localeCompare(b.path));
    expect(dip.length).toBeGreaterThan(OPD_PREVIEW.dip);
    const links = hrefs(await html(urls.opd(opd)));
    expect(dip.filter((e) => links.includes(urls.informasi(e.opd, e.slug)))).toEqual(dip.slice(0, OPD_PREVIEW.dip));
    expect(links).toContain(urls.dipOpd(opd));
  });

  it('list every document of an OPD once across the pages of its document list', async () => {
    for (const opd of t.site.opdList) {
      const docs = t.site.byOpd.get(opd.opd)!.dokumen;
      const pages = Math.max(1, Math.ceil(docs.length / PAGE_SIZE.dokumen));
      const found: string[] = [];
      for (let n = 1; n <= pages; n++) found.push(...hrefs(await html(urls.opdDokumen(opd.opd, n))).filter((h) => docs.some((d) => h === urls.dokumen(d.opd, d.slug))));
      expect(found, opd.opd).toEqual(docs.map((d) => urls.dokumen(d.opd, d.slug)));
    }
  });
});

describe('sitemap', () => {
  it('names the per-OPD DIP, data and document pages', async () => {
    const index = await readFile(join(DIST, 'sitemap-index.xml'), 'utf8');
    const chunks = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
    const text = (await Promise.all(chunks.map((c) => readFile(join(DIST, c), 'utf8')))).join('\n');
    const opd = t.site.opdList[0].opd;
    for (const path of [urls.dip(), urls.dipOpd(opd), urls.dataOpd(opd), urls.opdDokumen(opd)]) expect(text, path).toContain(`<loc>${absoluteUrl(path, t.site.pemda.situs)}</loc>`);
  });
});

describe('search by date', () => {

  it('declares no Pagefind sort key (a sort key puts every page into pf_meta)', async () => {
    const offenders: string[] = [];
    for (const file of await htmlFiles()) if ((await readFile(file, 'utf8')).includes('data-pagefind-sort')) offenders.push(relative(DIST, file));
    expect(offenders).toEqual([]);
  });

  it('the order file lists every dated page, newest first', async () => {
    const entry = JSON.parse(await readFile(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string; page_count: number }> };
    const { hash, page_count } = entry.languages.id;
    const order = JSON.parse(await readFile(join(DIST, 'pagefind', `urut.${hash}.json`), 'utf8')) as SearchOrder;
    const ids = order.ids.split(' ').map((id) => order.prefix + id);
    const waktu = await Promise.all(ids.map(async (id) => {
      const text = gunzipSync(await readFile(join(DIST, 'pagefind', 'fragment', `${id}.pf_fragment`))).toString('utf8');
      return (JSON.parse(text.slice(text.indexOf('{'))) as { meta: { waktu: string } }).meta.waktu;
    }));
    expect(ids.length).toBeGreaterThan(page_count / 2);
    expect(waktu.every((w, i) => i === 0 || waktu[i - 1] >= w)).toBe(true);
  });

  it('shows the newest results first when asked, and loads the order file only then', async () => {
    const word = t.site.pemda.nama.split(' ').at(-1)!;
    const page = await t.browser.context.newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    const waitForResults = () => page.waitForFunction(() => /^\d+ hasil/.test(document.getElementById('search-status')?.textContent ?? ''));
    await page.goto(`${t.server.url}${urls.cari()}?q=${encodeURIComponent(word)}`);
    await waitForResults();
    expect(requested.filter((p) => /\/urut\./.test(p))).toEqual([]);

    await page.goto(`${t.server.url}${urls.cari()}?q=${encodeURIComponent(word)}&urut=terbaru`);
    await waitForResults();
    expect(await page.locator('#f-urut').inputValue()).toBe('terbaru');
    const days = (await page.locator('#search-results .meta').allTextContents()).map(resultDay).filter((d) => d !== undefined);
    expect(days.length).toBeGreaterThan(5);
    expect(days).toEqual([...days].sort((a, b) => b - a));
    expect(requested.filter((p) => /\/pagefind\/urut\.id_[0-9a-f]+\.json$/.test(p))).toHaveLength(1);
    await page.close();
  });
});

