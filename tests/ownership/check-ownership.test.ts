/** The pull-request ownership check against a real git repository: base rights, head changes. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const SCRIPT = new URL('../../scripts/check-ownership.ts', import.meta.url).pathname;
const repo = mkdtempSync(join(tmpdir(), 'ppid-owner-'));
afterAll(() => rmSync(repo, { recursive: true, force: true }));

const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(repo, path)), { recursive: true });
  writeFileSync(join(repo, path), text);
};
function check(head: string, author: string): { code: number; out: string } {
  try {
    return { code: 0, out: execFileSync(process.execPath, [SCRIPT, '--base', 'main', '--head', head, '--author', author], { cwd: repo, encoding: 'utf8' }) };
  } catch (error) {
    const e = error as { status: number; stdout: string };
    return { code: e.status, out: e.stdout };
  }
}

git('init', '-q', '-b', 'main');
git('config', 'user.email', 't@example.com');
git('config', 'user.name', 'T');
write('content/pemda.yaml', 'admin: [admin-kominfo]\n');
write('content/opd/dinkes/profil.md', '---\neditor: [editor-dinkes]\n---\n');
write('content/opd/bpbd/profil.md', '---\neditor: [editor-bpbd]\n---\n');
git('add', '.');
git('commit', '-qm', 'base');

function branch(name: string, files: Record<string, string>) {
  git('checkout', '-q', '-b', name, 'main');
  for (const [path, text] of Object.entries(files)) write(path, text);
  git('add', '.');
  git('commit', '-qm', name);
  git('checkout', '-q', 'main');
}
branch('own', { 'content/opd/dinkes/berita/2026-11-20-a.md': 'x' });
branch('other', { 'content/opd/bpbd/berita/2026-11-20-a.md': 'x', '.github/workflows/pr.yml': 'x' });
// Granting oneself rights in the same pull request does not work: rights come from the base branch.
branch('self-grant', { 'content/opd/bpbd/profil.md': '---\neditor: [editor-bpbd, editor-dinkes]\n---\n', 'content/opd/bpbd/berita/2026-11-20-b.md': 'x' });

describe('check-ownership script', () => {
  it('passes an editor changing their own OPD folder', () => {
    expect(check('own', 'editor-dinkes')).toMatchObject({ code: 0 });
  });

  it('fails on another OPD folder and on workflows, naming each file', () => {
    const { code, out } = check('other', 'editor-dinkes');
    expect(code).toBe(1);
    expect(out).toContain('content/opd/bpbd/berita/2026-11-20-a.md');
    expect(out).toContain('.github/workflows/pr.yml');
  });

  it('reads rights from the base branch', () => {
    expect(check('self-grant', 'editor-dinkes').code).toBe(1);
    expect(check('other', 'admin-kominfo').code).toBe(0);
  });
});
