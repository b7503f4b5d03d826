/**
 * Makes sure dist/ holds a site built from the current sources before browser tests run: builds with
 * `node scripts/build.ts` (validate → Astro → Pagefind) when dist/ is missing or older than any source file.
 * A lock folder keeps parallel test files from building at the same time.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const DIST = join(ROOT, 'dist');
/** Written last by the build (Pagefind), so its time is the time the build completed. */
const BUILD_MARK = join(DIST, 'pagefind', 'pagefind-entry.json');
const SOURCES = ['content', 'src', 'public', 'astro.config.mjs', 'scripts/build.ts', 'package-lock.json'];
const LOCK = join(ROOT, '.cache', 'site-build.lock');

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

export function siteIsFresh(): boolean {
  if (!existsSync(BUILD_MARK)) return false;
  const built = statSync(BUILD_MARK).mtimeMs;
  return SOURCES.every((s) => newestMtime(join(ROOT, s)) <= built);
}

function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}

/**
 * Runs `work` while holding the build lock: Astro builds share .astro/ and the Vite cache of the repository, so two
 * builds (the sample site, a fixture site) must never run at the same time. `skip` is checked again once locked.
 */
export async function withBuildLock(work: () => void, skip: () => boolean = () => false): Promise<void> {
  mkdirSync(join(ROOT, '.cache'), { recursive: true });
  for (;;) {
    if (skip()) return;
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // Another test file is building; wait for it. A lock older than 10 minutes is left over from a killed run.
      const lock = statSync(LOCK, { throwIfNoEntry: false });
      if (lock && Date.now() - lock.mtimeMs > 600_000) rmSync(LOCK, { recursive: true, force: true });
      await sleep(1000);
    }
  }
  try {
    if (!skip()) work();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/** Builds the site unless it is up to date; throws when the build fails. */
export async function ensureSiteBuilt(): Promise<void> {
  await withBuildLock(() => {
    const result = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: ROOT, stdio: 'inherit' });
    if (result.status !== 0) throw new Error('npm run build gagal; lihat keluaran di atas');
  }, siteIsFresh);
}
