/**
 * `npm run validate -- <file>` (every editor's pull request) reads only the file, its companion and what cross-file
 * checks need, and reports exactly what a whole-tree run reports for that file.
 */
import { join } from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CACHE_DIR, readRecord, resetCaches, writeRecord } from '../../src/content/cache.ts';
import { readContentTree } from '../../src/content/tree.ts';
import { inScope, validateRepo } from '../../src/validate/run.ts';
import { readScopedTree } from '../../src/validate/scoped.ts';
import { writeTitleIndex } from '../../src/validate/scope-index.ts';
import { BERITA, CSV, INFO, META, PDF, RICH, SCOPED_FILES, TWIN } from './rich-scenario.ts';
import { makeScenario, OPD, type Change } from './scenario.ts';

async function expectScopedEqualsWhole(root: string, scopes: string[][]) {
  resetCaches();
  const whole = await validateRepo(root);
  for (const scope of scopes) {
    resetCaches();
    const scoped = await validateRepo(root, scope);
    const expected = whole.problems.filter((p) => inScope(p.file, scope));
    expect(scoped.problems, scope.join(' ')).toEqual(expected);
    expect(scoped.fileCount).toBe((await readContentTree(root)).files.filter((f) => inScope(f.path, scope)).length);
  }
  return whole;
}

describe('validating one file', () => {
  it('reports for each file exactly what the whole-tree run reports for it (rich scenario, cold and warm cache)', async () => {
    const root = makeScenario(RICH);
    const whole = await expectScopedEqualsWhole(root, SCOPED_FILES.map((f) => [f]));
    expect(whole.problems.length).toBeGreaterThan(30);
    // Again with every pack and the title index warm, and for folders and several files at once.
    await expectScopedEqualsWhole(root, [...SCOPED_FILES.map((f) => [f]), [`${OPD}/informasi`], [`${OPD}/berita/`, CSV], [`${OPD}/data`]]);
  });

  it('equals the whole-tree run in scenarios where the answer depends on other files', async () => {
    const pemda = readFileSync(join(makeScenario(), 'content/pemda.yaml'), 'utf8');
    const scenarios: Record<string, Change>[] = [
      // The profile is missing: its official numbers are gone, the OPD's news become unofficial numbers.
      { [`${OPD}/profil.md`]: null },
      // pemda.yaml lowers the text limit: a long page is unread and reported by size only.
      { 'content/pemda.yaml': `${pemda.replace(/batas_ukuran:[^\n]*\n?/, '')}batas_ukuran:\n  teks: 1\n`, [INFO]: `---\njudul: Panjang\n---\n${'x'.repeat(2048)}\n` },
      // The CSV's metadata is invalid (wrong delimiter declared); the metadata is gone.
      { [META]: readFileSync(join(makeScenario(), META), 'utf8').replace('pemisah: ";"', 'pemisah: ","') },
      { [META]: null },
      // The attachment a document refers to is gone; two files become the same page.
      { [PDF]: null, [`${OPD}/informasi/laporan-keuangan-2025.yaml`]: 'judul: x\n' },
    ];
    for (const changes of scenarios) {
      const root = makeScenario(changes);
      await expectScopedEqualsWhole(root, [[BERITA], [INFO], [CSV], [META], [`${OPD}/dokumen/formulir.md`], [`${OPD}/informasi/laporan-keuangan-2025.md`]]);
    }
  });

  it('reads only the scoped file, its companion, pemda.yaml and the profiles', async () => {
    const root = makeScenario(RICH);
    const { tree, checked } = await readScopedTree(root, [CSV], () => undefined, Date.now());
    expect([...tree.sources.keys()].sort()).toEqual(['content/pemda.yaml', META, `${OPD}/profil.md`].sort());
    expect(tree.files.length).toBeGreaterThan(10);
    expect(checked(CSV) && !checked(META)).toBe(true);
  });

  it('takes titles of unread news from the index while their stamp holds, and reads a changed one again', async () => {
    const root = makeScenario(RICH);
    // Indexed "later" than every file's last change, so its entries are trusted.
    await writeTitleIndex(await readContentTree(root), Date.now() + 60_000);
    const twinWarning = async () => (await validateRepo(root, [TWIN])).problems.some((p) => p.rule === 'frontmatter/duplicate-slug');
    expect(await twinWarning()).toBe(true);
    // The index is what the scoped run believes while the stamp holds (here: a title changed behind its back).
    const file = join(root, CACHE_DIR, 'judul.bin');
    const version = (await import('../../src/content/code-version.ts')).codeVersion()!;
    const index = (await readRecord<Map<string, { judul?: string }>>(file, version))!;
    index.get(BERITA)!.judul = 'Judul lain';
    await writeRecord(file, version, index);
    expect(await twinWarning()).toBe(false);
    // Once the file changes (its stamp with it), it is read again: the entry's title no longer counts.
    writeFileSync(join(root, BERITA), `${readFileSync(join(root, BERITA), 'utf8')}\nTambahan.\n`);
    expect(await twinWarning()).toBe(true);
    await expectScopedEqualsWhole(root, [[TWIN], [BERITA]]);
  });
});
