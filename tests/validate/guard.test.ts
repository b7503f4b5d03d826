/**
 * A crash inside one rule is a problem of that rule (and of that file, inside eachSource/eachFile), as in
 * ESLint and markdownlint: the other files and rules still run and the run ends with errors, never a throw.
 */
import { describe, expect, it } from 'vitest';
import type { SourceFile } from '../../src/content/source.ts';
import { memoryTree } from '../../src/validate/memory-tree.ts';
import type { Rule } from '../../src/validate/rule.ts';
import { RULES } from '../../src/validate/rules/index.ts';
import { validateTree } from '../../src/validate/run.ts';
import { brief } from './scenario.ts';
import { withChanges } from './memory.ts';

const OPD = 'content/opd/dinas-contoh';
const BERITA = `${OPD}/berita/2026-11-20-rapat-koordinasi.md`;
const INFO = `${OPD}/informasi/laporan-keuangan-2025.md`;
const UNKNOWN_KEY = '---\njudul: Rapat Koordinasi Layanan Informasi\ntanggal: 2026-11-20 09:30\nringkasan: Ringkasan berita rapat koordinasi layanan.\npenulis: Humas\n---\n\nIsi.\n';

const failing: Rule = { id: 'gagal', description: 'selalu gagal', checks: [], check: () => { throw new TypeError("Cannot read properties of undefined (reading 'x')"); } };

/** Reports one `uji/dilihat` per source and fails on BERITA. */
const perSource: Rule = {
  id: 'per-berkas',
  description: 'uji',
  checks: [{ id: 'uji/dilihat', severity: 'warning', description: 'uji' }],
  check(ctx) {
    ctx.eachSource((source) => {
      if (source.path === BERITA) throw new RangeError('Maximum call stack size exceeded');
      ctx.report({ file: source.path, line: 1, rule: 'uji/dilihat', message: 'dilihat', hint: 'tidak ada' });
    });
  },
};

describe('a failing rule', () => {
  it('is reported as intern/<rule> against content/, in Indonesian, while every other rule still runs', async () => {
    const tree = await memoryTree(withChanges({ [BERITA]: UNKNOWN_KEY }));
    const result = await validateTree(tree, [], { rules: [failing, ...RULES] });
    expect(brief(result.problems)).toEqual([
      { rule: 'intern/gagal', file: 'content', line: 1, severity: 'error' },
      { rule: 'frontmatter/unknown-key', file: BERITA, line: 5, severity: 'error' },
    ]);
    expect(result.problems[0].message).toBe('pemeriksaan gagal gagal pada konten ini; ini kesalahan validator, bukan kesalahan Anda, laporkan ke admin');
    expect(result.problems[0].hint).toContain("TypeError: Cannot read properties of undefined (reading 'x')");
    expect(result.errors).toBe(2);
  });

  it('fails only for the one file inside eachSource; the rule goes on with the others', async () => {
    const tree = await memoryTree(withChanges({}));
    const { problems } = await validateTree(tree, [], { rules: [perSource] });
    expect(problems.filter((p) => p.rule === 'intern/per-berkas').map((p) => p.file)).toEqual([BERITA]);
    expect(problems.filter((p) => p.rule === 'uji/dilihat')).toHaveLength(tree.sources.size - 1);
  });

  it('fails only for the one file inside eachFile, also when the failure is asynchronous', async () => {
    const rule: Rule = {
      id: 'async', description: 'uji', checks: [],
      check: (ctx) => ctx.eachFile(async (file) => { if (file.path === INFO) await Promise.reject(new Error('EIO')); }),
    };
    const { problems } = await validateTree(await memoryTree(withChanges({})), [], { rules: [rule] });
    expect(brief(problems)).toEqual([{ rule: 'intern/async', file: INFO, line: 1, severity: 'error' }]);
  });

  it('reports an undeclared check as its own failure instead of throwing', async () => {
    const rule: Rule = { id: 'lupa', description: 'uji', checks: [], check: (ctx) => ctx.eachSource((s) => ctx.report({ file: s.path, line: 1, rule: 'lupa/x', message: 'x', hint: 'x' })) };
    const { problems } = await validateTree(await memoryTree(withChanges({})), [], { rules: [rule] });
    expect(new Set(problems.map((p) => p.rule))).toEqual(new Set(['intern/lupa']));
    expect(problems[0].hint).toContain('lupa/x');
  });

  it('shows a whole-rule failure whatever the scope, since it may hide problems of the scoped files', async () => {
    const { problems } = await validateTree(await memoryTree(withChanges({})), [INFO], { rules: [failing, perSource] });
    expect(problems.map((p) => [p.rule, p.file])).toEqual([['intern/gagal', 'content'], ['uji/dilihat', INFO]]);
  });

  it('is isolated per file in every migrated rule: a source that throws when read costs only that file', async () => {
    const tree = await memoryTree(withChanges({ [INFO]: UNKNOWN_KEY.replace('judul: Rapat', 'judul: Rapat\nsalah: 1') }));
    const berita = tree.sources.get(BERITA) as SourceFile;
    // A stand-in for any bug that surfaces on one file: its parsed data cannot be read.
    tree.sources.set(BERITA, Object.defineProperty({ ...berita }, 'data', { get: () => { throw new Error('rusak'); } }));
    const { problems } = await validateTree(tree);
    const failed = problems.filter((p) => p.rule.startsWith('intern/'));
    expect(new Set(failed.map((p) => p.file))).toEqual(new Set([BERITA]));
    expect(failed.map((p) => p.rule).sort()).toEqual(['intern/cross-file', 'intern/duplicate-slug', 'intern/filename', 'intern/files', 'intern/frontmatter-schema']);
    // The same rules still checked the next file.
    expect(problems.filter((p) => p.file === INFO).map((p) => p.rule)).toContain('frontmatter/unknown-key');
  });
});
