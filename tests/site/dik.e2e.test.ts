/**
 * The DIK in the built sample site, in headless Chromium: the regency's list and an entry page show the consequence
 * test in plain Indonesian (grounds of Pasal 17, harm, public interest, decision with its public file, period), cite
 * Pasal 2 ayat (2) for "ketat dan terbatas", mark an ended period, and never publish the exempt content.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { urls } from '../../src/lib/urls.ts';
import { pasal17Citation, pasal17Label } from '../../src/schemas/pengecualian.ts';
import { openBuiltSite, type SiteUnderTest } from './site-fixture.ts';

let t: SiteUnderTest;

beforeAll(async () => {
  t = await openBuiltSite();
});

afterAll(async () => {
  await t?.close();
});

const exempt = () => t.site.informasi.filter((e) => e.data.kategori === 'dikecualikan');

describe('Daftar Informasi yang Dikecualikan', () => {
  it('the sample has a full test with its decree file and an ended exemption', () => {
    expect(exempt().some((e) => e.data.pengecualian?.penetapan.berkas)).toBe(true);
    expect(exempt().some((e) => e.data.berlaku_hingga! < new Date('2026-12-01T00:00:00+07:00'))).toBe(true);
  });

  it('lists every element of each consequence test and cites Pasal 2 ayat (2)', async () => {
    const page = await t.browser.context.newPage();
    await page.goto(`${t.server.url}${urls.dik()}`);
    await expect(page.getByText('ketat dan terbatas (Undang-Undang Nomor 14 Tahun 2008 Pasal 2 ayat (2))').count()).resolves.toBe(1);
    const headers = await page.locator('thead th').allTextContents();
    expect(headers).toEqual(['No', 'Perangkat daerah', 'Informasi yang dikecualikan', 'Dasar pengecualian', 'Konsekuensi bila dibuka', 'Pertimbangan kepentingan publik', 'Penetapan', 'Dikecualikan hingga']);
    const rows = page.locator('tbody tr');
    expect(await rows.count()).toBe(exempt().length);
    for (const e of exempt()) {
      const row = rows.filter({ has: page.getByRole('link', { name: e.data.judul, exact: true }) });
      const text = (await row.innerText()).replace(/\s+/g, ' ');
      const p = e.data.pengecualian!;
      for (const code of p.pasal) expect(text, e.slug).toContain(`UU 14/2008 ${pasal17Citation(code)}: ${pasal17Label(code)}`);
      expect(text).toContain(p.konsekuensi);
      expect(text).toContain(p.kepentingan_publik);
      expect(text).toContain(`Nomor ${p.penetapan.nomor}`);
      expect(text).toContain(p.penetapan.pejabat);
      expect(text.includes('Jangka waktu berakhir'), e.slug).toBe(e.data.berlaku_hingga! < new Date());
    }
    await page.close();
  });

  it('an entry page shows the reason and the decree link, which serves the PDF, and no exempt content', async () => {
    const entry = exempt().find((e) => e.data.pengecualian?.penetapan.berkas)!;
    const page = await t.browser.context.newPage();
    await page.goto(`${t.server.url}${urls.informasi(entry.opd, entry.slug)}`);
    const main = (await page.locator('article').innerText()).replace(/\s+/g, ' ');
    expect(main).toContain(`Alasan pengecualian ${entry.data.pengecualian!.alasan}`);
    expect(main).toContain(`Undang-undang sektoral ${entry.data.pengecualian!.undang_undang}`);
    expect(await page.locator('#lampiran').count()).toBe(0);
    const link = page.getByRole('link', { name: 'Unduh penetapan' });
    const href = await link.getAttribute('href');
    expect(href).toBe(urls.opdFile(entry.opd, entry.data.pengecualian!.penetapan.berkas!));
    const response = await page.request.get(`${t.server.url}${href}`);
    expect(response.status()).toBe(200);
    expect((await response.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await page.close();
  });
});
