/**
 * scripts/build.ts runs Astro and Pagefind in child processes of their own: a stage that fails in its child still
 * leaves the previous output untouched and no staging folder behind, like a validation failure does
 * (unsafe-html.e2e.test.ts), and the build says which stage failed.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, withBuildLock } from './built-site.ts';

let work: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'ppid-stage-'));
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('a build whose Astro stage fails', () => {
  it('exits non-zero, names the stage, keeps the previous output and leaves no staging folder', async () => {
    const site = join(work, 'fixture');
    const out = join(work, 'site');
    await cp(join(ROOT, 'tests/fixtures/unsafe-html'), site, { recursive: true });
    // Past the validator (--skip-validate), the site model refuses a regency config without its required fields.
    await writeFile(join(site, 'content', 'pemda.yaml'), 'nama: Kabupaten Contoh\n');
    await mkdir(out);
    await writeFile(join(out, 'index.html'), 'situs lama');
    let result!: ReturnType<typeof spawnSync>;
    await withBuildLock(() => {
      result = spawnSync(process.execPath, [join(ROOT, 'scripts/build.ts'), '--skip-validate', '--out', out], { cwd: site, encoding: 'utf8' });
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/Build gagal: tahap astro gagal/);
    expect(result.stderr).toContain('lama tidak diubah');
    expect(await readFile(join(out, 'index.html'), 'utf8')).toBe('situs lama');
    expect((await readdir(work)).sort()).toEqual(['fixture', 'site']);
    // A whole Astro build, which may first wait for another file's fixture build (withBuildLock) in a parallel run.
  }, 300_000);
});
