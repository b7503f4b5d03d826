/**
 * The weight of the CMS page `/admin/<opd>/` in a built site: the JavaScript a browser must load before the CMS can
 * start (the page's module script and every chunk it imports statically) and what it may load later (chunks imported
 * with `import()`: the validator, loaded on the first save; languages of the code widget). Sizes raw and gzip
 * (level 9, what a static server sends with gzip_static). `npm run bench-admin` prints it.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ChunkWeight {
  file: string;
  raw: number;
  gzip: number;
}

export interface AdminWeight {
  /** Loaded before the CMS can start. */
  initial: ChunkWeight[];
  /** Loaded on demand (`import()`), reachable from the page. */
  lazy: ChunkWeight[];
}

const sum = (chunks: ChunkWeight[], key: 'raw' | 'gzip') => chunks.reduce((total, c) => total + c[key], 0);

/** `/_astro/x.js` or `./x.js` (relative to /_astro/) as a file of `dist`. */
function fileOf(dist: string, from: string, specifier: string): string {
  if (specifier.startsWith('/')) return join(dist, specifier);
  return join(from.slice(0, from.lastIndexOf('/')), specifier);
}

/** The admin page's scripts, statically and dynamically imported chunks (Vite's output: `import ... from "./x.js"`, `import("./y.js")`). */
export async function adminWeight(dist: string, opd: string): Promise<AdminWeight> {
  const html = await readFile(join(dist, 'admin', opd, 'index.html'), 'utf8');
  const entries = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => join(dist, m[1]));
  const weights = new Map<string, ChunkWeight>();
  const initial = new Set<string>();
  const lazy = new Set<string>();
  const visit = async (file: string, eager: boolean): Promise<void> => {
    if (eager ? initial.has(file) : initial.has(file) || lazy.has(file)) return;
    (eager ? initial : lazy).add(file);
    if (eager) lazy.delete(file);
    const bytes = await readFile(file);
    weights.set(file, { file: file.slice(dist.length + 1), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
    const text = bytes.toString('utf8');
    for (const m of text.matchAll(/(?:^|[;}\s])import\s*(?:[\w*${}\s,]+from\s*)?["']([^"']+\.js)["']/g)) await visit(fileOf(dist, file, m[1]), eager);
    for (const m of text.matchAll(/import\(\s*["']([^"']+\.js)["']\s*\)/g)) await visit(fileOf(dist, file, m[1]), false);
    // Vite's preload helper lists a dynamic import's dependencies as strings ("_astro/x.js"): lazy too.
    for (const m of text.matchAll(/["'](_astro\/[^"']+\.js)["']/g)) await visit(join(dist, m[1]), false);
  };
  for (const entry of entries) await visit(entry, true);
  const list = (set: Set<string>) => [...set].map((f) => weights.get(f)!).sort((a, b) => b.gzip - a.gzip);
  return { initial: list(initial), lazy: list(lazy) };
}

export function formatAdminWeight(weight: AdminWeight): string {
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  const rows = (chunks: ChunkWeight[]) => chunks.map((c) => `  ${c.file.padEnd(70)} ${kb(c.raw).padStart(9)} ${kb(c.gzip).padStart(9)}`);
  return [
    `awal (sebelum CMS tampil): ${kb(sum(weight.initial, 'raw'))} mentah, ${kb(sum(weight.initial, 'gzip'))} gzip`,
    ...rows(weight.initial),
    `sesuai kebutuhan (import()): ${kb(sum(weight.lazy, 'raw'))} mentah, ${kb(sum(weight.lazy, 'gzip'))} gzip`,
    ...rows(weight.lazy.slice(0, 12)),
    weight.lazy.length > 12 ? `  … dan ${weight.lazy.length - 12} potongan lain` : '',
  ].filter(Boolean).join('\n');
}
