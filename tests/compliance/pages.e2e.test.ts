/**
 * The /kepatuhan/ pages of the built sample site, without JavaScript: the ranking table with its orderings as
 * links, the chart with its text alternative, an OPD page with its to-do list, the JSON/CSV endpoints, and
 * axe-core finding no accessibility violations.
 */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_HEADER } from '../../src/compliance/format.ts';
import type { WeeklyReport } from '../../src/compliance/types.ts';
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
    const svg = page.locator('figure.chart svg[role="img"]');
    expect(await svg.count()).toBe(1);
    expect(await svg.locator('rect.bar').count()).toBe(report.kebijakan.minggu_riwayat);
    const desc = await svg.locator('desc').textContent();
    for (const w of report.ringkasan.mingguan) expect(desc).toContain(`${w.minggu} ${w.opd_memenuhi_target}`);
    expect(await page.locator('figure.chart details table tbody tr').count()).toBe(report.kebijakan.minggu_riwayat);
  });

  it('has no accessibility violations', async () => {
    expect(await axeViolations(page)).toEqual([]);
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
    expect(report.versi).toBe(2);
    expect(report.minggu).toMatch(/^\d{4}-W\d{2}$/);
  });
});
