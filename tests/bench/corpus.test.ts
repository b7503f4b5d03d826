/**
 * Smoke test of the scaling corpus (scripts/corpus.ts): a tiny scale is deterministic (same seed, same commit
 * ids) and passes the validator with no errors. No timing assertions: the figures belong to bench-scale.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../src/bench/corpus.ts';
import { validateRepo } from '../../src/validate/run.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ppid-corpus-test-'));
  dirs.push(dir);
  return join(dir, 'corpus');
}

// A commit, not the working tree: other edits in progress must not make the two runs differ.
const options = { scale: 0.005, seed: 7, source: ROOT, rev: 'HEAD' };

describe('scaling corpus', () => {
  it('is deterministic and valid at a tiny scale', async () => {
    const first = await generateCorpus({ ...options, out: tempDir() });
    const second = await generateCorpus({ ...options, out: tempDir() });
    expect(second.head).toBe(first.head);
    const out = join(dirs[0], 'corpus');
    expect(execFileSync('git', ['-C', out, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim()).toBe(first.head);
    expect(execFileSync('git', ['-C', out, 'status', '--porcelain'], { encoding: 'utf8' })).toBe('');
    expect(Number(execFileSync('git', ['-C', out, 'rev-list', '--count', 'HEAD'], { encoding: 'utf8' }))).toBe(first.size.commits);

    const news = readdirSync(join(out, 'content/opd'), { recursive: true }).filter((p) => /\/berita\/\d{4}-\d{2}-\d{2}-[a-z0-9-]+\.md$/.test(String(p)));
    expect(news).toHaveLength(first.size.news);

    const result = await validateRepo(out);
    const errors = result.problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => `${p.file}:${p.line} ${p.rule} ${p.message}`)).toEqual([]);
  }, 60_000);
});
