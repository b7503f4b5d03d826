/**
 * Charts, the kecamatan tile map and /dasbor/ in the built sample site (dist/): every `grafik` of a sample dataset is
 * an inline SVG named by <title>, described by <desc> and followed by its table; datasets with kecamatan codes carry
 * the tile map; /dasbor/ shows at least eight indicators, each linking to a dataset page that exists, and the
 * integration and compliance summaries; none of these pages ships a script or a style attribute.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/model.ts';
import { urls } from '../../src/lib/urls.ts';
import { siteModelOf } from '../../src/site/model.ts';
import { DIST, ROOT } from './built-site.ts';

const file = (path: string) => join(DIST, path, 'index.html');
const page = (path: string) => readFileSync(file(path), 'utf8');
const site = siteModelOf(await loadContent(ROOT));
const charted = site.datasets.filter((e) => (e.data.grafik?.length ?? 0) > 0);
/** The <figure class="chart"> elements of a page (they hold no nested figure). */
const figures = (html: string) => [...html.matchAll(/<figure class="chart"[\s\S]*?<\/figure>/g)].map((m) => m[0]);

/** No script and no style attribute: the pages stay within the public Content-Security-Policy (src/layouts/csp.ts). */
function expectStatic(html: string, path: string): void {
  expect(html, path).not.toMatch(/<script(?![^>]*type="application\/(ld\+)?json")/i);
  expect(html, path).not.toMatch(/<[a-z][^>]*\sstyle=/i);
}

describe('dataset charts', () => {
  it('the sample declares charts of every kind on at least five datasets', () => {
    expect(charted.length).toBeGreaterThanOrEqual(5);
    expect(new Set(charted.flatMap((e) => e.data.grafik!.map((g) => g.jenis)))).toEqual(new Set(['batang', 'garis', 'batang-bertumpuk']));
  });

  it.each(charted.map((e) => [`${e.opd}/${e.slug}`, e] as const))('%s: one SVG per chart, with <title>, <desc> and its table', (_name, entry) => {
    const path = urls.dataset(entry.opd, entry.slug);
    const html = page(path);
    const charts = figures(html).filter((f) => f.includes('data-grafik='));
    expect(charts.map((f) => /data-grafik="([^"]+)"/.exec(f)![1])).toEqual(entry.data.grafik!.map((g) => g.jenis));
    for (const [i, figure] of charts.entries()) {
      const id = `grafik-${i + 1}`;
      expect(figure).toContain(`role="img" aria-labelledby="${id}-t ${id}-d"`);
      expect(figure).toMatch(new RegExp(`<title id="${id}-t">[^<]*${entry.data.grafik![i].judul}</title>`));
      expect(figure).toMatch(new RegExp(`<desc id="${id}-d">[^<]+</desc>`));
      expect(figure).toMatch(/<table>[\s\S]*<tbody>[\s\S]*<td class="num">/);
    }
    expectStatic(html, path);
  });
});

describe('kecamatan tile map', () => {
  const mapped = site.datasets.filter((e) => existsSync(file(urls.dataset(e.opd, e.slug))) && page(urls.dataset(e.opd, e.slug)).includes('data-peta="kecamatan"'));

  it('is drawn for the datasets with kecamatan codes, and only for them', () => {
    expect(mapped.length).toBeGreaterThanOrEqual(3);
    for (const e of mapped) expect(e.data.kolom.some((k) => k.tipe === 'kode-wilayah'), e.path).toBe(true);
    // Village-level data (one code per desa) gets no kecamatan map.
    const desa = site.datasets.find((e) => e.slug === 'jumlah-penduduk-per-desa-2025')!;
    expect(page(urls.dataset(desa.opd, desa.slug))).not.toContain('data-peta=');
  });

  it('has one outlined tile and one table row per kecamatan of pemda.yaml, and a text alternative', () => {
    const entry = mapped.find((e) => e.slug === 'jumlah-penduduk-per-kecamatan-semester-i-2026')!;
    const map = figures(page(urls.dataset(entry.opd, entry.slug))).find((f) => f.includes('data-peta='))!;
    const svg = /<svg[\s\S]*?<\/svg>/.exec(map)![0];
    expect(svg).toMatch(/role="img" aria-labelledby="peta-t peta-d"/);
    expect(svg).toMatch(/<desc id="peta-d">Peta petak 14 kecamatan[^<]*Tertinggi Mranggen/);
    expect([...svg.matchAll(/<rect [^>]*stroke="#505a5f"/g)]).toHaveLength(site.pemda.peta_petak.length);
    const rows = [...map.matchAll(/<tr><th scope="row">([^<]+)<\/th>/g)].map((m) => m[1]);
    expect(rows.sort()).toEqual(site.pemda.peta_petak.map((p) => p.nama).sort());
  });
});

describe('/dasbor/', () => {
  const html = page(urls.dasbor());

  it('shows at least eight indicators, each linking to a dataset page that was built', () => {
    const cards = [...html.matchAll(/<li class="indikator" data-indikator="([^"]+)"[\s\S]*?<\/li>/g)];
    expect(cards.length).toBeGreaterThanOrEqual(8);
    expect(cards.length).toBe(site.indikator[0].data.indikator.length);
    for (const [card, ref] of cards) {
      const [opd, slug] = ref.split('/');
      expect(card, ref).toContain(`href="${urls.dataset(opd, slug)}"`);
      expect(existsSync(file(urls.dataset(opd, slug))), ref).toBe(true);
      expect(card, ref).toMatch(/<p class="indikator-nilai">[\d.,]+/);
    }
  });

  it('says a change in words next to the arrow, and gives each sparkline a text alternative', () => {
    expect(html).toMatch(/<span aria-hidden="true">[▲▼▶]<\/span> (Naik|Turun|Sama dengan) /);
    const sparklines = [...html.matchAll(/<svg class="sparkline"[^>]*role="img"[^>]*>\s*<title id="[^"]+">Grafik kecil [^<]+<\/title>/g)];
    expect(sparklines.length).toBeGreaterThanOrEqual(3);
  });

  it('links to the application inventory and the compliance report, and the home page links here', () => {
    expect(html).toContain(`href="${urls.aplikasiIndex()}"`);
    expect(html).toContain(`href="${urls.kepatuhan()}"`);
    expect(page(urls.home())).toContain(`href="${urls.dasbor()}"`);
  });

  it('ships no script and stays light (gzip)', () => {
    expectStatic(html, urls.dasbor());
    expect(gzipSync(html).length).toBeLessThan(30 * 1024);
  });
});
