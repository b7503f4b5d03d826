/**
 * The build behind `npm run build`: the whole public site in dist/, in stages that must all succeed:
 *   1. validate the content tree (scripts/validate.ts; errors stop the build),
 *   2. generate the per-OPD CMS configs into public/admin/ (git-ignored),
 *   3. build the site with Astro into a staging folder (.cache/dist-next-<pid>),
 *   4. index the staging folder with Pagefind (Indonesian, `id`): recent news and everything else into
 *      <staging>/pagefind/, older news into <staging>/pagefind-arsip/ (src/build/search-index.ts), each with the
 *      date order that the search page loads only when a reader sorts by date (src/site/search-order.ts), and the
 *      vocabulary it loads only to correct a query that finds almost nothing (src/site/search-vocabulary.ts),
 * and only then swap the staging folder into dist/. A failure at any stage leaves the previous dist/ untouched,
 * so neither a deploy nor `npm run preview` can ever pick up half a site.
 *
 * Astro (with step 2) and Pagefind each run in a child process of their own (this script started again with
 * `--stage`), one after the other: Astro's heap (gigabytes at five years of content) is returned to the system before
 * Pagefind starts, so the peak is the larger of the two, not their sum; this parent process stays small. Each stage
 * line reports the peak resident memory of its process tree, sampled from /proc (Linux only).
 *
 * Builds of the same repository run one at a time (lock .cache/build.lock): Astro shares .astro/ and the Vite cache.
 *
 * Options: --skip-validate (used by tests that build fixtures which deliberately bypass validation),
 *          --out DIR (default dist).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { indexSearch, type SearchIndexResult } from './search-index.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The command this module runs under; stages start it again with `--stage`. */
const SELF = join(ROOT, 'scripts', 'build.ts');

function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}

function validate(): boolean {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts/validate.ts')], { stdio: 'inherit', cwd: process.cwd() });
  return result.status === 0;
}

/** Stage `astro` (in its own process): the site into `outDir`. */
async function astroBuild(outDir: string): Promise<void> {
  const { build } = await import('astro');
  await build({ root: ROOT, outDir, logLevel: process.env.PPID_BUILD_VERBOSE ? 'info' : 'warn' });
}

/** Resident memory of `root` and all its descendants, in bytes (0 where /proc is missing). */
function treeRss(root: number): number {
  let names: string[];
  try {
    names = readdirSync('/proc').filter((n) => /^\d+$/.test(n));
  } catch {
    return 0;
  }
  const parent = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const name of names) {
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces): [1] ppid, [21] rss in pages (proc(5) fields 4, 24);
      // 4 KiB pages, as on the x86-64 and arm64 machines that build the site.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(name), Number(fields[1]));
      rss.set(Number(name), Number(fields[21]) * 4096);
    } catch {
      // The process ended between readdir and read.
    }
  }
  const inTree = (pid: number): boolean => {
    for (let p: number | undefined = pid; p !== undefined && p > 1; p = parent.get(p)) if (p === root) return true;
    return false;
  };
  let total = 0;
  for (const [pid, bytes] of rss) if (inTree(pid)) total += bytes;
  return total;
}

const gb = (bytes: number) => `${(bytes / 2 ** 30).toLocaleString('id-ID', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} GB`;

let running: ChildProcess | undefined;

/** A stage that exited with an error; the stage itself has printed why. */
class StageFailed extends Error {}

/** Runs one stage as `node scripts/build.ts --stage <stage> --dir <dir>`; resolves with its message and peak memory. */
function runStage(stage: 'astro' | 'pagefind', dir: string): Promise<{ result: Partial<SearchIndexResult>; peak: number }> {
  return new Promise((done, fail) => {
    // Astro's stage renders the markdown bodies ahead in a worker thread (src/site/bodies.ts reads this variable).
    const env = stage === 'astro' ? { ...process.env, PPID_BODY_WORKER: join(ROOT, 'src', 'site', 'render-worker.ts') } : process.env;
    const child = spawn(process.execPath, [SELF, '--stage', stage, '--dir', dir], { cwd: process.cwd(), env, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    running = child;
    let result: Partial<SearchIndexResult> = {};
    let peak = 0;
    const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 250);
    child.on('message', (message) => (result = message as Partial<SearchIndexResult>));
    child.on('error', fail);
    child.on('exit', (code, signal) => {
      clearInterval(timer);
      running = undefined;
      if (code === 0) done({ result, peak });
      else fail(new StageFailed(`tahap ${stage} gagal (${signal ?? `kode ${code}`}), lihat keluarannya di atas`));
    });
  });
}

/** The child side of runStage. */
async function stageMain(stage: string, dir: string): Promise<number> {
  let message: Partial<SearchIndexResult>;
  if (stage === 'astro') {
    // The CMS configs are generated from the schemas and the OPD registry, never edited by hand. Here rather than
    // in the parent: reading the content tree would leave the parent's heap large for the rest of the build.
    const { writeCmsConfigs } = await import('../cms/config-files.ts');
    process.stdout.write(`✓ konfigurasi CMS: ${(await writeCmsConfigs(ROOT, join(ROOT, 'public', 'admin'))).length} OPD\n`);
    await astroBuild(dir);
    message = {};
  } else if (stage === 'pagefind') {
    message = await indexSearch(dir);
  } else {
    throw new Error(`tahap tidak dikenal: ${stage}`);
  }
  // Exit as soon as the parent has the result: a handle left open by Vite or the IPC channel must not keep a
  // finished stage (and its heap) alive.
  await new Promise<void>((sent) => (process.send ? process.send(message, () => sent()) : sent()));
  process.exit(0);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Waits until no other build of this repository runs, then holds the lock until `release()`. */
async function acquireBuildLock(): Promise<() => Promise<void>> {
  const lock = join(ROOT, '.cache', 'build.lock');
  await mkdir(join(ROOT, '.cache'), { recursive: true });
  let told = false;
  for (;;) {
    try {
      await mkdir(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      return () => rm(lock, { recursive: true, force: true });
    } catch {
      let owner = NaN;
      try {
        owner = Number(readFileSync(join(lock, 'pid'), 'utf8'));
      } catch {
        // The other build is just creating the lock.
      }
      if (Number.isInteger(owner) && owner > 0 && !alive(owner)) {
        await rm(lock, { recursive: true, force: true });
        continue;
      }
      if (!told) process.stdout.write('… menunggu build lain di repositori ini selesai\n');
      told = true;
      await new Promise((done) => setTimeout(done, 1000));
    }
  }
}

/** Replaces `target` by `staging` with two renames on the same file system (no moment without a site). */
async function swapInto(staging: string, target: string, old: string): Promise<void> {
  await rm(old, { recursive: true, force: true });
  if (existsSync(target)) await rename(target, old);
  await rename(staging, target);
  await rm(old, { recursive: true, force: true });
}

/** `npm run build` (and, with `--stage`, one stage of it in its child process); returns the exit code. */
export async function runBuild(): Promise<number> {
  const { values } = parseArgs({
    options: { 'skip-validate': { type: 'boolean' }, out: { type: 'string', default: 'dist' }, stage: { type: 'string' }, dir: { type: 'string' } },
  });
  if (values.stage) return stageMain(values.stage, values.dir!);
  const target = resolve(ROOT, values.out!);
  // Staging and the previous site sit next to the target on the same file system (renames cannot cross them);
  // inside the repository that is the git-ignored .cache/.
  const work = target.startsWith(ROOT + sep) ? join(ROOT, '.cache') : dirname(target);
  const staging = join(work, `${basename(target)}-next-${process.pid}`);
  const old = join(work, `${basename(target)}-old-${process.pid}`);
  const started = performance.now();

  if (!values['skip-validate']) {
    const t0 = performance.now();
    if (!validate()) {
      process.stderr.write('\nBuild dibatalkan: perbaiki kesalahan konten di atas. dist/ lama tidak diubah.\n');
      return 1;
    }
    process.stdout.write(`✓ validasi konten (${seconds(t0)})\n`);
  }

  const release = await acquireBuildLock();
  // Interrupted (Ctrl-C, a CI timeout): the running stage ends with us, and neither staging nor the lock stays behind.
  const interrupted = (signal: NodeJS.Signals) => {
    running?.kill(signal);
    void rm(staging, { recursive: true, force: true }).then(release).finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', interrupted).once('SIGTERM', interrupted);
  await rm(staging, { recursive: true, force: true });
  await mkdir(work, { recursive: true });
  try {
    const t1 = performance.now();
    const astro = await runStage('astro', staging);
    process.stdout.write(`✓ astro build (${seconds(t1)}, memori puncak ${gb(astro.peak)})\n`);
    const t2 = performance.now();
    const indexed = await runStage('pagefind', staging);
    const { pages, archived, sebelum, dated, words } = indexed.result;
    if (!pages) throw new Error('Pagefind tidak mengindeks satu halaman pun (atribut data-pagefind-body hilang?)');
    const archive = sebelum ? ` + ${archived} berita sebelum ${sebelum} di arsip` : '';
    process.stdout.write(`✓ indeks pencarian Pagefind: ${pages} halaman${archive}, ${dated} bertanggal, ${words} kata untuk saran ejaan (${seconds(t2)}, memori puncak ${gb(indexed.peak)})\n`);
    await swapInto(staging, target, old);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    const why = error instanceof StageFailed ? error.message : ((error as Error).stack ?? String(error));
    process.stderr.write(`\nBuild gagal: ${why}\n${values.out}/ lama tidak diubah.\n`);
    return 1;
  } finally {
    await release();
  }
  process.stdout.write(`✓ situs lengkap di ${values.out}/ (total ${seconds(started)})\n`);
  // `astro preview` serves dist/ on its default port; through scripts/with-node.sh (an older system Node) it needs
  // the launcher as well, which says so in PPID_WITH_NODE.
  if (target === join(ROOT, 'dist')) {
    const preview = process.env.PPID_WITH_NODE ? 'sh scripts/with-node.sh npm run preview' : 'npm run preview';
    process.stdout.write(`Situs siap di dist/. Lihat: ${preview} → http://localhost:4321/\n`);
  }
  return 0;
}
