/**
 * `npm run screenshots [-- --dir dist --out screenshots]`: full-page screenshots of the home page, an OPD page, a
 * dataset page, a dataset with a line chart, one with the kecamatan tile map, /dasbor/, /anggaran/, a PDF's document
 * page, the berkala filter of /informasi/ and a misspelt search (/cari/?q=stuting) at 360 px (cheap phone) and
 * 1280 px (desktop), taken from the built site (run `npm run build` first). The OPD is the one with the most content
 * that also publishes data; its first dataset is the dataset page.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { urls } from '../src/lib/urls.ts';
import { siteModelOf } from '../src/site/model.ts';
import { loadContent } from '../src/content/model.ts';
import { datasetMap } from '../src/site/charts/dataset-visuals.ts';
import { readDatasetData } from '../src/site/dataset-view.ts';
import { launchBrowser } from '../tests/site/browser.ts';
import { serveStatic } from '../tests/site/static-server.ts';

const WIDTHS = [360, 1280];

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { dir: { type: 'string', default: 'dist' }, out: { type: 'string', default: 'screenshots' } } });
  const dir = resolve(values.dir!);
  if (!existsSync(join(dir, 'index.html'))) {
    process.stderr.write(`${values.dir}/index.html tidak ada: jalankan \`npm run build\` dulu.\n`);
    return 2;
  }
  const site = siteModelOf(await loadContent(process.cwd()));
  const size = (opd: string) => {
    const c = site.byOpd.get(opd)!;
    return c.berita.length + c.informasi.length + c.datasets.length + c.dokumen.length;
  };
  const opd = [...site.byOpd.entries()].filter(([, c]) => c.datasets.length > 0).map(([o]) => o).sort((a, b) => size(b) - size(a))[0];
  const dataset = opd ? site.byOpd.get(opd)!.datasets[0] : undefined;
  const pages: [string, string][] = [['beranda', urls.home()]];
  if (opd) pages.push(['opd', urls.opd(opd)]);
  if (dataset) pages.push(['dataset', urls.dataset(dataset.opd, dataset.slug)]);
  const withLine = site.datasets.find((e) => e.data.grafik?.some((g) => g.jenis === 'garis'));
  if (withLine) pages.push(['grafik', urls.dataset(withLine.opd, withLine.slug)]);
  // The tile map on another dataset than the chart page, when the sample has one.
  for (const entry of site.datasets.filter((e) => e !== withLine)) {
    const csv = await readDatasetData(site.tree, entry);
    if (!csv || !datasetMap(entry.data, csv.rows, site.pemda.peta_petak)) continue;
    pages.push(['peta', urls.dataset(entry.opd, entry.slug)]);
    break;
  }
  pages.push(['dasbor', urls.dasbor()]);
  pages.push(['anggaran', urls.anggaran()]);
  pages.push(['informasi-berkala', urls.dipKategori('berkala')]);
  // A misspelt query: the results and the "Maksud Anda" suggestion (search-client.ts) appear after the page loads.
  pages.push(['cari', `${urls.cari()}?q=stuting`]);
  const dokumen = site.dokumen.find((d) => d.data.berkas.endsWith('.pdf'));
  if (dokumen) pages.push(['dokumen', urls.dokumen(dokumen.opd, dokumen.slug)]);

  await mkdir(values.out!, { recursive: true });
  const server = await serveStatic(dir);
  try {
    for (const width of WIDTHS) {
      const browser = await launchBrowser({ width, height: 800 });
      try {
        const page = await browser.context.newPage();
        for (const [name, path] of pages) {
          await page.goto(server.url + path, { waitUntil: 'load' });
          if (path.startsWith(urls.cari())) {
            await page.waitForFunction(() => /hasil/.test(document.getElementById('search-status')?.textContent ?? ''));
            await page.waitForLoadState('networkidle');
          }
          const file = join(values.out!, `${name}-${width}.png`);
          await page.screenshot({ path: file, fullPage: true });
          process.stdout.write(`${file}  ${path}\n`);
        }
      } finally {
        await browser.close();
      }
    }
  } finally {
    await server.close();
  }
  return 0;
}

process.exitCode = await main();
