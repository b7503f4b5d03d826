/**
 * WCAG 2.1 AA: axe-core (run in headless Chromium on the built sample site) reports no violations on the home page,
 * an OPD page, a news article, the DIP, the DIK, a dataset page and the search results.
 */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { urls } from '../../src/lib/urls.ts';
import { openBuiltSite, type SiteUnderTest } from './site-fixture.ts';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

interface Violation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

let t: SiteUnderTest;

beforeAll(async () => {
  t = await openBuiltSite();
});

afterAll(async () => {
  await t?.close();
});

async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const found = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: Violation[] }> } }).axe;
    return (await axe.run(document, { runOnly: { type: 'tag', values: tags } })).violations;
  }, TAGS);
  return found.map((v) => `${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')})`);
}

describe('axe-core finds no violations', () => {
  const pages = () => {
    const opd = t.site.opdList.find((o) => t.site.byOpd.get(o.opd)!.berita.length > 0 && t.site.byOpd.get(o.opd)!.datasets.length > 0)!;
    const article = t.site.byOpd.get(opd.opd)!.berita[0];
    const dataset = t.site.byOpd.get(opd.opd)!.datasets[0];
    return {
      beranda: urls.home(),
      opd: urls.opd(opd.opd),
      berita: urls.berita(article.opd, article.slug),
      dip: urls.dip(),
      dik: urls.dik(),
      dataset: urls.dataset(dataset.opd, dataset.slug),
    };
  };

  it.each(['beranda', 'opd', 'berita', 'dip', 'dik', 'dataset'] as const)('%s', async (name) => {
    const page = await t.browser.context.newPage();
    await page.goto(`${t.server.url}${pages()[name]}`);
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it('search results, with a filter chosen', async () => {
    const page = await t.browser.context.newPage();
    await page.goto(`${t.server.url}${urls.cari()}?q=data&jenis=data`);
    await page.waitForFunction(() => /^\d+ hasil/.test(document.getElementById('search-status')?.textContent ?? ''));
    expect(await page.locator('#search-results li').count()).toBeGreaterThan(0);
    expect(await violations(page)).toEqual([]);
    await page.close();
  });
});
