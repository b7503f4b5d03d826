/** The benchmark's printed table and its JSON record in bench/results/<date>-<scale>.json. */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Summary } from './measure.ts';
import type { BenchResult } from './run-bench.ts';
import type { SearchDownload } from './search-download.ts';

/** Sizes in binary units, labelled KB/MB/GB as scripts/page-weight.ts does. */
export function bytes(n: number): string {
  if (n >= 1024 ** 3) return `${(n / 1024 ** 3).toFixed(2)} GB`;
  if (n >= 1024 ** 2) return `${(n / 1024 ** 2).toFixed(1)} MB`;
  return `${(n / 1024).toFixed(1)} KB`;
}

const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const time = (s: Summary | undefined) => (!s ? '–' : s.ok ? `${secs(s.wallMs)}${s.runs > 1 ? ` (median ${s.runs})` : ''}` : `GAGAL: ${s.error?.split('\n')[0]}`);
const cpu = (s: Summary | undefined) => (s?.ok ? secs(s.cpuMs) : '–');
const peak = (s: Summary | undefined) => (s?.ok ? bytes(s.peakRssBytes) : '–');

/** `138.2 KB on the wire (pf_meta 45.1 KB; 201.0 KB as stored), + fragments 20.3 KB; 18 hasil, arsip 0 KB`. */
function firstSearch(s: SearchDownload): string {
  return `${bytes(s.firstQueryBytes)} on the wire (pf_meta ${bytes(s.wire.meta)}; ${bytes(s.firstQueryRawBytes)} as stored), + fragments ${bytes(s.pagefind.fragment)}; ${s.results ?? 0} hasil, arsip ${bytes(s.archiveBytes)}`;
}

export function formatTable(r: BenchResult): string {
  const o = r.ours;
  const b = r.baseline;
  const search = o.search && 'firstQueryBytes' in o.search ? o.search : null;
  const rows: [string, string, string][] = [
    ['build: wall', time(o.build), time(b?.build)],
    ['build: CPU user+sys (process tree)', cpu(o.build), cpu(b?.build)],
    ['build: peak RSS (process tree)', peak(o.build), peak(b?.build)],
    ['build: HTML pages / dist size', o.site ? `${o.site.htmlPages} / ${bytes(o.site.distBytes)}` : '–', b?.site ? `${b.site.htmlPages} / ${bytes(b.site.distBytes)}` : '–'],
    ['build: Pagefind files / size', o.site ? `${o.site.pagefindFiles} / ${bytes(o.site.pagefindBytes)}` : '–', b?.site ? `${b.site.pagefindFiles} / ${bytes(b.site.pagefindBytes)}` : '–'],
    ['validate: whole tree, cold (no .cache/konten)', `${time(o.validateCold)}, CPU ${cpu(o.validateCold)}`, '–'],
    ['validate: whole tree, warm', `${time(o.validate)}${o.validate.exitCode === 1 ? ' — ADA KESALAHAN KONTEN' : ''}`, '–'],
    ['validate: one file (process start incl.)', time(o.validateOne), '–'],
    ['report (weekly compliance)', time(o.report), '–'],
    ['search /cari/?q=…: first query download', search ? firstSearch(search) : o.search && 'error' in o.search ? `GAGAL: ${o.search.error}` : '–', '–'],
    ['largest HTML page (gzip)', o.site?.largestHtml ? `${bytes(o.site.largestHtml.gzipBytes)} (${o.site.largestHtml.path})` : '–', b?.site?.largestHtml ? bytes(b.site.largestHtml.gzipBytes) : '–'],
    ['heaviest DIP page: size (gzip), rows', o.site?.informasi ? `/${o.site.informasi.path.replace(/index\.html$/, '')} ${bytes(o.site.informasi.bytes)} (${bytes(o.site.informasi.gzipBytes)}), ${o.site.informasi.rows} baris` : '–', '–'],
  ];
  const w0 = Math.max(...rows.map((x) => x[0].length));
  const w1 = Math.max(4, ...rows.map((x) => x[1].length));
  const line = (x: [string, string, string]) => `| ${x[0].padEnd(w0)} | ${x[1].padEnd(w1)} | ${x[2]} |`;
  const c = r.corpus;
  const head = [
    `Korpus ${c.dir} (skala ${c.scale ?? '?'}, seed ${c.seed ?? '?'}, ${c.files} berkas, HEAD ${c.head.slice(0, 12)}); kode ${r.source.commit.slice(0, 12)}${r.source.dirty ? ' (+perubahan belum di-commit)' : ''}`,
    `Mesin: ${r.machine.cores} inti (${r.machine.cpu}), ${bytes(r.machine.memoryBytes)}, Node ${r.machine.node}, load awal ${r.machine.loadavgAtStart.map((x) => x.toFixed(1)).join(' ')}`,
    `Astro ${o.versions.astro} + Pagefind ${o.versions.pagefind}${r.baseline ? ` (baseline: Astro ${r.baseline.versions.astro} + Pagefind ${r.baseline.versions.pagefind})` : ''}`,
    '',
  ];
  return [...head, line(['', 'portal', 'baseline']), `|${'-'.repeat(w0 + 2)}|${'-'.repeat(w1 + 2)}|---|`, ...rows.map(line)].join('\n');
}

export async function writeResult(dir: string, r: BenchResult): Promise<string> {
  await mkdir(dir, { recursive: true });
  // A second run on the same day gets its own file (-2, -3, ...): earlier records are never overwritten.
  const stem = join(dir, `${r.date}-${r.corpus.scale ?? 'x'}`);
  let path = `${stem}.json`;
  for (let i = 2; existsSync(path); i++) path = `${stem}-${i}.json`;
  await writeFile(path, `${JSON.stringify(r, null, 2)}\n`);
  return path;
}
