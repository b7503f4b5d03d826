/**
 * One benchmark run over a corpus (`npm run bench-scale`): the portal's build, validator (whole tree and one
 * file), weekly report, first search download and page sizes, and the bare baseline's build over the same news.
 * Every command runs as a separate process from the corpus folder, as CI and editors run them.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { buildBaseline, coldStart, mergeBuilds, mergeRuns, prepareBaseline, versionsIn } from './baseline.ts';
import { MARKER, type CorpusInfo } from './corpus.ts';
import { measureRuns, type Summary } from './measure.ts';
import { searchDownload, type SearchDownload } from './search-download.ts';
import { siteFigures, type SiteFigures } from './site-figures.ts';

const run = promisify(execFile);

export interface BenchOptions {
  corpus: string;
  runs: number;
  buildRuns: number;
  skipBaseline: boolean;
  baselineDir: string;
  timeoutMs: number;
  query: string;
  /** ISO week of the report (default: the corpus's last full week). */
  week: string;
  log: (line: string) => void;
}

export interface BenchResult {
  date: string;
  corpus: { dir: string; scale: number | null; seed: number | null; head: string; files: number; info: CorpusInfo | null };
  machine: { cores: number; cpu: string; memoryBytes: number; node: string; loadavgAtStart: number[] };
  source: { commit: string; dirty: boolean };
  ours: { build: Summary; site: SiteFigures | null; search: SearchDownload | { error: string } | null; validateCold: Summary; validate: Summary; validateOne: Summary & { file: string }; report: Summary; versions: { astro: string; pagefind: string } };
  baseline: { build: Summary; site: SiteFigures | null; versions: { astro: string; pagefind: string } } | null;
}

/** The newest news file of the corpus (what an editor just saved), relative to the corpus. */
async function newestNews(corpus: string): Promise<string> {
  let best = '';
  for (const opd of await readdir(join(corpus, 'content', 'opd'))) {
    const dir = join(corpus, 'content', 'opd', opd, 'berita');
    if (!existsSync(dir)) continue;
    for (const name of await readdir(dir)) if (name > (best.split('/').at(-1) ?? '')) best = `content/opd/${opd}/berita/${name}`;
  }
  return best;
}

async function git(dir: string, ...args: string[]): Promise<string> {
  return (await run('git', ['-C', dir, ...args], { maxBuffer: 1 << 28 })).stdout.trim();
}

export async function runBench(o: BenchOptions): Promise<BenchResult> {
  const corpus = resolve(o.corpus);
  const info = existsSync(join(corpus, MARKER)) ? (JSON.parse(readFileSync(join(corpus, MARKER), 'utf8')) as CorpusInfo) : null;
  const source = new URL('../../', import.meta.url).pathname;
  const machine = { cores: cpus().length, cpu: cpus()[0]?.model ?? '?', memoryBytes: totalmem(), node: process.version, loadavgAtStart: loadavg() };
  const env = { ...process.env, GITHUB_STEP_SUMMARY: '', GITHUB_ACTIONS: '' };
  const node = process.execPath;

  // The two builds take turns (portal, baseline, portal, …): on a shared machine the load drifts over minutes, and
  // measuring all of one and then all of the other would put that drift into the ratio.
  if (!o.skipBaseline) await prepareBaseline(o.baselineDir, o.log);
  o.log(`build portal${o.skipBaseline ? '' : ' dan baseline Astro + Pagefind, bergantian'} (${o.buildRuns}×, dingin, batas ${Math.round(o.timeoutMs / 60000)} menit)…`);
  const builds: Summary[] = [];
  const bareBuilds: Summary[] = [];
  for (let i = 0; i < o.buildRuns; i++) {
    await coldStart(corpus);
    builds.push(await measureRuns(1, 'npm', ['run', 'build'], { cwd: corpus, env, timeoutMs: o.timeoutMs }));
    if (!builds.at(-1)!.ok) break;
    if (!o.skipBaseline) bareBuilds.push(await buildBaseline(o.baselineDir, corpus, { timeoutMs: o.timeoutMs }));
  }
  const build = mergeBuilds(builds);
  let site: SiteFigures | null = null;
  let search: BenchResult['ours']['search'] = null;
  if (build.ok) {
    site = await siteFigures(join(corpus, 'dist'));
    o.log(`unduhan pencarian pertama (/cari/?q=${o.query}) di Chromium…`);
    search = await searchDownload(join(corpus, 'dist'), o.query).catch((error: Error) => ({ error: error.message }));
  }
  // Cold: without the content cache (.cache/konten, kept by content hash), as on a fresh clone or a CI runner
  // that does not restore it; warm: the cache the build above left, as on an editor's machine.
  o.log(`validate seluruh pohon, dingin (${o.runs}×)…`);
  const colds: Summary[] = [];
  for (let i = 0; i < o.runs; i++) {
    await rm(join(corpus, '.cache', 'konten'), { recursive: true, force: true });
    colds.push(await measureRuns(1, node, ['scripts/validate.ts', '--format', 'json'], { cwd: corpus, env }, [0, 1]));
  }
  const validateCold = mergeRuns(colds);
  o.log(`validate seluruh pohon, hangat (${o.runs}×)…`);
  const validate = await measureRuns(o.runs, node, ['scripts/validate.ts', '--format', 'json'], { cwd: corpus, env }, [0, 1]);
  const file = await newestNews(corpus);
  o.log(`validate satu berkas ${file} (${o.runs}×)…`);
  const validateOne = { ...(await measureRuns(o.runs, node, ['scripts/validate.ts', file], { cwd: corpus, env }, [0, 1])), file };
  o.log(`laporan kepatuhan ${o.week} (${o.runs}×)…`);
  const report = await measureRuns(o.runs, node, ['scripts/report.ts', '--week', o.week, '--format', 'md'], { cwd: corpus, env });

  let baseline: BenchResult['baseline'] = null;
  if (bareBuilds.length > 0) {
    const bareBuild = mergeBuilds(bareBuilds);
    baseline = { build: bareBuild, site: bareBuild.ok ? await siteFigures(join(o.baselineDir, 'dist')) : null, versions: versionsIn(o.baselineDir) };
  }
  return {
    date: new Date().toISOString().slice(0, 10),
    corpus: { dir: corpus, scale: info?.scale ?? null, seed: info?.seed ?? null, head: await git(corpus, 'rev-parse', 'HEAD'), files: (await git(corpus, 'ls-files')).split('\n').length, info },
    machine,
    source: { commit: await git(source, 'rev-parse', 'HEAD'), dirty: (await git(source, 'status', '--porcelain', '--untracked-files=no')) !== '' },
    ours: { build, site, search, validateCold, validate, validateOne, report, versions: versionsIn(corpus) },
    baseline,
  };
}
