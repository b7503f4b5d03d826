/**
 * What a reader's browser downloads for a first search: loads `/cari/?q=<term>` of a built site in headless
 * Chromium over a local static server and sums the bytes of every response, grouped by kind of Pagefind file.
 * The local server sends files as they are; the figures that count are the bytes on the wire from a host that
 * compresses text as every host in docs/deploy.md does (gzip of JavaScript, JSON, CSS and HTML, computed here at
 * zlib's default level). Pagefind's index files and wasm are gzip files already and travel as they are.
 */
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../../tests/site/browser.ts';
import { serveStatic } from '../../tests/site/static-server.ts';

export type PagefindKind = 'entry' | 'js' | 'worker' | 'wasm' | 'meta' | 'index' | 'filter' | 'fragment' | 'other';

export interface SearchDownload {
  query: string;
  /** Total number of results the page announces (null when it shows none or an error). */
  results: number | null;
  /** Bytes per kind of Pagefind file, as stored. */
  pagefind: Record<PagefindKind, number>;
  /** The same on the wire (text compressed as a host does). */
  wire: Record<PagefindKind, number>;
  /**
   * On the wire, every Pagefind file the first query needs before any result shows: entry, pagefind.js, its
   * worker, wasm, meta, index chunks, filters and `arsip.json`; the fragments of the shown results are apart.
   */
  firstQueryBytes: number;
  /** The same as stored (no compression of text). */
  firstQueryRawBytes: number;
  /** Bytes of the archive bundle (/pagefind-arsip/), which a first search with results should not fetch. */
  archiveBytes: number;
  /** Everything Pagefind fetched, including the fragments of the first batch of results. */
  pagefindBytes: number;
  /** The page itself with its CSS and scripts (not Pagefind). */
  pageBytes: number;
  requests: number;
}

/** Text a host compresses (Pagefind's `.pf_*` and `.pagefind` files are gzip already). */
const COMPRESSED_BY_HOST = /\.(js|json|css|html)$/;

export function pagefindKind(path: string): PagefindKind {
  if (path.endsWith('pagefind-entry.json')) return 'entry';
  if (path.endsWith('/pagefind.js')) return 'js';
  if (path.endsWith('/pagefind-worker.js')) return 'worker';
  if (path.includes('/wasm.')) return 'wasm';
  if (path.endsWith('.pf_meta')) return 'meta';
  if (path.includes('/index/')) return 'index';
  if (path.includes('/filter/')) return 'filter';
  if (path.includes('/fragment/')) return 'fragment';
  return 'other';
}

export async function searchDownload(dist: string, query = 'banjir'): Promise<SearchDownload> {
  const server = await serveStatic(dist);
  const browser = await launchBrowser();
  const none = (): Record<PagefindKind, number> => ({ entry: 0, js: 0, worker: 0, wasm: 0, meta: 0, index: 0, filter: 0, fragment: 0, other: 0 });
  const pagefind = none();
  const wire = none();
  let archiveBytes = 0;
  let pageBytes = 0;
  let requests = 0;
  const pending: Promise<void>[] = [];
  try {
    const page = await browser.context.newPage();
    page.on('response', (response) => {
      pending.push(
        response.body().then(
          (body) => {
            requests++;
            const path = new URL(response.url()).pathname;
            if (path.startsWith('/pagefind-arsip/')) archiveBytes += body.length;
            else if (path.startsWith('/pagefind/')) {
              pagefind[pagefindKind(path)] += body.length;
              wire[pagefindKind(path)] += COMPRESSED_BY_HOST.test(path) ? gzipSync(body).length : body.length;
            } else pageBytes += body.length;
          },
          () => undefined, // redirects have no body
        ),
      );
    });
    await page.goto(`${server.url}/cari/?q=${encodeURIComponent(query)}`, { waitUntil: 'load' });
    // Done when the status line shows a count (or an error) and the network is quiet.
    await page.waitForFunction(() => document.querySelectorAll('#search-results li').length > 0 || /\d|gagal|tidak/i.test(document.getElementById('search-status')?.textContent ?? ''), undefined, { timeout: 60_000 }).catch(() => undefined);
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    // The status line starts with the total count ("1.234 hasil untuk ..."; Indonesian thousands dots).
    const status = await page.evaluate(() => document.getElementById('search-status')?.textContent ?? '');
    const count = /^([\d.]+)/.exec(status.trim())?.[1];
    const results = count ? Number(count.replace(/\./g, '')) : null;
    const beforeResults = (sizes: Record<PagefindKind, number>) => Object.values(sizes).reduce((a, b) => a + b, 0) - sizes.fragment;
    const pagefindBytes = Object.values(pagefind).reduce((a, b) => a + b, 0);
    return { query, results, pagefind, wire, firstQueryBytes: beforeResults(wire), firstQueryRawBytes: beforeResults(pagefind), archiveBytes, pagefindBytes, pageBytes, requests };
  } finally {
    await browser.close();
    await server.close();
  }
}
