/**
 * Size limits apply before parsing: an oversized file is reported from its lstat size alone and never read
 * (not by the tree reader, not by ctx.readBytes or ctx.csv), so a 50 MB upload costs no memory or time.
 */
import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReadFile } from '../../src/content/tree.ts';
import { readContentTree } from '../../src/content/tree.ts';
import { memoryTree } from '../../src/validate/memory-tree.ts';
import { files } from '../../src/validate/rules/files.ts';
import { validateRepo, validateTree } from '../../src/validate/run.ts';
import { brief, makeScenario, OPD } from './scenario.ts';
import { withChanges, FIXTURE } from './memory.ts';

const BIG_MD = `${OPD}/berita/2026-11-20-besar.md`;
const CSV = `${OPD}/data/jumlah-sekolah.csv`;
const KB = 1024;

/** A memory tree whose reads are recorded as [path, maxBytes]. */
async function observed(changes: Parameters<typeof withChanges>[0]) {
  const reads: [string, number][] = [];
  const spy = (read: ReadFile): ReadFile => (file, maxBytes) => {
    reads.push([file.path, maxBytes]);
    return read(file, maxBytes);
  };
  return { tree: await memoryTree(withChanges(changes), spy), reads };
}

describe('size limits before parsing', () => {
  it('the tree reader reads pemda.yaml first, capped at the default text limit, and never reads an oversized source', async () => {
    const { tree, reads } = await observed({ [BIG_MD]: `---\njudul: Besar\n---\n${'x'.repeat(600 * KB)}` });
    expect(reads[0]).toEqual(['content/pemda.yaml', 512 * KB]);
    expect(reads.map(([path]) => path)).not.toContain(BIG_MD);
    expect(tree.sources.has(BIG_MD)).toBe(false);
    expect(tree.files.find((f) => f.path === BIG_MD)?.size).toBeGreaterThan(600 * KB);
  });

  it('takes the limits from pemda.yaml: a lowered text limit leaves a 2 KB page unread and reported', async () => {
    const pemda = FIXTURE['content/pemda.yaml'].toString().replace(/batas_ukuran:[^\n]*\n?/, '') + 'batas_ukuran:\n  teks: 1\n';
    const { tree, reads } = await observed({ 'content/pemda.yaml': pemda, [BIG_MD]: `---\njudul: Sedang\n---\n${'x'.repeat(2 * KB)}` });
    expect(tree.limits.teks).toBe(1);
    expect(reads.map(([path]) => path)).not.toContain(BIG_MD);
    const problems = (await validateTree(tree)).problems.filter((p) => p.rule === 'files/size');
    expect(problems.map((p) => p.file)).toEqual([BIG_MD]);
  });

  it('ctx.readBytes and ctx.csv never read an oversized CSV: files/size is its only problem', async () => {
    const { tree, reads } = await observed({ [CSV]: Buffer.alloc(6 * 1024 * KB, 0x3b) });
    reads.length = 0;
    const { problems } = await validateTree(tree);
    expect(brief(problems)).toEqual([{ rule: 'files/size', file: CSV, line: 1, severity: 'error' }]);
    expect(reads.map(([path]) => path)).not.toContain(CSV);
  });

  it('sniffs the type of an attachment from its first bytes only', async () => {
    const { tree, reads } = await observed({});
    reads.length = 0;
    await validateTree(tree, [], { rules: [files] });
    // The PDF: its magic number. The CSV: whole (within its limit) for NUL bytes; sources are checked as already read.
    expect(reads).toEqual([[CSV, 5120 * KB], [`${OPD}/dokumen/laporan-2025.pdf`, 16], [`${OPD}/dokumen/penetapan-dik-2026.pdf`, 16]]);
  });

  it('reports a 10 MB single-line markdown file and a 50 MB CSV on disk from their size alone', async () => {
    const root = makeScenario({ [BIG_MD]: null });
    writeFileSync(join(root, BIG_MD), `---\njudul: Besar\n---\n${'a'.repeat(10 * 1024 * KB)}`);
    // A sparse file: 50 MB by lstat, no disk used; reading it would still cost 50 MB of memory.
    truncateSync(join(root, CSV), 50 * 1024 * KB);
    const tree = await readContentTree(root);
    expect(tree.sources.has(BIG_MD)).toBe(false);
    const { problems } = await validateRepo(root);
    expect(brief(problems)).toEqual([
      { rule: 'files/size', file: BIG_MD, line: 1, severity: 'error' },
      { rule: 'files/size', file: CSV, line: 1, severity: 'error' },
    ]);
    expect(problems[1].message).toBe('ukuran berkas 51200 KB melebihi batas 5120 KB');
  });

  it('never parses an oversized pemda.yaml: the defaults apply and the file is reported by size', async () => {
    const pemda = `${FIXTURE['content/pemda.yaml'].toString()}\n# ${'x'.repeat(600 * KB)}\n`;
    const { tree, reads } = await observed({ 'content/pemda.yaml': pemda });
    expect(reads.map(([path]) => path)).not.toContain('content/pemda.yaml');
    expect(tree.sources.has('content/pemda.yaml')).toBe(false);
    const { problems } = await validateTree(tree);
    expect(brief(problems)).toEqual([{ rule: 'files/size', file: 'content/pemda.yaml', line: 1, severity: 'error' }]);
  });
});
