/**
 * Generates a five-years-scale copy of this repository (issue: performance at S1/S2) into a NEW git repository:
 * the project's files, the real pemda.yaml, halaman, OPD profiles and documents, plus synthetic news, DIP
 * entries and datasets with a dated history, all from one seed (same seed and source: identical commit ids).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { FastImport } from '../compliance/fast-import.ts';
import { classifyPath } from '../content/paths.ts';
import { parseSource } from '../content/source.ts';
import { parseWib } from '../lib/wib.ts';
import { writeHistory, type HistoryStats, type KeptGroup } from './generate.ts';
import { loadOpds, parseWilayah, type OpdInfo } from './opds.ts';
import { END, START, planEvents, sizeFor, type CorpusSize } from './plan.ts';
import { Rng } from './random.ts';
import { isDirty, readSourceFiles, sourceCommit } from './source-files.ts';

const run = promisify(execFile);
/** Written inside .git so that the checked-out tree is exactly the committed one. */
export const MARKER = '.git/ppid-corpus.json';

export interface CorpusOptions {
  out: string;
  scale: number;
  seed: number;
  /** Repository to copy (default: the current directory). */
  source?: string;
  /** Copy this commit instead of the working tree. */
  rev?: string;
  force?: boolean;
  log?: (line: string) => void;
}

export interface CorpusInfo {
  scale: number;
  seed: number;
  size: CorpusSize;
  head: string;
  source: { commit: string; rev: string | null; dirty: boolean };
  stats: HistoryStats;
  seconds: number;
}

/** Content kept from the repository: the regency's identity, pages and OPD profiles (first commit). */
const isBaseContent = (p: string) => p === 'content/pemda.yaml' || p.startsWith('content/halaman/') || /^content\/opd\/[^/]+\/profil\.md$/.test(p);
const isDocument = (p: string) => /^content\/opd\/[^/]+\/dokumen\//.test(p);

async function prepareOut(out: string, force: boolean): Promise<void> {
  if (existsSync(out) && (await readdir(out)).length > 0) {
    if (!force || !existsSync(join(out, MARKER))) throw new Error(`${out} sudah ada dan tidak kosong; pakai folder baru, atau --force untuk menimpa korpus sebelumnya`);
    await rm(out, { recursive: true, force: true });
  }
  await mkdir(out, { recursive: true });
}

/**
 * The repository's OPD documents: each document page (`x.md` with its file) is committed at its own `tanggal`;
 * files no page refers to (attachments of the sample DIP, which the corpus replaces) join the first commit,
 * as an archive imported at launch, so they do not all land in the last week of the history.
 */
function keptGroups(files: Map<string, Uint8Array>, opds: OpdInfo[]): { kept: KeptGroup[]; archive: string[]; pdfs: Map<string, string[]> } {
  const kept: KeptGroup[] = [];
  const placed = new Set<string>();
  const pdfs = new Map<string, string[]>();
  for (const opd of opds) {
    const own = [...files.keys()].filter((p) => isDocument(p) && p.split('/')[2] === opd.slug);
    pdfs.set(opd.slug, own.filter((p) => p.endsWith('.pdf')).map((p) => p.split('/').slice(3).join('/')));
    for (const path of own.filter((p) => p.endsWith('.md'))) {
      const data = parseSource(classifyPath(path), Buffer.from(files.get(path)!).toString('utf8')).data as { tanggal?: unknown; berkas?: unknown } | undefined;
      const parsed = typeof data?.tanggal === 'string' ? parseWib(data.tanggal) : undefined;
      const time = data?.tanggal instanceof Date ? data.tanggal.getTime() : parsed?.ok ? parsed.date.getTime() : undefined;
      if (time === undefined) continue;
      const berkas = typeof data?.berkas === 'string' ? `content/opd/${opd.slug}/${data.berkas}` : '';
      const group = [path, ...(files.has(berkas) ? [berkas] : [])];
      group.forEach((p) => placed.add(p));
      kept.push({ opd, time: Math.min(END, time + 10 * 3_600_000), files: group.map((p) => [p, files.get(p)!]) });
    }
  }
  const archive = [...files.keys()].filter((p) => isDocument(p) && !placed.has(p));
  return { kept, archive, pdfs };
}

/**
 * A real node_modules folder whose packages link to the source's: Astro and Vite write their caches into
 * node_modules/.astro and .vite, and a corpus build must not overwrite the source repository's caches.
 */
async function linkNodeModules(source: string, out: string): Promise<void> {
  const from = join(source, 'node_modules');
  if (!existsSync(from)) return;
  await mkdir(join(out, 'node_modules'));
  for (const name of await readdir(from)) {
    if (name === '.astro' || name === '.vite' || name === '.cache') continue;
    await symlink(join(from, name), join(out, 'node_modules', name));
  }
}

export async function generateCorpus(options: CorpusOptions): Promise<CorpusInfo> {
  const started = performance.now();
  const log = options.log ?? (() => {});
  const source = resolve(options.source ?? '.');
  const out = resolve(options.out);
  if (out === source || out.startsWith(`${source}/`)) throw new Error('folder korpus tidak boleh berada di dalam repositori sumber');
  await prepareOut(out, options.force ?? false);

  const files = await readSourceFiles(source, options.rev);
  const rng = new Rng(options.seed);
  const wilayah = parseWilayah(Buffer.from(files.get('src/data/wilayah-demak.csv') ?? new Uint8Array()).toString('utf8'));
  const size = sizeFor(options.scale);
  const opds = loadOpds(files, wilayah, rng.fork('opd'), START, END);
  const { kept, archive, pdfs } = keptGroups(files, opds);
  const inBase = new Set(archive);
  const base = [...files].filter(([p]) => !p.startsWith('content/') || isBaseContent(p) || inBase.has(p));
  const events = planEvents(rng.fork('plan'), opds, size, kept.length);
  log(`rencana: ${size.news} berita, ${size.info} informasi, ${size.data} dataset, ${size.commits} commit (${((performance.now() - started) / 1000).toFixed(1)} s)`);

  await run('git', ['init', '-q', '-b', 'main', out]);
  const importer = new FastImport(out);
  let stats: HistoryStats;
  try {
    stats = await writeHistory(importer, { rng: rng.fork('text'), wilayah, events, base, kept, pdfs });
    await importer.done();
  } catch (error) {
    importer.abort();
    throw error;
  }
  log(`git fast-import selesai: ${stats.commits} commit (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  await run('git', ['-C', out, 'reset', '-q', '--hard']);
  await writeFile(join(out, '.git', 'info', 'exclude'), 'node_modules\n');
  await linkNodeModules(source, out);

  const info: CorpusInfo = {
    scale: options.scale, seed: options.seed, size,
    head: (await run('git', ['-C', out, 'rev-parse', 'HEAD'])).stdout.trim(),
    source: { commit: await sourceCommit(source, options.rev), rev: options.rev ?? null, dirty: options.rev ? false : await isDirty(source) },
    stats, seconds: (performance.now() - started) / 1000,
  };
  await writeFile(join(out, MARKER), `${JSON.stringify(info, null, 2)}\n`);
  return info;
}
