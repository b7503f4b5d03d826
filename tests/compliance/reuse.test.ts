/**
 * A build validates once: `npm run validate` stores its result with a fingerprint of the tree, and the compliance
 * report (the `npm run report` command and the pages inside Astro) takes it from there while the tree is the same,
 * reusing the site's own content model; the CMS configs read pemda.yaml and the profiles only.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeCmsConfigs } from '../../src/cms/config-files.ts';
import { cmsOpds } from '../../src/cms/registry.ts';
import { computeReport, computeReportFromModel } from '../../src/compliance/run.ts';
import { CACHE_DIR, readRecord, resetCaches, writeRecord } from '../../src/content/cache.ts';
import { codeVersion } from '../../src/content/code-version.ts';
import { loadContent } from '../../src/content/model.ts';
import { readContentTree, readProfiles } from '../../src/content/tree.ts';
import { validateRepo } from '../../src/validate/run.ts';
import { BERITA, RICH } from '../validate/rich-scenario.ts';
import { makeScenario } from '../validate/scenario.ts';

const OPTIONS = { week: { year: 2026, week: 47 }, now: Date.parse('2026-11-25T00:00:00+07:00') };

afterEach(() => {
  delete process.env.PPID_TRACE;
  vi.restoreAllMocks();
});

/** The [ppid-trace] lines written while `fn` runs. */
async function traced(fn: () => Promise<unknown>): Promise<string[]> {
  process.env.PPID_TRACE = '1';
  const lines: string[] = [];
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (lines.push(String(chunk)), true));
  try {
    await fn();
  } finally {
    spy.mockRestore();
    delete process.env.PPID_TRACE;
  }
  return lines.filter((l) => l.startsWith('[ppid-trace]'));
}

describe('one validation per build', () => {
  it('the report takes the stored problems of the same tree, and gives the same report as validating itself', async () => {
    const root = makeScenario(RICH);
    const self = await computeReport(root, OPTIONS);
    await validateRepo(root);
    resetCaches();
    const reused = await computeReport(root, OPTIONS);
    expect(reused.report).toEqual(self.report);
    expect(self.report.opd.some((o) => o.validasi.kesalahan > 0)).toBe(true);
  });

  it('uses the stored result only while its fingerprint matches the tree', async () => {
    const root = makeScenario(RICH);
    await validateRepo(root);
    // What the report believes while the fingerprint holds: here, a stored result emptied behind its back.
    const file = join(root, CACHE_DIR, 'validasi.bin');
    const stored = (await readRecord<{ fingerprint: string; problems: unknown[] }>(file, codeVersion()!))!;
    await writeRecord(file, codeVersion()!, { ...stored, problems: [] });
    resetCaches();
    const errors = async () => (await computeReport(root, OPTIONS)).report.opd.reduce((n, o) => n + o.validasi.kesalahan, 0);
    expect(await errors()).toBe(0);
    writeFileSync(join(root, BERITA), `${readFileSync(join(root, BERITA), 'utf8')}\nTambahan.\n`);
    resetCaches();
    expect(await errors()).toBeGreaterThan(0);
  });

  it('reads the tree twice per build (validate, then the site model) and validates once', async () => {
    const root = makeScenario(RICH);
    const validate = await traced(() => validateRepo(root));
    resetCaches(); // the Astro stage is another process
    const astro = await traced(async () => {
      await writeCmsConfigs(root, mkdtempSync(join(tmpdir(), 'ppid-cms-')));
      const model = await loadContent(root);
      const { report } = await computeReportFromModel(root, model, OPTIONS);
      expect(report).toEqual((await computeReport(root, OPTIONS)).report);
    });
    const count = (lines: string[], what: string) => lines.filter((l) => l.includes(what)).length;
    expect([count(validate, 'pohon konten dibaca'), count(validate, 'validasi seluruh pohon')]).toEqual([1, 1]);
    // The second read finds every source parsed (from the validate process's cache).
    expect(astro.filter((l) => l.includes('pohon konten dibaca'))[0]).toMatch(/\(\d+ dari cache, 0 diurai\)/);
    expect(count(astro, 'validasi seluruh pohon')).toBe(0);
    expect(count(astro, 'hasil validasi dipakai ulang')).toBe(2);
  });

  it('writes the CMS configs from pemda.yaml and the profiles alone', async () => {
    const root = makeScenario(RICH);
    const profiles = await readProfiles(root);
    expect([...profiles.sources.keys()]).toEqual(['content/pemda.yaml', 'content/opd/dinas-contoh/profil.md']);
    expect(cmsOpds(profiles)).toEqual(cmsOpds(await readContentTree(root)));
    const out = mkdtempSync(join(tmpdir(), 'ppid-cms-'));
    expect(await writeCmsConfigs(root, out)).toEqual(['dinas-contoh']);
    expect(readdirSync(join(out, 'dinas-contoh'))).toEqual(['config.json']);
  });
});
