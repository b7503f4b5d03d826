/**
 * /permohonan-informasi/ in headless Chromium with the Content-Security-Policy enforced, as visitors get it: the
 * request form appears only with its script, says what is missing, and turns the filled fields into a mailto: link
 * and a wa.me link, without a single request leaving the page. Without JavaScript the page still shows the official
 * e-mail, the WhatsApp number and the PDF form.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waNumber } from '../../src/components/permohonan-pesan.ts';
import { urls } from '../../src/lib/urls.ts';
import { DIST } from './built-site.ts';
import { openBuiltSite, type SiteUnderTest } from './site-fixture.ts';

let t: SiteUnderTest;

beforeAll(async () => {
  t = await openBuiltSite({ bypassCSP: false });
});

afterAll(async () => {
  await t?.close();
});

describe('request composer', () => {
  it('builds the mailto: and wa.me links from the form, under the CSP, sending nothing', async () => {
    const { pemda } = t.site;
    const page = await t.browser.context.newPage();
    const violations: string[] = [];
    const requests: Request[] = [];
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => ((window as unknown as { __csp: string[] }).__csp ??= []).push(e.effectiveDirective), true);
    });
    page.on('pageerror', (e) => violations.push(e.message));
    await page.goto(`${t.server.url}${urls.permohonan()}`, { waitUntil: 'networkidle' });
    page.on('request', (r) => requests.push(r));

    await page.locator('#penyusun').waitFor({ state: 'visible' });
    // Nothing filled: the form says what is missing and moves the focus there.
    await page.getByRole('button', { name: 'Susun pesan' }).click();
    expect(await page.locator('#permohonan-galat').textContent()).toMatch(/^Lengkapi dahulu: nama, alamat, nomor telepon atau alamat e-mail/);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('p-nama');
    expect(await page.locator('#permohonan-hasil').isHidden()).toBe(true);

    await page.getByLabel('Nama lengkap').fill('Siti Aminah');
    await page.getByRole('textbox', { name: 'Alamat', exact: true }).fill('Jl. Pemuda 1, Demak');
    await page.getByLabel('Alamat e-mail').fill('siti@contoh.id');
    await page.getByLabel('Rincian informasi yang dibutuhkan').fill('LRA 2025 Dinas Kesehatan');
    await page.getByLabel('Tujuan penggunaan informasi').fill('Penelitian skripsi');
    await page.getByLabel('Mendapatkan salinan informasi (cetak atau elektronik)').check();
    await page.getByLabel('Dikirim lewat e-mail').check();
    await page.getByRole('button', { name: 'Susun pesan' }).click();

    const mail = (await page.locator('#kirim-email').getAttribute('href'))!;
    expect(mail.startsWith(`mailto:${pemda.email}?subject=`)).toBe(true);
    const body = new URLSearchParams(mail.slice(mail.indexOf('?') + 1)).get('body')!;
    for (const line of ['Nama lengkap: Siti Aminah', 'Alamat: Jl. Pemuda 1, Demak', 'Alamat e-mail: siti@contoh.id', 'Rincian informasi yang dibutuhkan: LRA 2025 Dinas Kesehatan', 'Tujuan penggunaan informasi: Penelitian skripsi', 'Cara memperoleh informasi: Mendapatkan salinan informasi (cetak atau elektronik)', 'Cara mendapatkan salinan informasi: Dikirim lewat e-mail']) {
      expect(body).toContain(line);
    }
    const wa = new URL((await page.locator('#kirim-whatsapp').getAttribute('href'))!);
    expect(`${wa.origin}${wa.pathname}`).toBe(`https://wa.me/${waNumber(pemda.whatsapp!)}`);
    expect(wa.searchParams.get('text')).toContain('Nama lengkap: Siti Aminah');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('permohonan-hasil');

    // The typed data went nowhere: no request at all after the page loaded, no CSP violation, no error.
    expect(requests.map((r) => r.url())).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])).toEqual([]);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('without JavaScript: the form stays hidden, the e-mail, the WhatsApp number and the PDF form are on the page', () => {
    const html = readFileSync(join(DIST, 'permohonan-informasi', 'index.html'), 'utf8');
    expect(html).toMatch(/<div id="penyusun" class="composer[^"]*" hidden/);
    const channels = /<ul class="channels"[\s\S]*?<\/ul>/.exec(html)?.[0] ?? '';
    expect(channels).toContain(`href="mailto:${t.site.pemda.email}"`);
    expect(channels).toContain(`href="https://wa.me/${waNumber(t.site.pemda.whatsapp!)}"`);
    expect(channels).toMatch(/href="[^"]*formulir-permohonan[^"]*\.pdf"/);
    // The script is a file from the site itself, which the page's policy allows.
    expect(html).toMatch(/<script type="module" src="\/_astro\/[^"]+\.js"><\/script>/);
    expect(html).toMatch(/script-src 'self'/);
  });
});
