/**
 * WCAG 2.1 AA: axe-core (run in headless Chromium on the built sample site) reports no violations on the home page,
 * an OPD page, a news article, the DIP index, an OPD's DIP page and two DIP filter pages, the DIK, a dataset page, the per-OPD lists of
 * data and documents, a dataset with charts and the kecamatan tile map, the dashboard (/dasbor/), a topic page,
 * the search results (and, at 360 px, with a spelling suggestion), the request, objection and compliance pages and the request composer in use, the request
 * tracking, an OPD register, the service statistics and an annual service report; and at 360 px (a cheap phone),
 * where wide tables scroll sideways, on pages whose markdown bodies hold tables and on a dataset page.
 */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { urls } from '../../src/lib/urls.ts';
import { dipYears } from '../../src/site/dip-filter.ts';
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

const PHONE = { width: 360, height: 800 };

async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const found = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: Violation[] }> } }).axe;
    return (await axe.run(document, { runOnly: { type: 'tag', values: tags } })).violations;
  }, TAGS);
  return found.map((v) => `${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')})`);
}

// Each check opens its own page: they run side by side (vitest's maxConcurrency), the browser waits overlapping.
describe.concurrent('axe-core finds no violations', () => {
  const pages = () => {
    const opd = t.site.opdList.find((o) => t.site.byOpd.get(o.opd)!.berita.length > 0 && t.site.byOpd.get(o.opd)!.datasets.length > 0)!;
    const article = t.site.byOpd.get(opd.opd)!.berita[0];
    const dataset = t.site.byOpd.get(opd.opd)!.datasets[0];
    // The OPD with the longest DIP (its page holds the widest table) and one with documents.
    const dipCount = (o: string) => t.site.byOpd.get(o)!.informasi.length;
    const longestDip = t.site.opdList.map((o) => o.opd).sort((a, b) => dipCount(b) - dipCount(a))[0];
    const withDocs = t.site.opdList.find((o) => t.site.byOpd.get(o.opd)!.dokumen.length > 0)!;
    const withCharts = t.site.datasets.find((d) => d.data.grafik?.some((g) => g.jenis === 'garis') && d.data.tingkat_penyajian === 'kecamatan')!;
    return {
      beranda: urls.home(),
      opd: urls.opd(opd.opd),
      berita: urls.berita(article.opd, article.slug),
      dip: urls.dip(),
      dipOpd: urls.dipOpd(longestDip),
      // The DIP filters: a kategori's second page and a kategori × year page (the newest year of berkala entries).
      dipKategori: urls.dipKategori('berkala', 2),
      dipKategoriTahun: urls.dipKategoriTahun('berkala', dipYears(t.site)[0]),
      dik: urls.dik(),
      dataset: urls.dataset(dataset.opd, dataset.slug),
      dataOpd: urls.dataOpd(opd.opd),
      dataTopik: urls.dataTopik(dataset.data.topik),
      dokumenOpd: urls.opdDokumen(withDocs.opd),
      // A document page (its facts list) and the budget overview.
      dokumen: urls.dokumen(withDocs.opd, t.site.byOpd.get(withDocs.opd)!.dokumen[0].slug),
      anggaran: urls.anggaran(),
      aplikasi: urls.aplikasiIndex(),
      // A dataset with a line chart, a bar chart and the kecamatan tile map, and the dashboard of headline indicators.
      grafik: urls.dataset(withCharts.opd, withCharts.slug),
      dasbor: urls.dasbor(),
      // The service pages (the request composer shown by its script) and the compliance overview.
      permohonan: urls.permohonan(),
      keberatan: urls.keberatan(),
      jadwal: urls.halaman('jadwal-layanan'),
      kepatuhan: urls.kepatuhan(),
      // The request register: tracking, one OPD's register by month, a year's statistics and an annual report.
      lacak: urls.lacak(),
      lacakOpd: urls.lacakOpd('dinkes'),
      statistik: urls.statistikLayananTahun(2026),
      laporan: urls.laporanLayanan(2025),
    };
  };

  it.each(['beranda', 'opd', 'berita', 'dip', 'dipOpd', 'dipKategori', 'dipKategoriTahun', 'dik', 'dataset', 'dataOpd', 'dataTopik', 'dokumenOpd', 'dokumen', 'anggaran', 'aplikasi', 'grafik', 'dasbor', 'permohonan', 'keberatan', 'jadwal', 'kepatuhan', 'lacak', 'lacakOpd', 'statistik', 'laporan'] as const)('%s', async (name) => {
    const page = await t.browser.context.newPage();
    await page.goto(`${t.server.url}${pages()[name]}`);
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it.each(['beranda', 'opd', 'dip', 'dipOpd', 'dipKategori', 'dipKategoriTahun', 'dataset', 'dokumen', 'anggaran', 'aplikasi', 'grafik', 'dasbor', 'permohonan', 'kepatuhan', 'lacakOpd', 'statistik'] as const)('%s at 360 px', async (name) => {
    const page = await t.browser.context.newPage();
    await page.setViewportSize(PHONE);
    await page.goto(`${t.server.url}${pages()[name]}`);
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it('the request composer with its errors, then with the links ready', async () => {
    const page = await t.browser.context.newPage();
    await page.goto(`${t.server.url}${urls.permohonan()}`);
    await page.locator('#penyusun').waitFor({ state: 'visible' });
    await page.getByRole('button', { name: 'Susun pesan' }).click();
    expect(await violations(page)).toEqual([]);
    await page.getByLabel('Nama lengkap').fill('Siti');
    await page.getByRole('textbox', { name: 'Alamat', exact: true }).fill('Demak');
    await page.getByLabel('Nomor telepon').fill('0812 0000 0001');
    await page.getByLabel('Rincian informasi yang dibutuhkan').fill('LRA 2025');
    await page.getByLabel('Tujuan penggunaan informasi').fill('Penelitian');
    await page.getByLabel('Melihat, membaca, mendengarkan atau mencatat').check();
    await page.getByRole('button', { name: 'Susun pesan' }).click();
    await page.locator('#permohonan-hasil').waitFor({ state: 'visible' });
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

  it('search at 360 px with a spelling suggestion ("Maksud Anda"), filters folded and then opened', async () => {
    const page = await t.browser.context.newPage();
    await page.setViewportSize(PHONE);
    await page.goto(`${t.server.url}${urls.cari()}?q=stuting`);
    await page.locator('#search-suggestion a').waitFor();
    expect(await violations(page)).toEqual([]);
    await page.locator('.search-filters > summary').click();
    expect(await violations(page)).toEqual([]);
    await page.close();
  });
});

describe('markdown tables on a 360 px screen', () => {
  /** Pages whose markdown body holds a table wider than a phone: the two the review found, found again by content. */
  const withTables = () => {
    const table = /^\|.*\|\s*$/m;
    const informasi = t.site.informasi.find((e) => e.opd === 'dinkes' && e.slug === 'laporan-keuangan-2025-dan-lra-semester-i-2026' && table.test(e.body));
    const halaman = t.site.halaman.find((e) => e.slug === 'tentang-ppid' && table.test(e.body));
    expect(informasi, 'sample informasi with a table').toBeDefined();
    expect(halaman, 'sample halaman with a table').toBeDefined();
    return [urls.informasi(informasi!.opd, informasi!.slug), urls.halaman(halaman!.slug)];
  };

  it('every table scrolls inside a focusable, named region, and axe finds no violations', async () => {
    const page = await t.browser.context.newPage();
    await page.setViewportSize(PHONE);
    for (const path of withTables()) {
      await page.goto(`${t.server.url}${path}`);
      const regions = await page.locator('.prose table').evaluateAll((tables) =>
        tables.map((table) => {
          const wrap = table.parentElement!;
          return { role: wrap.getAttribute('role'), tabindex: wrap.getAttribute('tabindex'), label: wrap.getAttribute('aria-label'), scrolls: wrap.scrollWidth > wrap.clientWidth };
        }),
      );
      expect(regions.length, path).toBeGreaterThan(0);
      for (const r of regions) expect(r).toMatchObject({ role: 'region', tabindex: '0', label: expect.stringMatching(/^Tabel/) });
      // The point of the test: at 360 px at least one table really is wider than the screen.
      expect(regions.some((r) => r.scrolls), path).toBe(true);
      // The page itself never scrolls sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      expect(await violations(page), path).toEqual([]);
    }
    await page.close();
  });
});
