/**
 * /informasi/ on a 360 px phone, on the built sample site: the kategori and year filter pages (read from dist/)
 * list exactly the entries of the content model (across all their pages), every count on a filter link equals the
 * number of entries on the page it leads to, nothing is wider than the screen on the index, a filter page and an
 * OPD's DIP page, the filter pages are in the sitemap, and the index and the filter pages stay within the page
 * budget of scripts/page-weight.ts.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Element as HastElement, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUDGET_KB, pageWeight } from '../../scripts/page-weight.ts';
import type { Entry } from '../../src/content/model.ts';
import { absoluteUrl, urls } from '../../src/lib/urls.ts';
import type { Informasi } from '../../src/schemas/index.ts';
import { DIST } from './built-site.ts';
import { openBuiltSite, type SiteUnderTest } from './site-fixture.ts';

let t: SiteUnderTest;
let page: Page;

beforeAll(async () => {
  t = await openBuiltSite();
  page = await t.browser.context.newPage();
  await page.setViewportSize({ width: 360, height: 740 });
});

afterAll(async () => {
  await t?.close();
});

/** The year of an instant in Asia/Jakarta, computed here independently of the site's own helper. */
const jakartaYear = (date: Date) => Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Jakarta', year: 'numeric' }).format(date));
const dip = () => t.site.informasi.filter((e) => e.data.kategori !== 'dikecualikan');
/** Newest update first, ties by path: the order the filter pages promise. */
const newestFirst = (entries: Entry<Informasi>[]) =>
  [...entries].sort((a, b) => b.data.diperbarui.getTime() - a.data.diperbarui.getTime() || a.path.localeCompare(b.path)).map((e) => urls.informasi(e.opd, e.slug));

const go = async (path: string) => {
  const response = await page.goto(`${t.server.url}${path}`);
  expect(response?.status(), path).toBe(200);
};

/** The parsed HTML of a built page (dist/<path>/index.html): lists and rows are read from the files the server sends. */
function builtPage(path: string): Root {
  return unified().use(rehypeParse).parse(readFileSync(join(DIST, decodeURI(path), 'index.html'), 'utf8'));
}

const hasClass = (e: HastElement, name: string) => ([] as unknown[]).concat(e.properties.className ?? []).includes(name);
/** The elements of `root` (or below an element) for which `test` holds, in document order. */
function all(root: Root | HastElement, test: (e: HastElement) => boolean): HastElement[] {
  const found: HastElement[] = [];
  visit(root, 'element', (e: HastElement) => void (test(e) && found.push(e)));
  return found;
}

/** The entry links of a filter list, following "berikutnya" (rel=next) through all its pages. */
function listedEntries(path: string): string[] {
  const found: string[] = [];
  for (let next: string | undefined = path; next; ) {
    const html = builtPage(next);
    for (const list of all(html, (e) => e.tagName === 'ul' && hasClass(e, 'dip-list'))) {
      for (const item of list.children.filter((c): c is HastElement => c.type === 'element' && c.tagName === 'li')) {
        const link = all(item, (e) => e.tagName === 'h3').flatMap((h3) => all(h3, (e) => e.tagName === 'a'))[0];
        if (link) found.push(String(link.properties.href));
      }
    }
    next = all(html, (e) => e.tagName === 'a' && ([] as unknown[]).concat(e.properties.rel ?? []).includes('next')).map((a) => String(a.properties.href))[0];
  }
  return found;
}

/** Entries of an OPD's DIP page: the rows of its Perki table (row-group headers are not entries). */
function opdRows(path: string): number {
  const tables = all(builtPage(path), (e) => e.tagName === 'table' && hasClass(e, 'dip'));
  const rows = tables.flatMap((table) => all(table, (e) => e.tagName === 'tbody').flatMap((body) => all(body, (e) => e.tagName === 'tr')));
  return rows.filter((tr) => all(tr, (e) => e.tagName === 'th' && e.properties.scope === 'rowgroup').length === 0).length;
}

/** Every value of the filter panel of the current page: its link (if any) and the count printed after it. */
const facetLinks = () =>
  page.locator('nav.dip-filters li').evaluateAll((lis) =>
    lis.map((li) => ({
      href: li.querySelector('a')?.getAttribute('href') ?? null,
      current: li.querySelector('a')?.getAttribute('aria-current') ?? null,
      count: Number(/\((\d+)\)\s*$/.exec(li.textContent ?? '')?.[1]),
    })),
  );

describe('filter pages', () => {
  it('each DIP kategori lists exactly its entries, newest update first, across its pages', async () => {
    for (const kategori of ['berkala', 'serta-merta', 'setiap-saat'] as const) {
      expect(listedEntries(urls.dipKategori(kategori)), kategori).toEqual(newestFirst(dip().filter((e) => e.data.kategori === kategori)));
    }
    // The sample's largest kategori fills more than one page, so the pager is really followed.
    expect(await page.goto(`${t.server.url}${urls.dipKategori('berkala', 2)}`).then((r) => r?.status())).toBe(200);
  });

  it('each year (WIB year of diperbarui) and a kategori × year list exactly their entries', async () => {
    const years = [...new Set(dip().map((e) => jakartaYear(e.data.diperbarui)))];
    expect(years.length).toBeGreaterThan(1);
    for (const tahun of years) {
      expect(listedEntries(urls.dipTahun(tahun)), String(tahun)).toEqual(newestFirst(dip().filter((e) => jakartaYear(e.data.diperbarui) === tahun)));
    }
    const tahun = Math.max(...years);
    expect(listedEntries(urls.dipKategoriTahun('berkala', tahun))).toEqual(
      newestFirst(dip().filter((e) => e.data.kategori === 'berkala' && jakartaYear(e.data.diperbarui) === tahun)),
    );
  });

  it('shows each entry with its OPD, kategori and rincian, WIB date and attachment count', async () => {
    const entry = dip().find((e) => e.data.kategori === 'berkala' && e.data.lampiran.length > 0)!;
    for (let n = 1; ; n++) {
      await go(urls.dipKategori('berkala', n));
      const item = page.locator('ul.dip-list > li').filter({ has: page.locator(`a[href="${urls.informasi(entry.opd, entry.slug)}"]`) });
      if ((await item.count()) === 0) continue;
      const text = (await item.textContent())!.replace(/\s+/g, ' ');
      expect(text).toContain(t.site.opds.get(entry.opd)!.data.nama);
      expect(text).toContain('Informasi Berkala');
      expect(text).toMatch(/rincian [a-k]\. /);
      expect(text).toContain(`${entry.data.lampiran.length} lampiran`);
      const day = new Intl.DateTimeFormat('id-ID', { timeZone: 'Asia/Jakarta', day: 'numeric', month: 'long', year: 'numeric' }).format(entry.data.diperbarui);
      expect(text).toContain(day);
      break;
    }
  });
});

describe('filter links', () => {
  /** Entries shown by each target page, counted once (the panels of different pages share most targets). */
  const shownOn = new Map<string, number>();
  function entriesOn(href: string): number {
    // The index is not a list: its "all" value counts every DIP entry.
    if (href === urls.dip()) return dip().length;
    if (!shownOn.has(href)) shownOn.set(href, href.startsWith('/informasi/opd/') ? opdRows(href) : listedEntries(href).length);
    return shownOn.get(href)!;
  }

  /** Checks every filter link of a page: its count equals the entries on the page it leads to. */
  async function checkCounts(path: string) {
    await go(path);
    const links = await facetLinks();
    expect(links.filter((l) => l.current === 'page').length, `${path}: one marked value per facet`).toBeGreaterThan(0);
    expect(links.length, path).toBeGreaterThan(4);
    for (const link of links) {
      expect(Number.isInteger(link.count), `${path}: ${link.href}`).toBe(true);
      if (!link.href) expect(link.count, `${path}: only an empty value has no link`).toBe(0);
      else expect(entriesOn(link.href), `${path} → ${link.href}`).toBe(link.count);
    }
  }

  const newestYear = () => Math.max(...dip().map((e) => jakartaYear(e.data.diperbarui)));
  it('on the index', () => checkCounts(urls.dip()), 120_000);
  it('on a year page', () => checkCounts(urls.dipTahun(newestYear())), 120_000);
  it('on a kategori × year page', () => checkCounts(urls.dipKategoriTahun('setiap-saat', newestYear())), 120_000);
  it("on an OPD's DIP page", () => checkCounts(urls.dipOpd(t.site.opdList.find((o) => dip().some((e) => e.opd === o.opd))!.opd)), 120_000);

  it('mark the current filter and offer "hapus filter" back to /informasi/', async () => {
    const tahun = Math.max(...dip().map((e) => jakartaYear(e.data.diperbarui)));
    await go(urls.dipKategoriTahun('berkala', tahun));
    const current = await page.locator('nav.dip-filters a[aria-current="page"]').allTextContents();
    expect(current).toEqual(['Informasi Berkala', String(tahun)]);
    expect(await page.getByRole('link', { name: 'Hapus filter' }).getAttribute('href')).toBe(urls.dip());
    await go(urls.dip());
    expect(await page.getByRole('link', { name: 'Hapus filter' }).count()).toBe(0);
  });
});

describe('the index', () => {
  it('counts each OPD and the regency, and lists the OPDs without any DIP entry', async () => {
    await go(urls.dip());
    const rows = await page.locator('table.dip-opd tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({ href: tr.querySelector('th a')!.getAttribute('href'), total: Number(tr.querySelector('td[data-label="Jumlah"]')!.textContent) })),
    );
    const withDip = t.site.opdList.filter((o) => dip().some((e) => e.opd === o.opd));
    expect(rows).toEqual(withDip.map((o) => ({ href: urls.dipOpd(o.opd), total: dip().filter((e) => e.opd === o.opd).length })));
    expect(Number(await page.locator('table.dip-opd tfoot td[data-label="Jumlah"]').textContent())).toBe(dip().length);
    const without = t.site.opdList.filter((o) => !withDip.includes(o));
    expect(without.length).toBeGreaterThan(0);
    expect(await page.locator('#belum ~ ul a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(without.map((o) => urls.dipOpd(o.opd)));
    expect(await page.locator('#belum ~ p').textContent()).toContain(String(without.length));
  });
});

describe('at 360 px', () => {
  /** Visible elements reaching past either edge of the screen (visually hidden table headers are clipped to 1 px). */
  const overflowing = () =>
    page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const hidden = (el: Element) => el.closest('thead, .visually-hidden, .skip') !== null;
      const wide = [...document.querySelectorAll('body *')].filter((el) => {
        const r = el.getBoundingClientRect();
        return !hidden(el) && r.width > 0 && (r.right > width + 0.5 || r.left < -0.5);
      });
      const scrolling = [...document.querySelectorAll('.table-wrap')].filter((w) => w.scrollWidth > w.clientWidth + 1);
      return { page: document.documentElement.scrollWidth - width, wide: wide.map((el) => el.outerHTML.slice(0, 80)), scrolling: scrolling.length };
    });

  it('nothing on the index, a filter page or an OPD DIP page is wider than the screen, and no table scrolls', async () => {
    const longest = t.site.opdList.map((o) => o.opd).sort((a, b) => dip().filter((e) => e.opd === b).length - dip().filter((e) => e.opd === a).length)[0];
    for (const path of [urls.dip(), urls.dipKategori('berkala'), urls.dipOpd(longest)]) {
      await go(path);
      expect(await overflowing(), path).toEqual({ page: 0, wide: [], scrolling: 0 });
    }
  });

  it('the per-OPD counts and the Perki table become cards that name each value', async () => {
    await go(urls.dip());
    const td = page.locator('table.dip-opd tbody td[data-label]').first();
    expect(await td.evaluate((el) => getComputedStyle(el).display)).toBe('block');
    expect(await td.evaluate((el) => getComputedStyle(el, '::before').content)).toBe(`"${await td.getAttribute('data-label')} "`);
    // A desktop keeps the table.
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(await td.evaluate((el) => getComputedStyle(el).display)).toBe('table-cell');
    await page.setViewportSize({ width: 360, height: 740 });
    // One OPD's Perki table: each value under its column's name.
    await go(urls.dipOpd(t.site.opdList.find((o) => dip().some((e) => e.opd === o.opd))!.opd));
    const cell = page.locator('table.dip tbody td[data-label]').first();
    expect(await cell.evaluate((el) => getComputedStyle(el, '::before').content)).toBe(`"${await cell.getAttribute('data-label')}"`);
    expect(await page.locator('table.dip thead').evaluate((el) => el.getBoundingClientRect().width)).toBeLessThanOrEqual(1);
  });
});

describe('sitemap and weight', () => {
  it('the sitemap names every filter page, the later pages too', async () => {
    const index = await readFile(join(DIST, 'sitemap-index.xml'), 'utf8');
    const chunks = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
    const text = (await Promise.all(chunks.map((c) => readFile(join(DIST, c), 'utf8')))).join('\n');
    const tahun = Math.max(...dip().map((e) => jakartaYear(e.data.diperbarui)));
    for (const path of [urls.dipKategori('berkala'), urls.dipKategori('berkala', 2), urls.dipTahun(tahun), urls.dipKategoriTahun('berkala', tahun), urls.dipKategori('serta-merta')]) {
      expect(text, path).toContain(`<loc>${absoluteUrl(path, t.site.pemda.situs)}</loc>`);
    }
  });

  it('the index and the fullest filter pages stay within the page budget (HTML + CSS, gzip) and load no script', () => {
    const tahun = Math.max(...dip().map((e) => jakartaYear(e.data.diperbarui)));
    for (const path of [urls.dip(), urls.dipKategori('berkala'), urls.dipTahun(tahun), urls.dipKategoriTahun('berkala', tahun)]) {
      const weight = pageWeight(DIST, path);
      expect(weight.total, path).toBeLessThanOrEqual(BUDGET_KB * 1024);
      expect(weight.scripts, path).toBe(0);
    }
  });
});
