/**
 * The content cache (.cache/konten/) is an optimisation only: validating or loading a tree gives the same result
 * without it, cold and warm, and a cache file that is corrupt, truncated, foreign or of other code is ignored and
 * rebuilt. Each "warm" run here first forgets the process's loaded packs, so it reads them back from disk.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CACHE_DIR, readRecord, resetCaches, writeRecord } from '../../src/content/cache.ts';
import { buildModel, loadContent } from '../../src/content/model.ts';
import { readContentTree } from '../../src/content/tree.ts';
import { validateRepo } from '../../src/validate/run.ts';
import { RICH } from '../validate/rich-scenario.ts';
import { makeScenario, OPD } from '../validate/scenario.ts';

async function withoutCache<T>(fn: () => Promise<T>): Promise<T> {
  process.env.PPID_CACHE = '0';
  try {
    return await fn();
  } finally {
    delete process.env.PPID_CACHE;
  }
}

/** Validates from a cold process state: whatever is cached comes from disk. */
async function fresh(root: string) {
  resetCaches();
  return validateRepo(root);
}

function hashDir(dir: string): string {
  const hash = createHash('sha256');
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else hash.update(p).update(readFileSync(p));
    }
  };
  walk(dir);
  return hash.digest('hex');
}

describe('content cache', () => {
  it('gives the same problems without a cache, cold and warm, and never writes into content/', async () => {
    const root = makeScenario(RICH);
    const before = hashDir(join(root, 'content'));
    const off = await withoutCache(() => validateRepo(root));
    const cold = await fresh(root);
    const warm = await fresh(root);
    expect(new Set(off.problems.map((p) => p.rule)).size).toBeGreaterThan(15);
    expect(cold).toEqual(off);
    expect(warm).toEqual(off);
    expect(readdirSync(join(root, CACHE_DIR)).sort()).toEqual(['dokumen.bin', 'html.bin', 'judul.bin', 'markdown.bin', 'sumber.bin', 'validasi.bin']);
    expect(hashDir(join(root, 'content'))).toBe(before);
  });

  it('ignores a corrupt, truncated, emptied or foreign cache file, and rebuilds it', async () => {
    const root = makeScenario(RICH);
    const expected = await withoutCache(() => validateRepo(root));
    await fresh(root);
    const dir = join(root, CACHE_DIR);
    const damages: ((file: string) => void)[] = [
      (file) => truncateSync(file, Math.floor(statSync(file).size / 2)),
      (file) => {
        const bytes = readFileSync(file);
        bytes[bytes.length - 3] ^= 0xff; // one flipped bit deep in the payload: the checksum catches it
        writeFileSync(file, bytes);
      },
      (file) => writeFileSync(file, ''),
      (file) => writeFileSync(file, 'PPIDKON1 bukan cache'),
      (file) => writeFileSync(file, readFileSync(join(dir, file.endsWith('sumber.bin') ? 'markdown.bin' : 'sumber.bin'))),
    ];
    for (const damage of damages) {
      for (const name of readdirSync(dir)) damage(join(dir, name));
      expect(await fresh(root)).toEqual(expected);
      expect(await fresh(root)).toEqual(expected);
    }
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('loads the same content model with and without the cache', async () => {
    const root = makeScenario({ [`${OPD}/informasi/nilai.md`]: '---\njudul: Nilai YAML\nkategori: berkala\n---\n\nIsi.\n' });
    const off = await withoutCache(() => loadContent(root));
    resetCaches();
    await loadContent(root);
    resetCaches();
    const warm = await loadContent(root);
    const strip = (m: typeof off) => ({ ...m, tree: undefined });
    expect(strip(warm)).toEqual(strip(off));
    expect([...warm.tree.sources.keys()]).toEqual([...off.tree.sources.keys()]);
  });

  it('keeps what YAML can hold and JSON cannot (NaN, -0, Infinity, __proto__ keys, YAML 1.1 dates)', async () => {
    const odd = `${OPD}/data/aneh.yaml`;
    const root = makeScenario({ [odd]: '%YAML 1.1\n---\na: .nan\nb: -0\nc: -.inf\n__proto__: { x: 1 }\nd: 2026-11-20\n' });
    const off = await withoutCache(() => readContentTree(root));
    resetCaches();
    await readContentTree(root);
    resetCaches();
    const warm = (await readContentTree(root)).sources.get(odd)!.data as Record<string, unknown>;
    const plain = off.sources.get(odd)!.data as Record<string, unknown>;
    expect(warm).toEqual(plain);
    expect(Object.is(warm.b, -0) && Number.isNaN(warm.a) && warm.c === -Infinity && warm.d instanceof Date).toBe(true);
    expect(Object.keys(warm)).toContain('__proto__');
    expect(Object.getPrototypeOf(warm)).toBe(Object.prototype);
  });

  it('reads nothing written by other code (another version key) and writes atomically', async () => {
    const root = makeScenario();
    const file = join(root, CACHE_DIR, 'uji.bin');
    await writeRecord(file, 'versi-a', new Map([['k', { v: 1 }]]));
    expect(await readRecord(file, 'versi-a')).toEqual(new Map([['k', { v: 1 }]]));
    expect(await readRecord(file, 'versi-b')).toBeUndefined();
    expect(await readRecord(join(root, CACHE_DIR, 'tidak-ada.bin'), 'versi-a')).toBeUndefined();
    expect(readdirSync(join(root, CACHE_DIR))).toEqual(['uji.bin']);
  });
});
