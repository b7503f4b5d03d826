/**
 * Tracking a request in headless Chromium, with the Content-Security-Policy enforced as visitors get it: a requester
 * types a sample register number (in lower case, with spaces) and sees its status, deadline and answer; an unknown
 * number says so; without JavaScript the form stays hidden and the OPD registers are the way to the number.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t as ui } from '../../src/i18n/id.ts';
import { urls } from '../../src/lib/urls.ts';
import { tanggalPanjang } from '../../src/lib/wib.ts';
import { layananOf } from '../../src/site/layanan.ts';
import { DIST } from './built-site.ts';
import { openBuiltSite, type SiteUnderTest } from './site-fixture.ts';

let site: SiteUnderTest;

beforeAll(async () => {
  site = await openBuiltSite({ bypassCSP: false });
  // Judge the sample as the build did (the JSON says on which day).
  process.env.LAYANAN_HARI_INI = (JSON.parse(readFileSync(join(DIST, 'permohonan/lacak.json'), 'utf8')) as { hari_ini: string }).hari_ini;
});

afterAll(async () => {
  await site?.close();
  delete process.env.LAYANAN_HARI_INI;
});

const rows = () => layananOf(site.site).register.flatMap((r) => r.bulan.flatMap((b) => b.rows));

async function track(page: Page, typed: string): Promise<string> {
  await page.fill('#lacak-nomor', typed);
  await page.click('#lacak-form button[type=submit]');
  await page.waitForFunction(() => !/Mencari/.test(document.getElementById('lacak-hasil')?.textContent ?? 'Mencari'));
  return (await page.locator('#lacak-hasil').innerText()).replace(/\s+/g, ' ');
}

describe('/permohonan/lacak/ in Chromium', () => {
  it('shows the status, deadline and answer of a sample number typed carelessly, with no CSP violation', async () => {
    const page = await site.browser.context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${site.server.url}${urls.lacak()}`);
    const answered = rows().find((r) => r.tenggat.permohonan.dijawab && !r.entry.data.keberatan)!;
    const text = await track(page, ` ${answered.entry.data.nomor.toLowerCase().replace(/\//g, ' / ')} `);
    expect(text).toContain(answered.entry.data.nomor);
    expect(text).toContain(ui(`layanan.status.${answered.entry.data.status}` as Parameters<typeof ui>[0]));
    expect(text).toContain(tanggalPanjang(answered.tenggat.permohonan.batas));
    expect(text).toContain(tanggalPanjang(answered.tenggat.permohonan.dijawab!));
    // The link goes to the request's row on its OPD's register.
    await page.click('#lacak-hasil a');
    await page.waitForURL(`**${urls.lacakEntry(answered.entry.opd, answered.entry.slug)}`);
    expect(await page.locator(`tr[id="${answered.entry.slug}"]`).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('marks a request still unanswered after its deadline, and says when a number is unknown', async () => {
    const page = await site.browser.context.newPage();
    await page.goto(`${site.server.url}${urls.lacak()}`);
    const late = rows().find((r) => r.tenggat.permohonan.lewat)!;
    const text = await track(page, late.entry.data.nomor);
    expect(text).toContain(ui('layanan.belumDijawab'));
    expect(text).toContain(ui('layanan.terlambat'));
    expect(await track(page, '999/PPID-TIDAK-ADA/I/2026')).toBe(ui('layanan.lacakNotFound').replace('{nomor}', '999/PPID-TIDAK-ADA/I/2026'));
    await page.close();
  });
});

describe('/permohonan/lacak/ without JavaScript', () => {
  it('keeps the form hidden and leads to each OPD register by month', async () => {
    const page = await site.browser.context.newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
    await page.goto(`${site.server.url}${urls.lacak()}`);
    expect(await page.locator('#lacak-form').isVisible()).toBe(false);
    const first = layananOf(site.site).register[0];
    await page.click(`a[href="${urls.lacakOpd(first.opd.opd)}"]`);
    expect(await page.locator('h1').innerText()).toBe(ui('layanan.lacakOpdPage', { nama: first.opd.data.nama }));
    expect(await page.locator('section h2').count()).toBe(first.bulan.length);
    await page.close();
  });
});
