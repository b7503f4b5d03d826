/**
 * `node scripts/page-weight.ts [--dir dist] [--budget 30] [--json]`: what a reader downloads for a page of the
 * built site — HTML plus its stylesheets, gzip-compressed as a static host serves them, images excluded.
 * Checks every news article against the budget (issue: at most 30 KB), and the DIP index with the first page of its
 * kategori and year filters (their size does not grow with content: 42 OPDs, PAGE_SIZE.dip entries), and reports
 * other key pages for context, plus the number of scripts each page loads. Exit 1 when an article or one of those
 * DIP pages is over budget or loads a script.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { loadContent } from '../src/content/model.ts';
import { urls } from '../src/lib/urls.ts';
import { dipFilterPages, dipFilterUrl } from '../src/site/dip-filter.ts';
import { siteModelOf } from '../src/site/model.ts';

/** The budget in KB (gzip, HTML + CSS) of a news article and of the DIP pages checked with it. */
export const BUDGET_KB = 30;

interface Weight {
  path: string;
  /** gzip bytes of the HTML. */
  html: number;
  /** gzip bytes of external stylesheets (0 when the CSS is inlined). */
  css: number;
  total: number;
  scripts: number;
}

function htmlFile(dir: string, path: string): string {
  return join(dir, path.endsWith('/') ? `${path}index.html` : path);
}

/** gzip size of one page and the stylesheets it links to (level 6, what common static hosts use). */
export function pageWeight(dir: string, path: string): Weight {
  const html = readFileSync(htmlFile(dir, path));
  const text = html.toString('utf8');
  const gz = (bytes: Buffer) => gzipSync(bytes, { level: 6 }).length;
  let css = 0;
  for (const [tag] of text.matchAll(/<link\b[^>]*rel="?stylesheet"?[^>]*>/gi)) {
    const href = /href="([^"]+)"/.exec(tag)?.[1];
    if (href?.startsWith('/')) css += gz(readFileSync(join(dir, href)));
  }
  const scripts = [...text.matchAll(/<script\b([^>]*)>/gi)].filter(([, attrs]) => !/type="application\/(ld\+)?json"/.test(attrs)).length;
  const htmlGz = gz(html);
  return { path, html: htmlGz, css, total: htmlGz + css, scripts };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { dir: { type: 'string', default: 'dist' }, budget: { type: 'string', default: String(BUDGET_KB) }, json: { type: 'boolean' } } });
  const dir = resolve(values.dir!);
  const budget = Number(values.budget) * 1024;
  if (!existsSync(join(dir, 'index.html'))) {
    process.stderr.write(`${values.dir}/index.html tidak ada: jalankan \`npm run build\` dulu.\n`);
    return 2;
  }
  const site = siteModelOf(await loadContent(process.cwd()));
  const articles = site.beritaTerbaru.map((e) => pageWeight(dir, urls.berita(e.opd, e.slug)));
  if (articles.length === 0) {
    process.stderr.write('Tidak ada berita untuk diukur.\n');
    return 2;
  }
  const sorted = [...articles].sort((a, b) => a.total - b.total);
  const heaviest = sorted.at(-1)!;
  const median = sorted[Math.floor(sorted.length / 2)];
  // The DIP index and the first page of each kind of filter (the pages of one kind differ only in their entries).
  const filters = dipFilterPages(site);
  const dipPages = [urls.dip(), ...[filters.find((f) => f.kategori && !f.tahun), filters.find((f) => f.tahun && !f.kategori), filters.find((f) => f.kategori && f.tahun)].flatMap((f) => (f ? [dipFilterUrl(f)] : []))]
    .filter((path) => existsSync(htmlFile(dir, path)))
    .map((path) => pageWeight(dir, path));
  const others: Record<string, Weight> = {};
  const opd = site.opdList[0];
  const dataset = site.datasets[0];
  for (const [name, path] of [
    ['beranda', urls.home()],
    ['opd', opd && urls.opd(opd.opd)],
    ['data', urls.dataIndex()],
    ['dataset', dataset && urls.dataset(dataset.opd, dataset.slug)],
    ['cari', urls.cari()],
  ] as const) {
    if (path && existsSync(htmlFile(dir, path))) others[name] = pageWeight(dir, path);
  }
  const over = [...articles, ...dipPages].filter((a) => a.total > budget || a.scripts > 0);
  const report = { budget_bytes: budget, articles: articles.length, newest: articles[0], median, heaviest, dip: dipPages, pages: others, ok: over.length === 0 };

  if (values.json) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    const line = (label: string, w: Weight) =>
      `  ${label.padEnd(16)} ${kb(w.total).padStart(9)}  (HTML ${kb(w.html)}, CSS eksternal ${kb(w.css)}, ${w.scripts} skrip)  ${w.path}\n`;
    process.stdout.write(`Bobot halaman: HTML + CSS, gzip, tanpa gambar (anggaran berita ${values.budget} KB)\n`);
    process.stdout.write(line('berita terbaru', articles[0]) + line('berita median', median) + line('berita terberat', heaviest));
    for (const w of dipPages) process.stdout.write(line('dip', w));
    for (const [name, w] of Object.entries(others)) process.stdout.write(line(name, w));
    process.stdout.write(over.length === 0 ? `✓ ${articles.length} berita dan ${dipPages.length} halaman DIP di bawah anggaran, tanpa skrip\n` : `✗ ${over.length} halaman melebihi anggaran atau memuat skrip: ${over.map((o) => o.path).join(', ')}\n`);
  }
  return over.length === 0 ? 0 : 1;
}

if (import.meta.main) process.exitCode = await main();
