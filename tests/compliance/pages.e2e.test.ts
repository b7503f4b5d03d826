/**
 * The /kepatuhan/ pages of the built sample site, without JavaScript: the note that the index is not a Komisi
 * Informasi predicate, the OPDs to call this week listed first, the ranking table with its orderings as links and
 * its berkala column in words, cards on a 360 px screen, the chart with its text alternative, an OPD page with its
 * to-do list, the JSON/CSV endpoints, and axe-core finding no accessibility violations.
 */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { needsAttention } from '../../src/compliance/attention.ts';
import { CSV_HEADER } from '../../src/compliance/format.ts';
import { historyBeganInReportWeek } from '../../src/compliance/history-start.ts';
import type { WeeklyReport } from '../../src/compliance/types.ts';
import { parseCsvRows } from '../../src/lib/csv.ts';
import { urls } from '../../src/lib/urls.ts';
import { openBuiltSite, type SiteUnderTest } from '../site/site-fixture.ts';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let t: SiteUnderTest;
let page: Page;
let report: WeeklyReport;

beforeAll(async () => {
  t = await openBuiltSite();
  page = await t.browser.context.newPage();
  await page.goto(`${t.server.url}${urls.kepatuhan()}`);
  const jsonHref = await page.locator('a[href$=".json"]').first().getAttribute('href');
  report = (await (await fetch(`${t.server.url}${jsonHref}`)).json()) as WeeklyReport;
});

afterAll(async () => {
  await t?.close();
});

async function axeViolations(p: Page): Promise<string[]> {
  await p.addScriptTag({ path: AXE });
  const found = await p.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (d: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } })).violations;
  });
  return found.map((v) => `${v.id} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')})`);
}

describe('/kepatuhan/', () => {
  it('ranks every OPD of the report by score, ships no script, and says when figures are estimated', async () => {
    expect(report.opd.length).toBe(t.site.opds.size);
    const rows = page.locator('table.kepatuhan tbody tr');
    expect(await rows.count()).toBe(report.opd.length);
    const scores = await page.locator('table.kepatuhan tbody tr td:nth-child(2)').allTextContents();
    const numbers = scores.map((s) => Number(s.replace(',', '.')));
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    expect(await page.locator('script').count()).toBe(0);
    expect(await page.locator('.alert', { hasText: 'Angka perkiraan' }).count()).toBe(report.riwayat.perkiraan ? 1 : 0);
  });

  it('sorts without JavaScript: column headers link to static pages in another order', async () => {
    const header = page.locator('table.kepatuhan thead th', { hasText: 'Perangkat daerah' }).locator('a');
    await header.click();
    expect(page.url()).toBe(`${t.server.url}/kepatuhan/urut/nama/`);
    const names = await page.locator('table.kepatuhan tbody th').allTextContents();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'id')));
    expect(await page.locator('th[aria-sort="ascending"]').textContent()).toContain('Perangkat daerah');
    await page.goto(`${t.server.url}${urls.kepatuhan()}`);
  });

  it('draws the 12-week chart as inline SVG with a title, a description and a data table', async () => {
    const svg = page.locator('.chart figure svg[role="img"]');
    expect(await svg.count()).toBe(1);
    expect(await svg.locator('rect.bar').count()).toBe(report.kebijakan.minggu_riwayat);
    const desc = await svg.locator('desc').textContent();
    for (const w of report.ringkasan.mingguan) expect(desc).toContain(`${w.minggu} ${w.opd_memenuhi_target}`);
    expect(await page.locator('.chart > details table tbody tr').count()).toBe(report.kebijakan.minggu_riwayat);
  });

  it('has no accessibility violations', async () => {
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('/kepatuhan/ answers "who did not upload this week?" first', () => {
  it('says the index is not a Komisi Informasi predicate, and no band carries one', async () => {
    expect(await page.locator('#bukan-predikat').textContent()).toContain('bukan predikat Komisi Informasi');
    expect(await page.locator('section[aria-labelledby="metode"]').textContent()).toContain('bukan predikat Komisi Informasi');
    const bands = await page.locator('.kual').allTextContents();
    expect(bands.length).toBeGreaterThan(report.opd.length);
    expect(new Set(bands)).toEqual(new Set(Object.values(report.kebijakan.label)));
    expect(report.catatan).toContain('bukan predikat Komisi Informasi');
  });

  it('lists the OPDs without an upload (and those with overdue requests) before the table, with their PPID contact', async () => {
    const before = await page.evaluate(() => {
      const attention = document.getElementById('perhatian');
      const table = document.querySelector('table.kepatuhan');
      return !!attention && !!table && (attention.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    });
    expect(before).toBe(true);
    const listed = await page.locator('.attention-list > li').evaluateAll((items) => items.map((li) => li.getAttribute('data-opd')));
    const { items, uploadsJudged } = needsAttention(report);
    expect(listed).toEqual(items.map((i) => i.opd.opd));
    if (uploadsJudged) {
      const without = report.opd.filter((o) => o.unggahan.total === 0).map((o) => o.opd);
      expect(listed).toEqual(expect.arrayContaining(without));
      for (const slug of without) expect(await page.locator(`.attention-list > li[data-opd="${slug}"]`).textContent()).toContain('Belum ada unggahan minggu ini.');
    } else {
      // A history that began inside the report week: one sentence instead of hundreds of uploads and "+80".
      expect(historyBeganInReportWeek(report)).toBe(true);
      expect(await page.locator('#riwayat-baru').textContent()).toMatch(/^Riwayat git portal ini baru dimulai .+, di dalam minggu laporan/);
      const uploads = await page.locator('table.kepatuhan tbody td:nth-child(5)').allTextContents();
      expect(new Set(uploads)).toEqual(new Set(['–']));
    }
    for (const li of await page.locator('.attention-list > li').all()) {
      expect(await li.locator('a[href^="tel:"], a[href^="mailto:"]').count()).toBeGreaterThan(0);
    }
  });

  it('writes the berkala column in plain words, not rincian letters or codes', async () => {
    const cells = await page.locator('table.kepatuhan tbody td.berkala').allTextContents();
    expect(cells).toHaveLength(report.opd.length);
    for (const cell of cells) expect(cell).toMatch(/^(lengkap dan mutakhir|\d+ wajib belum ada(, \d+ basi)?|\d+ basi)$/);
  });

  it('fits a 360 px screen: the table reflows into cards, nothing scrolls sideways, the OPDs to call come first', async () => {
    const phone = await t.browser.context.newPage();
    await phone.setViewportSize({ width: 360, height: 800 });
    await phone.goto(`${t.server.url}${urls.kepatuhan()}`);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    const table = phone.locator('table.kepatuhan');
    expect(await table.evaluate((el) => el.parentElement!.scrollWidth <= el.parentElement!.clientWidth)).toBe(true);
    expect(await table.locator('tbody tr').first().evaluate((row) => getComputedStyle(row).display)).toBe('block');
    // Every card is inside the screen, and each value shows its column's name.
    const widest = await table.locator('tbody tr').evaluateAll((rows) => Math.max(...rows.map((r) => r.getBoundingClientRect().right)));
    expect(widest).toBeLessThanOrEqual(360);
    expect(await table.locator('tbody td').first().evaluate((td) => getComputedStyle(td, '::before').content)).toBe('"Skor"');
    const attentionTop = await phone.locator('#perhatian').evaluate((el) => el.getBoundingClientRect().top);
    expect(attentionTop).toBeLessThan(await table.evaluate((el) => el.getBoundingClientRect().top));
    expect(await axeViolations(phone)).toEqual([]);
    await phone.close();
  });
});

describe('/kepatuhan/<opd>/', () => {
  it('shows the score, the same to-do list as the report, and links back to the OPD page', async () => {
    const opd = [...report.opd].sort((a, b) => b.todo.length - a.todo.length)[0];
    await page.goto(`${t.server.url}${urls.kepatuhanOpd(opd.opd)}`);
    expect(await page.locator('h1').textContent()).toBe(`Kepatuhan ${opd.nama}`);
    expect(await page.locator('#tugas + ol li').allTextContents()).toEqual(opd.todo);
    expect(await page.locator(`a[href="${urls.opd(opd.opd)}"]`).count()).toBeGreaterThan(0);
    expect(await page.locator('#berkala ~ .table-wrap tbody tr').count()).toBe(opd.berkala.length);
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('machine endpoints', () => {
  it('serves the week as CSV with the documented columns, consistent with the JSON', async () => {
    const csv = await (await fetch(`${t.server.url}/kepatuhan/${report.minggu}.csv`)).text();
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(CSV_HEADER.join(','));
    expect(lines).toHaveLength(report.opd.length + 1);
    expect(report.versi).toBe(4);
    expect(parseCsvRows(csv, ',')[1].cells[CSV_HEADER.indexOf('catatan')]).toBe(report.catatan);
    expect(report.minggu).toMatch(/^\d{4}-W\d{2}$/);
  });
});
