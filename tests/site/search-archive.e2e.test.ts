/**
 * The search index in two bundles, in headless Chromium with the Content-Security-Policy: the built sample site is
 * indexed again with its archive cut at 1 October 2026 (the sample's news run from August to November 2026; a real
 * build cuts ARCHIVE_MONTHS back), so that August and September news go to /pagefind-arsip/. A first search
 * downloads the recent bundle only and says what it left out; the button, a search that finds nothing recent, and
 * a date order across both bundles then reach the archive.
 */
import { execFileSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/model.ts';
import { indexSearch, type SearchIndexResult } from '../../src/build/search-index.ts';
import { urls } from '../../src/lib/urls.ts';
import { wibDateString } from '../../src/lib/wib.ts';
import { launchBrowser, type Browser } from './browser.ts';
import { resultDay } from './result-day.ts';
import { DIST, ROOT, ensureSiteBuilt } from './built-site.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

const SEBELUM = '2026-10-01';
const site = join(tmpdir(), `ppid-arsip-${process.pid}`);
let server: StaticServer;
let browser: Browser;
let indexed: SearchIndexResult;
let model: Awaited<ReturnType<typeof loadContent>>;
let archivedTitles: string[];

beforeAll(async () => {
  await ensureSiteBuilt();
  // A copy of dist/ made of hard links, without its search bundle: the index is written afresh, never into dist/.
  await rm(site, { recursive: true, force: true });
  execFileSync('cp', ['-al', DIST, site]);
  await rm(join(site, 'pagefind'), { recursive: true, force: true });
  indexed = await indexSearch(site, SEBELUM);
  model = await loadContent(ROOT);
  archivedTitles = model.berita.filter((e) => wibDateString(e.data.tanggal) < SEBELUM).map((e) => e.data.judul);
  server = await serveStatic(site);
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(site, { recursive: true, force: true });
});

async function open(query: string): Promise<{ page: Page; requested: string[] }> {
  const page = await browser.context.newPage();
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(`${server.url}${urls.cari()}?${query}`);
  await page.waitForFunction(() => /^\d+ hasil|Tidak ada/.test(document.getElementById('search-status')?.textContent ?? ''));
  return { page, requested };
}

const count = async (page: Page) => Number(/^([\d.]+)/.exec((await page.locator('#search-status').textContent()) ?? '')?.[1]?.replace(/\./g, '') ?? NaN);
const fromArchive = (requested: string[]) => requested.filter((p) => p.startsWith('/pagefind-arsip/'));

describe('search index with an archive', () => {
  it('indexes the older news apart and says so', () => {
    expect(indexed.sebelum).toBe(SEBELUM);
    expect(indexed.archived).toBe(archivedTitles.length);
    expect(indexed.archived).toBeGreaterThan(50);
  });

  it('searches the recent bundle first, names what it left out, and adds the archive when asked', async () => {
    const { page, requested } = await open(`q=${encodeURIComponent('Demak')}`);
    const recent = await count(page);
    expect(recent).toBeGreaterThan(0);
    expect(fromArchive(requested)).toEqual([]);
    const note = page.locator('#search-archive');
    await expect.poll(() => note.isVisible()).toBe(true);
    expect(await note.textContent()).toContain('Berita sebelum Oktober 2026 ada di arsip');

    await note.getByRole('button', { name: 'Cari juga di arsip berita' }).click();
    await page.waitForFunction(() => /Termasuk arsip/.test(document.getElementById('search-archive')?.textContent ?? ''));
    expect(await count(page)).toBeGreaterThan(recent);
    expect(fromArchive(requested).some((p) => p.endsWith('/pagefind.js'))).toBe(true);
    expect(new URL(page.url()).searchParams.get('arsip')).toBe('1');
    // The focus moved to the first result, not lost with the button.
    expect(await page.evaluate(() => document.activeElement?.closest('#search-results') !== null)).toBe(true);
    await page.close();
  });

  it('keeps the recent results, and the button to try again, when the archive cannot be loaded', async () => {
    const page = await browser.context.newPage();
    await page.route('**/pagefind-arsip/**', (route) => route.abort());
    await page.goto(`${server.url}${urls.cari()}?q=${encodeURIComponent('Demak')}&arsip=1`);
    await page.waitForFunction(() => /^\d+ hasil/.test(document.getElementById('search-status')?.textContent ?? ''));
    expect(await page.locator('#search-results li').count()).toBeGreaterThan(0);
    expect(await page.locator('#search-archive').textContent()).toContain('belum ikut dicari');
    expect(await page.locator('#search-archive button').isVisible()).toBe(true);
    await page.close();
  });

  it('searches the archive by itself when the recent bundle finds nothing', async () => {
    // A word of an archived title that the recent bundle does not know, found with the page's own Pagefind bundles.
    const probe = await browser.context.newPage();
    await probe.goto(`${server.url}${urls.cari()}`);
    const words = [...new Set(archivedTitles.flatMap((title) => title.toLowerCase().split(/[^\p{L}]+/u)).filter((w) => w.length >= 7))];
    // As a string: vitest would rewrite an import() written in this file before Chromium sees it.
    const word = await probe.evaluate<string | null>(`(async (candidates) => {
      const recent = await import('/pagefind/pagefind.js');
      const archive = await import('/pagefind-arsip/pagefind.js');
      for (const w of candidates) if ((await recent.search(w)).results.length === 0 && (await archive.search(w)).results.length > 0) return w;
      return null;
    })(${JSON.stringify(words)})`);
    await probe.close();
    expect(word).not.toBeNull();

    const { page } = await open(`q=${encodeURIComponent(word!)}`);
    expect(await count(page)).toBeGreaterThan(0);
    expect(await page.locator('#search-archive').textContent()).toContain('Termasuk arsip berita sebelum Oktober 2026');
    await page.close();
  });

  it('orders both bundles newest first, and never offers the archive for kinds it does not hold', async () => {
    // Everything of one OPD, newest first, archive included: its older news must fall between the recent bundle's
    // pages of other kinds (DIP entries updated before the cut-off), not simply after them.
    const opd = [...model.opds.values()].find((o) => {
      const news = model.berita.filter((e) => e.opd === o.opd).map((e) => wibDateString(e.data.tanggal));
      const dip = model.informasi.filter((e) => e.opd === o.opd).map((e) => wibDateString(e.data.diperbarui));
      return news.some((d) => d < SEBELUM) && news.some((d) => d >= SEBELUM) && dip.some((d) => d < SEBELUM);
    })!;
    const { page } = await open(`opd=${encodeURIComponent(opd.data.nama)}&urut=terbaru&arsip=1`);
    const more = page.locator('#search-more');
    for (let i = 0; i < 20 && (await more.isVisible()); i++) {
      const before = await page.locator('#search-results li').count();
      await more.click();
      await page.waitForFunction((n) => document.querySelectorAll('#search-results li').length > n, before);
    }
    // The OPD's profile has no date: listed last.
    const days = (await page.locator('#search-results .meta').allTextContents()).map(resultDay).filter((d) => d !== undefined);
    expect(days.some((d) => d < 20261001) && days.some((d) => d >= 20261001)).toBe(true);
    expect(days).toEqual([...days].sort((a, b) => b - a));
    await page.close();

    const data = await open(`q=${encodeURIComponent('Demak')}&jenis=data`);
    expect(await data.page.locator('#search-archive').isHidden()).toBe(true);
    expect(fromArchive(data.requested)).toEqual([]);
    await data.page.close();
  });
});
