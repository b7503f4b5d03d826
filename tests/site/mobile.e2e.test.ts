/**
 * A site that reads well on a cheap phone (360 × 740): a compact header, the home page's OPD list without sideways
 * scrolling, /anggaran/, the facts of a document page, and one PPID Utama phone number. Real Chromium, built site.
 * Before this change the header and the sample-data notice took 314 px of the 740 (measured at 360 px).
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/id.ts';
import { urls } from '../../src/lib/urls.ts';
import { RINCIAN_ANGGARAN } from '../../src/site/anggaran.ts';
import { findOpdFile } from '../../src/site/files.ts';
import { formatSize } from '../../src/site/format.ts';
import { DIST } from './built-site.ts';
import { openBuiltSite, type SiteUnderTest } from './site-fixture.ts';

const PHONE = { width: 360, height: 740 };
let s: SiteUnderTest;
let page: Page;

beforeAll(async () => {
  s = await openBuiltSite({ bypassCSP: false });
  page = await s.browser.context.newPage();
  await page.setViewportSize(PHONE);
});

afterAll(async () => {
  await s?.close();
});

const open = (path: string) => page.goto(s.server.url + path, { waitUntil: 'load' });
const digits = (phone: string) => phone.replace(/[^0-9]/g, '');

/** A sample document with a PDF file, preferably one a DIP entry attaches (so the page names a rincian). */
function samplePdfDocument() {
  const pdfs = s.site.dokumen.filter((d) => d.data.berkas.toLowerCase().endsWith('.pdf') && findOpdFile(s.site.tree, d.opd, d.data.berkas));
  const attached = pdfs.find((d) => s.site.informasi.some((e) => e.opd === d.opd && e.data.lampiran.some((l) => l.berkas === d.data.berkas)));
  return attached ?? pdfs[0];
}

describe('header at 360 px', () => {
  it('header and sample-data notice take at most 120 px, on the home page and a document page', async () => {
    const doc = samplePdfDocument();
    for (const path of [urls.home(), urls.dokumen(doc.opd, doc.slug)]) {
      await open(path);
      const bottom = await page.evaluate(() => document.querySelector('.site-header')!.getBoundingClientRect().bottom);
      expect(bottom, path).toBeLessThanOrEqual(120);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(PHONE.width);
    }
  });

  it('shows the emblem with alt text, and the menu opens from the keyboard with aria-current kept', async () => {
    await open(urls.anggaran());
    const img = page.locator('.site-header img');
    expect(await img.getAttribute('alt')).toBe(t('site.lambangAlt', { pemda: s.site.pemda.nama }));
    expect(await img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
    const anggaranLink = page.locator(`.nav a[href="${urls.anggaran()}"]`);
    expect(await anggaranLink.isVisible()).toBe(false);
    await page.focus('.nav summary');
    await page.keyboard.press('Enter');
    expect(await anggaranLink.isVisible()).toBe(true);
    expect(await anggaranLink.getAttribute('aria-current')).toBe('page');
    // The open menu stays inside the screen.
    const box = (await page.locator('.nav ul').boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
  });

  it('shows every menu item as a row without a Menu button at desktop width', async () => {
    const wide = await s.browser.context.newPage();
    try {
      await wide.goto(s.server.url + urls.home());
      expect(await wide.locator('.nav summary').isVisible()).toBe(false);
      const links = wide.locator('.nav a');
      for (let i = 0; i < (await links.count()); i++) expect(await links.nth(i).isVisible()).toBe(true);
    } finally {
      await wide.close();
    }
  });
});

describe('home OPD list at 360 px', () => {
  it('keeps every row inside the viewport and shows each OPD last-upload date', async () => {
    await open(urls.home());
    const rows = await page.$$eval('.opd-list > li', (items) =>
      items.map((li) => {
        const right = Math.max(...[li, ...li.querySelectorAll('*')].map((el) => el.getBoundingClientRect().right));
        const time = li.querySelector('time');
        const box = time?.getBoundingClientRect();
        return { text: li.textContent ?? '', right, timeVisible: !!box && box.width > 0 && box.left >= 0 && box.right <= window.innerWidth };
      }),
    );
    expect(rows).toHaveLength(s.site.opdList.length);
    for (const row of rows) expect(row.right, row.text).toBeLessThanOrEqual(PHONE.width);
    expect(rows.filter((r) => r.timeVisible).length).toBeGreaterThan(0);
    for (const row of rows) expect(row.timeVisible || row.text.includes(t('home.never')), row.text).toBe(true);
  });
});

describe('/anggaran/', () => {
  it('lists every rincian d entry of every OPD and is linked from the home page, the menu and the footer', async () => {
    const html = await readFile(join(DIST, 'anggaran', 'index.html'), 'utf8');
    const entries = s.site.informasi.filter((e) => e.data.rincian === RINCIAN_ANGGARAN && e.data.kategori !== 'dikecualikan');
    expect(entries.length).toBeGreaterThan(1);
    for (const e of entries) expect(html, e.path).toContain(`href="${urls.informasi(e.opd, e.slug)}"`);
    // Grouped by year, newest first.
    const years = [...html.matchAll(/<h2 id="tahun-(\d{4})"/g)].map((m) => Number(m[1]));
    expect(years.length).toBeGreaterThan(0);
    expect(years).toEqual([...years].sort((a, b) => b - a));
    const home = await readFile(join(DIST, 'index.html'), 'utf8');
    expect(home.match(new RegExp(`href="${urls.anggaran()}"`, 'g'))?.length).toBeGreaterThanOrEqual(3);
    await open(urls.anggaran());
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  });
});

describe('document page', () => {
  it('shows date, OPD, rincian, the file size and the page count of the PDF', async () => {
    const doc = samplePdfDocument();
    const file = findOpdFile(s.site.tree, doc.opd, doc.data.berkas)!;
    const bytes = await readFile(join(s.site.tree.root, file.file.path));
    // Independent of PDF.js: the page objects of these simple PDFs.
    const pages = (bytes.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
    expect(pages).toBeGreaterThan(0);
    await open(urls.dokumen(doc.opd, doc.slug));
    const facts = Object.fromEntries(
      await page.$$eval('.doc-facts dt', (dts) => dts.map((dt) => [dt.textContent!.trim(), dt.nextElementSibling!.textContent!.trim()])),
    );
    expect(facts[t('dokumen.ukuran')]).toBe(formatSize(bytes.length));
    expect(facts[t('dokumen.halaman')]).toBe(t('dokumen.halamanCount', { count: pages }));
    expect(facts[t('dokumen.opd')]).toBe(s.site.opds.get(doc.opd)!.data.nama);
    expect(facts[t('dokumen.tanggal')]).toMatch(/\d{4}$/);
    expect(facts[t('dokumen.rincian')]).toBeTruthy();
  });
});

describe('PPID Utama contacts', () => {
  it('every page shows only the pemda.yaml phone number for the PPID Utama, and the postcode without a space', async () => {
    const { pemda } = s.site;
    const official = new Set([...pemda.telepon, ...(pemda.whatsapp ? [pemda.whatsapp] : [])].map(digits));
    const files = (await readdir(DIST, { recursive: true })).filter((f) => f.endsWith('.html'));
    const offenders: string[] = [];
    for (const f of files) {
      const html = await readFile(join(DIST, f), 'utf8');
      const footer = html.slice(html.indexOf('<footer'));
      if (!footer.startsWith('<footer')) continue;
      const footerTels = [...footer.matchAll(/href="tel:([^"]+)"/g)].map((m) => digits(m[1]));
      if (footerTels.some((n) => !official.has(n))) offenders.push(`${f}: footer ${footerTels.join(', ')}`);
      if (/\b59\s+511\b/.test(html)) offenders.push(`${f}: kode pos dengan spasi`);
    }
    // The PPID Utama's own OPD page names its PPID with the same number.
    const ppidPage = await readFile(join(DIST, urls.opd(pemda.ppid_utama), 'index.html'), 'utf8');
    const ppidBlock = ppidPage.match(new RegExp(`<dt[^>]*>${t('opd.ppidPelaksana')}</dt>\\s*<dd>([\\s\\S]*?)</dd>`))?.[1] ?? '';
    expect(ppidBlock).not.toBe('');
    for (const m of ppidBlock.matchAll(/href="tel:([^"]+)"/g)) if (!official.has(digits(m[1]))) offenders.push(`PPID Utama: ${m[1]}`);
    // The service pages (maklumat, jadwal, permohonan, keberatan) print no other number in their text.
    for (const path of [...s.site.halaman.map((h) => urls.halaman(h.slug)), urls.permohonan(), urls.keberatan()]) {
      const html = await readFile(join(DIST, path, 'index.html'), 'utf8');
      const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
      for (const m of main.matchAll(/\(?0\d{2,3}\)?[\s-]?\d{3,4}[\s-]?\d{3,4}/g)) if (!official.has(digits(m[0]))) offenders.push(`${path}: ${m[0]}`);
    }
    expect(offenders).toEqual([]);
    expect(await readFile(join(DIST, 'index.html'), 'utf8')).toContain(`kode pos ${pemda.kode_pos}`);
  });
});
