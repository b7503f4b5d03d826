/**
 * /cari/ on a 360 × 740 phone, in headless Chromium against the built sample site with its Content-Security-Policy:
 * the filters fold behind one control so that the first result is on the first screen, and a misspelt query gets
 * "Maksud Anda: …" from the portal's vocabulary, which a query with good results never downloads.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { t as ui } from '../../src/i18n/id.ts';
import { urls } from '../../src/lib/urls.ts';
import { openBuiltSite, type SiteUnderTest } from './site-fixture.ts';

const PHONE = { width: 360, height: 740 };
/** The vocabulary file (src/site/search-vocabulary.ts). */
const VOCABULARY = /\/pagefind\/kata\.[^/]+\.json$/;

let t: SiteUnderTest;

beforeAll(async () => {
  t = await openBuiltSite({ bypassCSP: false });
});

afterAll(async () => {
  await t?.close();
});

/** A page that records the paths it requests and adds up its layout shifts (CLS) in `window.shifted`. */
async function openSearchPage(viewport = PHONE): Promise<{ page: Page; requested: string[] }> {
  const page = await t.browser.context.newPage();
  await page.setViewportSize(viewport);
  await page.addInitScript(() => {
    const w = window as unknown as { shifted: number };
    w.shifted = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!entry.hadRecentInput) w.shifted += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  return { page, requested };
}

const shifted = (page: Page) => page.evaluate(() => (window as unknown as { shifted: number }).shifted);
const waitForCount = (page: Page) => page.waitForFunction(() => /^\d+ hasil/.test(document.getElementById('search-status')?.textContent ?? ''));
const count = async (page: Page) => Number(/^(\d+) hasil/.exec((await page.locator('#search-status').textContent()) ?? '')?.[1] ?? 0);

/** The first result starts, and its whole title shows, within the first 740 px (no scrolling). */
async function expectFirstTitleOnFirstScreen(page: Page): Promise<void> {
  expect(await page.evaluate(() => scrollY)).toBe(0);
  const title = (await page.locator('#search-results > li').first().locator('h2').boundingBox())!;
  expect(title.y + title.height).toBeLessThanOrEqual(PHONE.height);
}

/** Pages of the sample whose text holds `word` (what the search should find). */
const pagesWith = (word: string) =>
  [...t.site.berita, ...t.site.informasi, ...t.site.dokumen, ...t.site.datasets].filter((e) => `${JSON.stringify(e.data)} ${e.body}`.toLowerCase().includes(word)).length;

describe('search on a 360 px phone', () => {
  it('shows good results with the filters folded and the first result on the first screen, without the vocabulary', async () => {
    expect(pagesWith('banjir')).toBeGreaterThan(2);
    const { page, requested } = await openSearchPage();
    await page.goto(`${t.server.url}${urls.cari()}?q=banjir`);
    await waitForCount(page);
    expect(await count(page)).toBeGreaterThan(2);
    // Folded: one control, no select on screen.
    const summary = page.locator('.search-filters > summary');
    expect(await summary.textContent()).toBe(ui('search.filters'));
    expect(await page.locator('#f-opd').isVisible()).toBe(false);
    await expectFirstTitleOnFirstScreen(page);
    expect(await page.locator('#search-suggestion').textContent()).toBe('');
    await page.waitForLoadState('networkidle');
    expect(requested.filter((p) => VOCABULARY.test(p))).toEqual([]);
    // Nothing on screen moved when the results came.
    expect(await shifted(page)).toBe(0);

    // The control opens the filters and counts the chosen ones.
    await summary.click();
    expect(await page.locator('#f-opd').isVisible()).toBe(true);
    await page.locator('#f-jenis').selectOption('berita');
    await page.waitForFunction((text) => document.getElementById('search-filters-summary')?.textContent === text, ui('search.filtersActive', { count: 1 }));
    await page.close();
  });

  it('suggests "stunting" for "stuting", and the suggestion is a link that finds it', async () => {
    expect(pagesWith('stunting')).toBeGreaterThan(2);
    const { page, requested } = await openSearchPage();
    await page.goto(`${t.server.url}${urls.cari()}?q=stuting`);
    const suggestion = page.locator('#search-suggestion');
    await suggestion.getByRole('link').waitFor();
    // Pagefind's stemming and prefix search still "find" pages for the typo (it marks "S.T." of a degree): the
    // suggestion is judged on what the first result shows, not on the count.
    expect((await suggestion.textContent())?.trim()).toBe(`${ui('search.didYouMean')} stunting`);
    expect(await suggestion.locator('strong').textContent()).toBe('stunting');
    expect(requested.filter((p) => VOCABULARY.test(p))).toHaveLength(1);
    const href = await suggestion.getByRole('link').getAttribute('href');
    expect(href).toBe(`${urls.cari()}?q=stunting`);

    await suggestion.getByRole('link').click();
    await page.waitForURL((url) => url.searchParams.get('q') === 'stunting');
    await waitForCount(page);
    expect(await count(page)).toBeGreaterThan(2);
    expect(await page.locator('#q').inputValue()).toBe('stunting');
    expect(await suggestion.textContent()).toBe('');
    await expectFirstTitleOnFirstScreen(page);
    await page.close();
  });

  it('corrects each misspelt word of a longer query and keeps the filters in the link', async () => {
    const { page } = await openSearchPage();
    await page.goto(`${t.server.url}${urls.cari()}?q=${encodeURIComponent('konvergensi stuting')}&jenis=berita`);
    const link = page.locator('#search-suggestion').getByRole('link');
    await link.waitFor();
    expect(await link.textContent()).toBe('konvergensi stunting');
    const target = new URL((await link.getAttribute('href'))!, t.server.url);
    expect(Object.fromEntries(target.searchParams)).toEqual({ q: 'konvergensi stunting', jenis: 'berita' });
    // The filter is counted on the folded control.
    expect(await page.locator('#search-filters-summary').textContent()).toBe(ui('search.filtersActive', { count: 1 }));
    await page.close();
  });

  it('shows the filters open on a wide screen from the first paint, with no control to open and no layout shift', async () => {
    const { page } = await openSearchPage({ width: 1280, height: 800 });
    await page.goto(`${t.server.url}${urls.cari()}?q=stuting`);
    expect(await page.locator('#f-opd').isVisible()).toBe(true);
    expect(await page.locator('.search-filters > summary').isVisible()).toBe(false);
    await page.locator('#search-suggestion a').waitFor();
    expect(await shifted(page)).toBe(0);
    await page.close();
  });
});
