/**
 * Figures of a built site read from its folder: number and weight of pages, the heaviest HTML page
 * (gzip, what a static host sends), and the heaviest DIP page: `/informasi/` itself on sites that list every entry on
 * one page, else the largest per-OPD DIP page (`/informasi/opd/<opd>/`).
 */
import { readFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageSize {
  path: string;
  bytes: number;
  gzipBytes: number;
}

export interface SiteFigures {
  htmlPages: number;
  files: number;
  distBytes: number;
  pagefindFiles: number;
  pagefindBytes: number;
  largestHtml: PageSize | null;
  informasi: (PageSize & { rows: number }) | null;
}

const gzip = (bytes: Buffer) => gzipSync(bytes, { level: 6 }).length;

/** Data rows of the page's tables: `<tr>` in `<tbody>` holding `<td>` cells (group headings are `<th>` rows). */
export function tableRows(html: string): number {
  let rows = 0;
  for (const [body] of html.matchAll(/<tbody[\s\S]*?<\/tbody>/g)) rows += body.match(/<tr[^>]*>\s*<td/g)?.length ?? 0;
  return rows;
}

export async function siteFigures(dist: string): Promise<SiteFigures> {
  const entries = await readdir(dist, { recursive: true, withFileTypes: true });
  const html: { path: string; bytes: number }[] = [];
  const figures: SiteFigures = { htmlPages: 0, files: 0, distBytes: 0, pagefindFiles: 0, pagefindBytes: 0, largestHtml: null, informasi: null };
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const abs = join(entry.parentPath, entry.name);
    const path = relative(dist, abs);
    const { size } = await stat(abs);
    figures.files++;
    figures.distBytes += size;
    if (path.startsWith('pagefind/')) {
      figures.pagefindFiles++;
      figures.pagefindBytes += size;
    }
    if (entry.name.endsWith('.html')) html.push({ path, bytes: size });
  }
  figures.htmlPages = html.length;
  // gzip only the biggest pages: the heaviest compressed page is among the heaviest raw ones.
  const candidates = html.sort((a, b) => b.bytes - a.bytes).slice(0, 40);
  for (const page of candidates) {
    const gzipBytes = gzip(readFileSync(join(dist, page.path)));
    if (!figures.largestHtml || gzipBytes > figures.largestHtml.gzipBytes) figures.largestHtml = { ...page, gzipBytes };
  }
  const dipPages = html.filter((p) => p.path === 'informasi/index.html' || /^informasi\/opd\/[^/]+\/index\.html$/.test(p.path));
  for (const page of dipPages) {
    const bytes = readFileSync(join(dist, page.path));
    const rows = tableRows(bytes.toString('utf8'));
    if (!figures.informasi || rows > figures.informasi.rows) figures.informasi = { path: page.path, bytes: bytes.length, gzipBytes: gzip(bytes), rows };
  }
  return figures;
}
