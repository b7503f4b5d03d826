/**
 * The bare baseline: a minimal Astro + Pagefind site (template in bench/baseline/) over the same corpus's news
 * posts. Its build time and memory are the floor for a static site of this size; the portal's figures are read
 * against it. Installed once into a cache folder outside the repository (npm, same versions as the portal).
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cp, lstat, mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { measureRuns, median, type MeasureOptions, type Summary } from './measure.ts';

const run = promisify(execFile);

export const BASELINE_TEMPLATE = new URL('../../bench/baseline/', import.meta.url).pathname;

/** Copies the template into `dir` and installs its dependencies when package.json changed or none are installed. */
export async function prepareBaseline(dir: string, log: (line: string) => void): Promise<void> {
  const wanted = readFileSync(join(BASELINE_TEMPLATE, 'package.json'), 'utf8');
  const installed = existsSync(join(dir, 'package.json')) ? await readFile(join(dir, 'package.json'), 'utf8') : '';
  await rm(join(dir, 'src'), { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await cp(BASELINE_TEMPLATE, dir, { recursive: true });
  if (installed === wanted && existsSync(join(dir, 'node_modules', 'astro')) && existsSync(join(dir, 'node_modules', 'pagefind'))) return;
  log(`memasang dependensi baseline di ${dir} (npm install --prefer-offline)`);
  await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, maxBuffer: 1 << 26 });
}

/** Removes build outputs and caches so that every measured build starts cold, like a CI checkout. */
export async function coldStart(dir: string): Promise<void> {
  for (const sub of ['dist', '.astro', '.cache']) await rm(join(dir, sub), { recursive: true, force: true });
  // Never through a linked node_modules (an older corpus linked the whole folder): that cache is someone else's.
  const modules = await lstat(join(dir, 'node_modules')).catch(() => undefined);
  if (modules?.isDirectory()) for (const sub of ['.astro', '.vite']) await rm(join(dir, 'node_modules', sub), { recursive: true, force: true });
}

/** Astro and Pagefind versions actually installed, to show that both sites use the same ones. */
export function versionsIn(dir: string): { astro: string; pagefind: string } {
  const v = (pkg: string) => (JSON.parse(readFileSync(join(dir, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
  return { astro: v('astro'), pagefind: v('pagefind') };
}

/** One cold build of the bare site over the corpus's news. */
export async function buildBaseline(dir: string, corpus: string, options: Omit<MeasureOptions, 'cwd' | 'env'>): Promise<Summary> {
  await coldStart(dir);
  return measureRuns(1, 'npm', ['run', 'build'], { ...options, cwd: dir, env: { ...process.env, BASELINE_CONTENT: join(corpus, 'content', 'opd') } });
}

/** The first failed run if any (its error is the figure to show), else the medians of all. */
export function mergeBuilds(summaries: Summary[]): Summary {
  return summaries.find((s) => !s.ok) ?? mergeRuns(summaries);
}

/** One summary from single-run summaries (medians), for runs that each need a cold start first. */
export function mergeRuns(summaries: Summary[]): Summary {
  return {
    runs: summaries.length, ok: summaries.every((s) => s.ok), exitCode: summaries.at(-1)?.exitCode ?? null,
    wallMs: median(summaries.map((s) => s.wallMs)), cpuMs: median(summaries.map((s) => s.cpuMs)), peakRssBytes: median(summaries.map((s) => s.peakRssBytes)),
    wallMsAll: summaries.flatMap((s) => s.wallMsAll),
  };
}
