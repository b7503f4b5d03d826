/**
 * `npm run build`: the whole public site in dist/, in three stages that must all succeed:
 *   1. validate the content tree (scripts/validate.ts; errors stop the build),
 *   2. generate the per-OPD CMS configs into public/admin/ (git-ignored),
 *   3. build the site with Astro into a staging folder (.cache/dist-next),
 *   4. index the staging folder with Pagefind (Indonesian, `id`) into <staging>/pagefind/,
 * and only then swap the staging folder into dist/. A failure at any stage leaves the previous dist/ untouched,
 * so neither a deploy nor `npm run preview` can ever pick up half a site.
 *
 * Builds of the same repository run one at a time (lock .cache/build.lock): Astro shares .astro/ and the Vite cache.
 *
 * Options: --skip-validate (used by tests that build fixtures which deliberately bypass validation),
 *          --out DIR (default dist).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeCmsConfigs } from '../src/cms/config-files.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}

function validate(): boolean {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts/validate.ts')], { stdio: 'inherit', cwd: process.cwd() });
  return result.status === 0;
}

async function astroBuild(outDir: string): Promise<void> {
  const { build } = await import('astro');
  await build({ root: ROOT, outDir, logLevel: process.env.PPID_BUILD_VERBOSE ? 'info' : 'warn' });
}

/** Indexes every page marked `data-pagefind-body`; returns the number of indexed pages. */
async function pagefindIndex(siteDir: string): Promise<number> {
  const pagefind = await import('pagefind');
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'id' });
    if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
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

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { 'skip-validate': { type: 'boolean' }, out: { type: 'string', default: 'dist' } } });
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
  await rm(staging, { recursive: true, force: true });
  await mkdir(work, { recursive: true });
  try {
    // The CMS configs are generated from the schemas and the OPD registry, never edited by hand.
    process.stdout.write(`✓ konfigurasi CMS: ${(await writeCmsConfigs(ROOT, join(ROOT, 'public', 'admin'))).length} OPD\n`);
    const t1 = performance.now();
    await astroBuild(staging);
    process.stdout.write(`✓ astro build (${seconds(t1)})\n`);
    const t2 = performance.now();
    const pages = await pagefindIndex(staging);
    if (pages === 0) throw new Error('Pagefind tidak mengindeks satu halaman pun (atribut data-pagefind-body hilang?)');
    process.stdout.write(`✓ indeks pencarian Pagefind: ${pages} halaman (${seconds(t2)})\n`);
    await swapInto(staging, target, old);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    process.stderr.write(`\nBuild gagal: ${(error as Error).stack ?? error}\n${values.out}/ lama tidak diubah.\n`);
    return 1;
  } finally {
    await release();
  }
  process.stdout.write(`✓ situs lengkap di ${values.out}/ (total ${seconds(started)})\n`);
  return 0;
}

process.exitCode = await main();
