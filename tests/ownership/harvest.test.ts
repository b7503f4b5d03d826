/**
 * The harvest account (`panen.akun` in pemda.yaml) in the ownership check, on a real temporary git repository:
 * it may change the CSV of a dataset that declares a `sumber`, that dataset's `diperbarui` line and the OPD's
 * harvest log, and nothing else, even when it is also on another list. Editors still own the log of their OPD.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onlyDiperbaruiChanged } from '../../src/ownership/harvest.ts';
import { FakeGitHub, Repo, run } from './fixture.ts';

const repo = new Repo();
const api = new FakeGitHub();
beforeAll(() => api.start());
afterAll(async () => {
  await api.stop();
  repo.remove();
});

const BOT = 'ppid-demak-panen';
const DATA = 'content/opd/dinkes/data';
const dbdYaml = (diperbarui: string, url = 'https://data.demakkab.go.id/dbd.csv') =>
  `# catatan editor\njudul: Kasus DBD\nsumber:\n  url: ${url}  # contoh\n  format: csv\ndiperbarui: ${diperbarui}\nkolom: []\n`;

repo.write('content/pemda.yaml', `admin: [admin-kominfo]\npanen:\n  akun: ${BOT}\n  host_diizinkan: [data.demakkab.go.id]\n`);
repo.write('content/opd/dinkes/profil.md', '---\nnama: Dinas Kesehatan\neditor: [editor-dinkes]\n---\n');
repo.write(`${DATA}/dbd.yaml`, dbdYaml('"2026-10-01"'));
repo.write(`${DATA}/dbd.csv`, 'a\n1\n');
repo.write(`${DATA}/manual.yaml`, 'judul: Diunggah manual\ndiperbarui: 2026-10-01\nkolom: []\n');
repo.write(`${DATA}/manual.csv`, 'a\n1\n');
repo.git('add', '.');
repo.git('commit', '-qm', 'base');

const asBot = (branch: string) => run(repo.dir, ['--base', 'main', '--head', branch, '--pusher', BOT]);

describe('ownership: the harvest account', () => {
  it('may change a sourced CSV, its diperbarui line and the harvest log', async () => {
    repo.commit('panen/dinkes', { [`${DATA}/dbd.csv`]: 'a\n2\n', [`${DATA}/dbd.yaml`]: dbdYaml('"2026-11-20"'), 'content/opd/dinkes/panen.yaml': 'dbd:\n  status: berhasil\n' });
    const { code, out } = await asBot('panen/dinkes');
    expect(out).toContain('✓ 1 commit diperiksa');
    expect(code).toBe(0);
  });

  it('may change nothing else: another line, a CSV without a source, other files, a deletion', async () => {
    const cases: [string, Record<string, string>, string[]?][] = [
      ['panen/url', { [`${DATA}/dbd.yaml`]: dbdYaml('"2026-11-20"', 'https://lain.example/x.csv') }],
      ['panen/manual', { [`${DATA}/manual.csv`]: 'a\n3\n' }],
      ['panen/berita', { 'content/opd/dinkes/berita/2026-11-20-x.md': 'x', 'src/lib/x.ts': 'x' }],
      ['panen/hapus', {}, [`${DATA}/dbd.csv`]],
      // A source declared in the same pull request gives no right: the parent must declare it.
      ['panen/klaim', { [`${DATA}/manual.yaml`]: 'judul: Diunggah manual\nsumber:\n  url: https://data.demakkab.go.id/m.csv\n  format: csv\ndiperbarui: 2026-10-01\nkolom: []\n', [`${DATA}/manual.csv`]: 'a\n4\n' }],
    ];
    for (const [branch, files, remove] of cases) repo.commit(branch, files, { remove });
    const results = await Promise.all(cases.map(([branch]) => asBot(branch)));
    results.forEach(({ code, out }, i) => {
      expect(code, cases[i][0]).toBe(1);
      expect(out, cases[i][0]).toContain('akun panen) mengubah berkas di luar hak akun panen');
    });
    expect(results[2].out).toContain('content/opd/dinkes/berita/2026-11-20-x.md');
    expect(results[2].out).toContain('src/lib/x.ts');
  });

  it('stays narrow even when listed as an admin; editors keep their own OPD log', async () => {
    repo.commit('admin/pemda', { 'content/pemda.yaml': `admin: [admin-kominfo, ${BOT}]\npanen:\n  akun: ${BOT}\n` });
    repo.git('checkout', '-q', 'admin/pemda');
    repo.git('branch', '-f', 'basis-baru', 'HEAD');
    repo.git('checkout', '-q', 'main');
    repo.commit('panen/kode', { 'src/lib/y.ts': 'x' }, { from: 'basis-baru' });
    expect((await run(repo.dir, ['--base', 'basis-baru', '--head', 'panen/kode', '--pusher', BOT])).code).toBe(1);
    repo.commit('cms/log', { 'content/opd/dinkes/panen.yaml': '{}\n' });
    expect((await run(repo.dir, ['--base', 'main', '--head', 'cms/log', '--pusher', 'editor-dinkes'])).code).toBe(0);
  });

  it('GitHub: the force-pushed daily branch is judged against the harvest account that pushed it', async () => {
    const first = repo.commit('panen/gh', { [`${DATA}/dbd.csv`]: 'a\n5\n' });
    api.push('panen/gh', BOT, first);
    repo.git('branch', '-f', 'panen/gh', 'main');
    const again = repo.commit('panen/gh', { [`${DATA}/dbd.csv`]: 'a\n6\n', [`${DATA}/dbd.yaml`]: dbdYaml("'2026-11-21'") });
    api.push('panen/gh', BOT, again, 'force_push');
    const { code, out } = await run(repo.dir, ['--base', 'main', '--head', 'panen/gh', '--github-repo', 'pemkab/ppid', '--github-branch', 'panen/gh', '--retries', '0'], { GITHUB_API_URL: api.url });
    expect(out).toContain(`didorong oleh ${BOT}`);
    expect(code).toBe(0);
  });
});

describe('onlyDiperbaruiChanged', () => {
  const before = 'judul: X\ndiperbarui: "2026-10-01"  # mesin\nkolom: []\n';
  it('accepts a new date in any quoting, and nothing more', () => {
    expect(onlyDiperbaruiChanged(before, before.replace('2026-10-01', '2026-11-20'))).toBe(true);
    expect(onlyDiperbaruiChanged(before, 'judul: X\ndiperbarui: 2026-11-20\nkolom: []\n')).toBe(true);
    expect(onlyDiperbaruiChanged(before, before.replace('judul: X', 'judul: Y').replace('2026-10-01', '2026-11-20'))).toBe(false);
    // A value that would swallow the following lines, or a second key on the same line, is no date.
    expect(onlyDiperbaruiChanged(before, 'judul: X\ndiperbarui: "2026-11-20\nkolom: []\n')).toBe(false);
    expect(onlyDiperbaruiChanged(before, 'judul: X\ndiperbarui: {a: 1}\nkolom: []\n')).toBe(false);
    expect(onlyDiperbaruiChanged('judul: X\nkolom: []\n', 'judul: X\ndiperbarui: 2026-11-20\nkolom: []\n')).toBe(false);
  });
});
