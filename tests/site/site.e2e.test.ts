/**
 * The built sample site in headless Chromium: navigation, search with filters, downloads, dataset table,
 * feeds, and the promises of the issue (no JavaScript on content pages, no request leaving the site).
 */
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIP_COLUMNS } from '../../src/exports/dip.ts';
import { toCsv } from '../../src/exports/csv.ts';
import { policyFor } from '../../src/layouts/csp.ts';
import { absoluteUrl, urls } from '../../src/lib/urls.ts';
import { displayCell, readDatasetData } from '../../src/site/dataset-view.ts';
import { updatesOf } from '../../src/site/updates.ts';
import { DIST } from './built-site.ts';
import { openBuiltSite, type SiteUnderTest } from './site-fixture.ts';

let t: SiteUnderTest;

beforeAll(async () => {
  t = await openBuiltSite();
});

afterAll(async () => {
  await t?.close();
});

/** An OPD whose newest update is a news article (so its feed must start with that article). */
function opdWithNewestArticle() {
  for (const opd of t.site.opdList) {
    const updates = updatesOf(t.site, opd.opd);
    if (updates[0]?.kind === 'berita') return { opd, article: t.site.byOpd.get(opd.opd)!.berita[0] };
  }
  throw new Error('sample content has no OPD whose newest update is a news article');
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

describe('navigation', () => {
  it('goes from the home page to an OPD and on to one of its articles', async () => {
    const { opd, article } = opdWithNewestArticle();
    const page = await t.browser.context.newPage();
    await page.goto(`${t.server.url}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('id');
    await page.locator('.opd-list').getByRole('link', { name: opd.data.nama, exact: true }).click();
    await page.waitForURL(`**${urls.opd(opd.opd)}`);
    expect(await page.locator('h1').textContent()).toBe(opd.data.nama);
    await page.locator('#berita ~ ul').getByRole('link', { name: article.data.judul, exact: true }).click();
    await page.waitForURL(`**${urls.berita(article.opd, article.slug)}`);
    expect(await page.locator('h1').textContent()).toBe(article.data.judul);
    expect(await page.locator('main time').first().textContent()).toMatch(/^\d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) \d{4}/);
    await page.close();
  });

  it('lists news, information and data among the latest updates of the home page', async () => {
    const page = await t.browser.context.newPage();
    await page.goto(`${t.server.url}/`);
    const tags = await page.locator('#terbaru ~ ul .tag').allTextContents();
    expect(tags).toHaveLength(12);
    for (const kind of ['Berita', 'Informasi publik', 'Data']) expect(tags, kind).toContain(kind);
    await page.close();
  });

  it('has a skip link to the main content and the sample-data notice on every page', async () => {
    const page = await t.browser.context.newPage();
    await page.goto(`${t.server.url}${urls.dip()}`);
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    expect(await focused.textContent()).toBe('Langsung ke isi utama');
    await page.keyboard.press('Enter');
    expect(page.url()).toMatch(/#isi$/);
    expect(await page.getByRole('region', { name: 'Pemberitahuan data contoh' }).isVisible()).toBe(t.site.pemda.data_contoh);
    await page.close();
  });
});

describe('search', () => {
  const count = async (status: string | null) => Number(/^(\d+) hasil/.exec(status ?? '')?.[1] ?? 0);

  it('finds a sample article by a word of its title, and the OPD filter narrows the results', async () => {
    const { opd, article } = opdWithNewestArticle();
    // The title word that the fewest texts of the portal contain.
    const texts = [...t.site.berita, ...t.site.informasi, ...t.site.dokumen, ...t.site.datasets, ...t.site.opds.values()].map((e) => `${JSON.stringify(e.data)} ${e.body}`.toLowerCase());
    const words = article.data.judul.toLowerCase().match(/\p{L}{5,}/gu)!;
    const freq = (w: string) => texts.filter((text) => text.includes(w)).length;
    const word = words.sort((a, b) => freq(a) - freq(b))[0];

    const page = await t.browser.context.newPage();
    await page.goto(`${t.server.url}${urls.cari()}?q=${encodeURIComponent(word)}`);
    const status = page.locator('#search-status');
    await page.waitForFunction(() => /^\d+ hasil/.test(document.getElementById('search-status')?.textContent ?? ''));
    // Show every result ("Tampilkan lebih banyak" adds the next batch).
    while (await page.locator('#search-more').isVisible()) {
      const shown = await page.locator('#search-results li').count();
      await page.locator('#search-more').click();
      await page.waitForFunction((n) => document.querySelectorAll('#search-results li').length > n, shown);
    }
    expect(await page.locator('#search-results li').count()).toBe(await count(await status.textContent()));
    expect(await page.locator('#search-results a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))).toContain(urls.berita(article.opd, article.slug));
    // Each result shows its date.
    expect(await page.locator('#search-results .meta').first().textContent()).toMatch(/\d{4}/);

    // A word found everywhere (the regency's name), then the OPD filter, chosen with the keyboard.
    const common = t.site.pemda.nama.split(' ').at(-1)!;
    await page.locator('#q').fill(common);
    await page.locator('#q').press('Enter');
    await page.waitForFunction((w) => document.getElementById('search-status')?.textContent?.includes(w), common);
    const all = await count(await status.textContent());
    // Keyboard only: focus the OPD filter and type the start of the OPD's name (native select type-ahead).
    await page.locator('#f-opd').focus();
    await page.keyboard.type(opd.data.nama);
    expect(await page.locator('#f-opd').inputValue()).toBe(opd.data.nama);
    await page.waitForFunction((before) => {
      const m = /^(\d+) hasil/.exec(document.getElementById('search-status')?.textContent ?? '');
      return m && Number(m[1]) !== before;
    }, all);
    const narrowed = await count(await status.textContent());
    expect(narrowed).toBeGreaterThan(0);
    expect(narrowed).toBeLessThan(all);
    const metas = await page.locator('#search-results .meta').allTextContents();
    expect(metas.every((m) => m.includes(opd.data.nama))).toBe(true);
    expect(page.url()).toContain(`opd=${encodeURIComponent(opd.data.nama).replace(/%20/g, '+')}`);
    await page.close();
  });
});

describe('DIP table width', () => {
  /** DIP tables wider than their box (the part beyond it is cut off on paper, or needs scrolling on screen). */
  const overflowing = (page: Page) =>
    page.locator('table.dip').evaluateAll((tables) => tables.filter((table) => table.scrollWidth > table.parentElement!.clientWidth + 1).length);
  /** Every OPD's DIP page with entries (one table each), longest first. */
  const dipPages = () =>
    t.site.opdList
      .map((o) => ({ opd: o.opd, rows: t.site.byOpd.get(o.opd)!.informasi.filter((e) => e.data.kategori !== 'dikecualikan').length }))
      .filter((o) => o.rows > 0)
      .sort((a, b) => b.rows - a.rows)
      .map((o) => urls.dipOpd(o.opd));

  it('shows all eight columns without scrolling on a 1280 px screen, on every OPD\'s DIP page', async () => {
    const page = await t.browser.context.newPage();
    expect(dipPages().length).toBeGreaterThan(10);
    for (const path of dipPages()) {
      // Static HTML with inline CSS: laid out once parsed, no need to wait for the load event.
      await page.goto(`${t.server.url}${path}`, { waitUntil: 'domcontentloaded' });
      expect(await page.locator('table.dip').count(), path).toBe(1);
      expect(await overflowing(page), path).toBe(0);
    }
    await page.close();
  }, 90_000);

  it('prints all eight columns on A4 landscape (273 mm between 12 mm margins, about 1032 px)', async () => {
    const page = await t.browser.context.newPage();
    await page.setViewportSize({ width: 1032, height: 800 });
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${t.server.url}${dipPages()[0]}`);
    // 8 pt, not the 0.9 rem of the screen.
    expect(Number.parseFloat(await page.locator('table.dip').first().evaluate((table) => getComputedStyle(table).fontSize))).toBeCloseTo((8 * 96) / 72, 1);
    expect(await overflowing(page)).toBe(0);
    await page.close();
  });
});

describe('search by filters only', () => {
  it('counts the results and names the active filters instead of quoting an empty query', async () => {
    const page = await t.browser.context.newPage();
    await page.goto(`${t.server.url}${urls.cari()}?jenis=data`);
    await page.waitForFunction(() => /^\d+ hasil/.test(document.getElementById('search-status')?.textContent ?? ''));
    const status = await page.locator('#search-status').textContent();
    expect(status).toMatch(/^\d+ hasil dengan saringan Jenis konten: Data$/);
    expect(Number(/^(\d+)/.exec(status!)![1])).toBe(t.site.datasets.length);
    // The address keeps the filter (and only it) so that the search can be shared.
    expect(new URL(page.url()).search).toBe('?jenis=data');
    await page.close();
  });
});

describe('downloads, data and feeds', () => {
  it('downloads dip.csv with the header of the DIP column map', async () => {
    const page = await t.browser.context.newPage();
    await page.goto(`${t.server.url}${urls.dip()}`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Unduh CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('dip.csv');
    const raw = await readFile((await download.path())!, 'utf8');
    // A UTF-8 byte order mark first, so that Excel shows "–" and "é" as written.
    expect(raw.charCodeAt(0)).toBe(0xfeff);
    const text = raw.slice(1);
    expect(text.split('\r\n')[0]).toBe(toCsv(DIP_COLUMNS.map((c) => c.header), []).trimEnd());
    expect(text.split('\r\n').filter(Boolean).length - 1).toBe(t.site.informasi.filter((e) => e.data.kategori !== 'dikecualikan').length);
    await page.close();
  });

  it('shows a dataset page with an accessible preview table of its first rows, numbers in Indonesian format', async () => {
    // A dataset with decimal numbers written with a decimal point, so that the displayed text differs from the CSV.
    const entry = t.site.datasets.find((d) => d.data.desimal === '.' && d.data.kolom.some((k) => k.tipe === 'bilangan'))!;
    expect(entry).toBeDefined();
    const data = (await readDatasetData(t.site.tree, entry))!;
    const page = await t.browser.context.newPage();
    await page.goto(`${t.server.url}${urls.dataset(entry.opd, entry.slug)}`);
    const table = page.getByRole('table', { name: /baris pertama/ });
    await expect(table.isVisible()).resolves.toBe(true);
    expect(await table.locator('thead th').allTextContents()).toEqual(entry.data.kolom.map((k) => `${k.judul}${k.satuan ? ` (${k.satuan})` : ''}`));
    expect(await table.locator('tbody tr').count()).toBe(Math.min(20, data.rows.length));
    const shown = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    expect(shown).toEqual(data.rows.slice(0, 20).map((row) => entry.data.kolom.map((k, i) => displayCell(row.cells[i] ?? '', k, entry.data.desimal))));
    // At least one cell really is reformatted: "4529.94" is shown as "4.529,94", never as written in the CSV.
    const decimal = entry.data.kolom.findIndex((k) => k.tipe === 'bilangan');
    const written = data.rows.slice(0, 20).map((r) => r.cells[decimal]).find((c) => /\d\.\d/.test(c ?? ''));
    expect(written).toBeDefined();
    expect(shown.flat()).not.toContain(written);
    // Numeric columns are right-aligned.
    const align = await table.locator('tbody tr').first().locator('td').nth(decimal).evaluate((td) => getComputedStyle(td).textAlign);
    expect(align).toBe('right');
    const csv = await fetch(`${t.server.url}${urls.datasetCsv(entry.opd, entry.slug)}`);
    expect(new Uint8Array(await csv.arrayBuffer())).toEqual(data.bytes);
    const json = (await (await fetch(`${t.server.url}${urls.datasetJson(entry.opd, entry.slug)}`)).json()) as { data: unknown[] };
    expect(json.data).toHaveLength(data.rows.length);
    await page.close();
  });

  it("parses the OPD feed with a real RSS parser, the OPD's latest article first", async () => {
    const { opd, article } = opdWithNewestArticle();
    const xml = await (await fetch(`${t.server.url}${urls.opdRss(opd.opd)}`)).text();
    expect(xml).toContain('<language>id</language>');
    const feed = await new Parser().parseString(xml);
    expect(feed.items[0].link).toBe(absoluteUrl(urls.berita(article.opd, article.slug), t.site.pemda.situs));
    expect(feed.items[0].title).toBe(article.data.judul);
    const dates = feed.items.map((i) => Date.parse(i.isoDate!));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(feed.items.every((i) => i.link!.startsWith(t.site.pemda.situs))).toBe(true);
  });

  it('flags serta-merta information in the category of the main feed', async () => {
    const xml = await (await fetch(`${t.server.url}${urls.rss()}`)).text();
    const feed = await new Parser().parseString(xml);
    const sertaMerta = updatesOf(t.site).slice(0, 50).filter((u) => u.kategori === 'serta-merta');
    expect(sertaMerta.length).toBeGreaterThan(0);
    for (const u of sertaMerta) {
      const item = feed.items.find((i) => i.link === absoluteUrl(u.url, t.site.pemda.situs));
      expect(item?.categories).toContain('serta-merta');
    }
  });

  it('publishes the sitemap, robots.txt, OpenSearch and the 404 page', async () => {
    const get = (path: string) => fetch(`${t.server.url}${path}`);
    expect(await (await get('/sitemap-index.xml')).text()).toContain('<sitemapindex');
    expect(await (await get('/robots.txt')).text()).toContain(`Sitemap: ${absoluteUrl('/sitemap-index.xml', t.site.pemda.situs)}`);
    expect(await (await get(urls.openSearch())).text()).toContain(`template="${absoluteUrl(urls.cari(), t.site.pemda.situs)}?q={searchTerms}"`);
    const opensearch = await (await get(urls.openSearch())).text();
    // OpenSearch allows 16 characters: a whole word is dropped, never cut in half ("PPID Pemkab Dema").
    const shortName = /<ShortName>([^<]*)<\/ShortName>/.exec(opensearch)![1];
    expect(shortName.length).toBeLessThanOrEqual(16);
    expect(`PPID ${t.site.pemda.singkatan}`.split(' ')).toEqual(expect.arrayContaining(shortName.split(' ')));
    const missing = await get('/tidak-ada/');
    expect(missing.status).toBe(404);
    const notFound = await missing.text();
    expect(notFound).toContain('Halaman tidak ditemukan');
    // The 404 page is served at every unknown address: it names none as its own.
    expect(notFound).toContain('<meta name="robots" content="noindex">');
    expect(notFound).not.toMatch(/rel="canonical"|property="og:url"/);
  });
});

describe('scrollable tables', () => {
  it('every sideways-scrolling table on every page is a named, keyboard-focusable region', async () => {
    const offenders: string[] = [];
    let wraps = 0;
    for (const file of await htmlFiles(DIST)) {
      for (const tag of (await readFile(file, 'utf8')).match(/<div[^>]*class="table-wrap"[^>]*>/g) ?? []) {
        wraps++;
        if (!/role="region"/.test(tag) || !/tabindex="0"/.test(tag) || !/aria-label(ledby)?="[^"]+"/.test(tag)) offenders.push(`${relative(DIST, file)}: ${tag}`);
      }
    }
    expect(wraps).toBeGreaterThan(100);
    expect(offenders).toEqual([]);
  });
});

describe('weight and privacy promises', () => {
  it('ships no JavaScript on content pages (only the pages whose policy allows a script, and the CMS under /admin/)', async () => {
    const offenders: string[] = [];
    for (const file of await htmlFiles(DIST)) {
      const path = relative(DIST, file);
      // /cari/, the request composer and request tracking (src/layouts/csp.ts policyFor).
      if (policyFor(`/${path.replace(/index\.html$/, '')}`).script.length > 0 || path.startsWith('admin/')) continue;
      if (/<script(?![^>]*type="application\/(ld\+)?json")/i.test(await readFile(file, 'utf8'))) offenders.push(path);
    }
    expect(offenders).toEqual([]);
  });

  it('makes no request to another host, on a content page or on the search page', async () => {
    const { article } = opdWithNewestArticle();
    const page = await t.browser.context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${t.server.url}${urls.berita(article.opd, article.slug)}`, { waitUntil: 'networkidle' });
    await page.goto(`${t.server.url}${urls.cari()}?q=data`, { waitUntil: 'networkidle' });
    expect(requests.length).toBeGreaterThan(2);
    expect(requests.filter((u) => !u.startsWith(t.server.url))).toEqual([]);
    await page.close();
  });
});
