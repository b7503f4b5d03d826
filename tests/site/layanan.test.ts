/**
 * The request registers in the built sample site (dist/): the service statistics per year with their charts, tables
 * and CSV, the tracking page and its JSON (status and dates only, never a requester), each OPD's register by month,
 * and the annual service report with the PPID's own text or the file still to write. Judged on the build's day.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { STATISTIK_CSV_HEADER, type LacakData } from '../../src/exports/layanan.ts';
import { loadContent } from '../../src/content/model.ts';
import { t } from '../../src/i18n/id.ts';
import { parseCsvRows } from '../../src/lib/csv.ts';
import { urls } from '../../src/lib/urls.ts';
import { formatNumber } from '../../src/site/format.ts';
import { bulanId, layananOf } from '../../src/site/layanan.ts';
import { siteModelOf } from '../../src/site/model.ts';
import { DIST, ROOT } from './built-site.ts';

const file = (path: string) => readFileSync(join(DIST, path), 'utf8');
const page = (path: string) => file(join(path, 'index.html'));
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/\s+/g, ' ');
const json = JSON.parse(file(urls.lacakJson())) as LacakData;
process.env.LAYANAN_HARI_INI = json.hari_ini;
afterAll(() => void delete process.env.LAYANAN_HARI_INI);
const site = siteModelOf(await loadContent(ROOT));
const layanan = layananOf(site);
const scripts = (html: string) => [...html.matchAll(/<script\b[^>]*\bsrc="[^"]+"/g)].length;

describe('/statistik-layanan/', () => {
  it('has a page and a CSV per year with requests, linked from the index', () => {
    expect(layanan.tahun).toEqual([2025, 2026]);
    const index = page(urls.statistikLayanan());
    for (const tahun of layanan.tahun) {
      expect(index).toContain(`href="${urls.statistikLayananTahun(tahun)}"`);
      expect(index).toContain(`href="${urls.statistikLayananCsv(tahun)}"`);
    }
  });

  it('shows the year\'s figures, an accessible chart with its table per breakdown, a row per OPD, and no script', () => {
    const stat = layanan.statistik(2026);
    const html = page(urls.statistikLayananTahun(2026));
    const shown = text(html);
    expect(shown).toContain(`${t('layanan.sum.jumlah')} ${formatNumber(stat.jumlah)}`);
    expect(shown).toContain(t('layanan.sum.waktuValue', { median: formatNumber(stat.median!), p90: formatNumber(stat.p90!), rata: formatNumber(stat.rataRata!) }));
    expect(html.match(/<svg[^>]*role="img"/g)?.length).toBeGreaterThanOrEqual(6);
    expect(html.match(/<figure class="bar-chart/g)?.length).toBe(html.match(/<summary[^>]*>Tabel data/g)?.length);
    for (const { opd } of stat.perOpd) expect(html).toContain(`id="opd-${opd}"`);
    expect(stat.perOpd.length).toBeGreaterThanOrEqual(12);
    expect(scripts(html)).toBe(0);
  });

  it('the CSV has the documented columns, a row per OPD and the regency total', () => {
    const stat = layanan.statistik(2026);
    const rows = parseCsvRows(file(urls.statistikLayananCsv(2026)), ',').map((r) => r.cells);
    expect(rows[0]).toEqual(STATISTIK_CSV_HEADER);
    expect(rows).toHaveLength(stat.perOpd.length + 2);
    const total = rows[rows.length - 1];
    expect([total[1], total[2], total[3]]).toEqual(['', site.pemda.nama, String(stat.jumlah)]);
    const sum = rows.slice(1, -1).reduce((n, r) => n + Number(r[3]), 0);
    expect(sum).toBe(stat.jumlah);
  });
});

describe('/permohonan/lacak/', () => {
  it('publishes every received request in the JSON, with status and dates only', () => {
    const numbers = layanan.register.flatMap((r) => r.bulan.flatMap((b) => b.rows.map((row) => row.entry.data.nomor)));
    expect(Object.keys(json.permohonan).sort()).toEqual(numbers.sort());
    const keys = new Set(Object.values(json.permohonan).flatMap((r) => Object.keys(r)));
    expect([...keys].sort()).toEqual(['batas', 'diperpanjang', 'dijawab', 'diterima', 'informasi', 'keberatan', 'nomor', 'opd', 'opd_nama', 'status', 'url'].sort());
  });

  it('has the form for the script, a way without it, and one script of its own', () => {
    const html = page(urls.lacak());
    expect(html).toMatch(/<form id="lacak-form"[^>]*hidden/);
    expect(html).toContain(t('layanan.lacakNoscript'));
    for (const r of layanan.register) expect(html).toContain(`href="${urls.lacakOpd(r.opd.opd)}"`);
    expect(scripts(html)).toBe(1);
    expect(html).toMatch(/connect-src 'self'/);
  });

  it('each OPD register lists its requests by month, each row where its address points', () => {
    const dinkes = layanan.register.find((r) => r.opd.opd === 'dinkes')!;
    const html = page(urls.lacakOpd('dinkes'));
    for (const b of dinkes.bulan) {
      expect(html).toContain(`id="${bulanId(b.bulan)}"`);
      for (const row of b.rows) expect(html).toContain(`<tr id="${row.entry.slug}"`);
    }
    expect(scripts(html)).toBe(0);
    expect(html).toContain('data-pagefind-filter="jenis">permohonan');
  });
});

describe('/laporan-layanan/', () => {
  it('the regency report of 2025 carries the PPID Utama\'s text and its adoption date', () => {
    const html = text(page(urls.laporanLayanan(2025)));
    expect(html).toContain(t('layanan.laporan.kebijakan'));
    expect(html).toContain(layanan.laporan(site.pemda.ppid_utama, 2025)!.kendala.slice(0, 60));
    expect(html).toContain('Disahkan PPID pada 20 Maret 2026');
  });

  it('an OPD without its text says which file to write', () => {
    const missing = layanan.laporanOpd(2025).find((o) => !layanan.laporan(o.opd, 2025))!;
    const html = text(page(urls.laporanLayananOpd(2025, missing.opd)));
    expect(html).toContain(t('layanan.laporan.belumDitulis', { berkas: `content/opd/${missing.opd}/layanan/laporan-2025.md` }));
  });
});
