/**
 * The ownership script against a real git repository and a fake GitHub activity API on 127.0.0.1: rights
 * from the base branch, every commit judged against the account that pushed it.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeGitHub, Repo, run, type Result } from './fixture.ts';

const repo = new Repo();
const api = new FakeGitHub();
beforeAll(() => api.start());
afterAll(async () => {
  await api.stop();
  repo.remove();
});

repo.write('content/pemda.yaml', 'admin: [admin-kominfo]\n');
repo.write('content/opd/dinkes/profil.md', '---\nnama: Dinas Kesehatan\neditor: [editor-dinkes]\n---\n');
repo.write('content/opd/bpbd/profil.md', '---\nnama: BPBD\neditor: [editor-bpbd]\n---\n');
// Saved by a Windows editor: a UTF-8 byte order mark before the frontmatter.
repo.write('content/opd/bappeda/profil.md', '\uFEFF---\nnama: Bappeda\neditor: [editor-bappeda]\n---\n');
repo.write('src/lib/wib.ts', 'export {};\n');
repo.git('add', '.');
repo.git('commit', '-qm', 'base');

/** GitHub mode: pushers from the fake activity API (and optionally an event file). */
function github(branch: string, extra: string[] = [], env: Record<string, string> = {}): Promise<Result> {
  return run(repo.dir, ['--base', 'main', '--head', branch, '--github-repo', 'pemkab/ppid', '--github-branch', branch, '--retries', '0', ...extra], {
    GITHUB_API_URL: api.url,
    GITHUB_TOKEN: 'token-uji',
    ...env,
  });
}

/** GitLab mode: one account answers for every commit. */
const gitlab = (branch: string, pusher: string) => run(repo.dir, ['--base', 'main', '--head', branch, '--pusher', pusher]);

describe('check-ownership: GitHub, every commit judged against its pusher', () => {
  it('passes an editor changing their own OPD folder, and reads the pushes from every API page with the token', async () => {
    const branch = 'cms/berita-dinkes/sendiri';
    for (const n of [1, 2, 3]) api.push(branch, 'editor-dinkes', repo.commit(branch, { [`content/opd/dinkes/berita/2026-11-2${n}-a.md`]: `x${n}` }));
    const before = api.requests.length;
    const { code, out } = await github(branch);
    expect(out).toContain('didorong oleh editor-dinkes');
    expect(code).toBe(0);
    // Three pushes, two per page: the script followed the Link header and always sent the token.
    const mine = api.requests.slice(before);
    expect(mine).toHaveLength(2);
    expect(mine.every((r) => r.authorization === 'Bearer token-uji')).toBe(true);
    expect(new URL(mine[0].url, api.url).searchParams.get('ref')).toBe(`refs/heads/${branch}`);
  });

  it('lets an OPD add its frozen DIP archive once, and refuses a later change to it', async () => {
    const branch = 'cms/arsip-dinkes';
    const archive = 'content/opd/dinkes/arsip/dip-2026.json';
    api.push(branch, 'editor-dinkes', repo.commit(branch, { [archive]: '{"tahun": 2026, "data": []}\n' }));
    expect((await github(branch)).code).toBe(0);
    const rewrite = repo.commit(branch, { [archive]: '{"tahun": 2026, "data": [], "diubah": true}\n' });
    api.push(branch, 'editor-dinkes', rewrite);
    const { code, out } = await github(branch);
    expect(code).toBe(1);
    expect(out).toContain(`commit ${rewrite.slice(0, 10)} (didorong oleh editor-dinkes) mengubah atau menghapus arsip DIP yang sudah dibekukan`);
  });

  it("refuses a commit another OPD's editor pushed into an open pull request, whatever its git author says", async () => {
    const branch = 'cms/berita-dinkes/disusupi';
    api.push(branch, 'editor-dinkes', repo.commit(branch, { 'content/opd/dinkes/berita/2026-11-20-b.md': 'asli' }));
    // editor-bpbd has write access (Decap needs it) and pushes into the dinkes pull request, posing as dinkes.
    const intruder = repo.commit(branch, { 'content/opd/dinkes/berita/2026-11-20-b.md': 'diubah' }, { author: 'editor-dinkes <dinkes@demakkab.go.id>' });
    api.push(branch, 'editor-bpbd', intruder);
    const { code, out } = await github(branch);
    expect(code).toBe(1);
    expect(out).toContain(`commit ${intruder.slice(0, 10)} (didorong oleh editor-bpbd): editor-bpbd tidak terdaftar sebagai editor OPD "dinkes"`);
    expect(out).toContain('content/opd/dinkes/berita/2026-11-20-b.md');
    // The pull request's opener (editor-dinkes) would have passed: the old check trusted only the opener.
    expect((await gitlab(branch, 'editor-dinkes')).code).toBe(0);
  });

  it("refuses an editor's commit inside an admin's pull request that touches another OPD or code", async () => {
    const branch = 'perbaikan-admin';
    api.push(branch, 'admin-kominfo', repo.commit(branch, { 'src/lib/wib.ts': 'export const a = 1;\n' }));
    const sneaked = repo.commit(branch, { 'content/opd/bpbd/berita/2026-11-20-c.md': 'x', 'scripts/build.ts': 'x' });
    api.push(branch, 'editor-dinkes', sneaked);
    const { code, out } = await github(branch);
    expect(code).toBe(1);
    expect(out).toContain(`commit ${sneaked.slice(0, 10)} (didorong oleh editor-dinkes): editor-dinkes tidak terdaftar sebagai editor OPD "bpbd"`);
    expect(out).toContain(`commit ${sneaked.slice(0, 10)} (didorong oleh editor-dinkes): editor-dinkes bukan admin portal`);
    expect(out).toContain('scripts/build.ts');
    expect(out).not.toContain('src/lib/wib.ts  error');
  });

  it("accepts an editor's commit in an admin's pull request when it stays in the editor's own folder", async () => {
    const branch = 'perbaikan-admin-2';
    api.push(branch, 'admin-kominfo', repo.commit(branch, { 'src/lib/wib.ts': 'export const b = 1;\n' }));
    api.push(branch, 'editor-dinkes', repo.commit(branch, { 'content/opd/dinkes/berita/2026-11-20-d.md': 'x' }));
    expect((await github(branch)).code).toBe(0);
  });

  it('refuses a commit whose pusher GitHub has not recorded (gap in the push record, unnamed actor, no record)', async () => {
    const gap = 'cms/berita-dinkes/celah';
    const first = repo.commit(gap, { 'content/opd/dinkes/berita/2026-11-20-e.md': 'x' });
    const second = repo.commit(gap, { 'content/opd/dinkes/berita/2026-11-20-f.md': 'x' });
    // Only the second push is in the record: nobody is known to have pushed `first`.
    api.activities.push({ id: 900, node_id: 'PA_900', before: first, after: second, ref: `refs/heads/${gap}`, timestamp: '2026-11-20T00:00:00Z', activity_type: 'push', actor: { login: 'editor-dinkes' } });
    let { code, out } = await github(gap);
    expect(code).toBe(1);
    expect(out).toContain(`commit ${first.slice(0, 10)} tidak dapat dikaitkan dengan akun yang memasukkannya ke cabang`);
    expect(out).toContain('content/opd/dinkes/berita/2026-11-20-e.md');
    expect(out).not.toContain(`commit ${second.slice(0, 10)} tidak dapat`);

    const ghost = 'cms/berita-dinkes/hantu';
    api.push(ghost, null, repo.commit(ghost, { 'content/opd/dinkes/berita/2026-11-20-g.md': 'x' }));
    ({ code, out } = await github(ghost));
    expect(code).toBe(1);
    expect(out).toContain('GitHub tidak mencatat akun');

    // A branch with no record at all (e.g. a pull request from a fork): refused, with the way out.
    const fork = 'dari-fork';
    repo.commit(fork, { 'content/opd/dinkes/berita/2026-11-20-h.md': 'x' });
    ({ code, out } = await github(fork));
    expect(code).toBe(1);
    expect(out).toContain('tidak ada push tercatat yang menghasilkan ujung cabang');
    expect(out).toContain('mendorongnya ulang');
  });

  it("uses the synchronize event's sender for a push the activity record does not show yet", async () => {
    const branch = 'cms/berita-dinkes/baru-saja';
    const first = repo.commit(branch, { 'content/opd/dinkes/berita/2026-11-20-i.md': 'x' });
    api.push(branch, 'editor-dinkes', first);
    const latest = repo.commit(branch, { 'content/opd/dinkes/berita/2026-11-20-i.md': 'y' });
    const event = (sender: string) => {
      const path = join(repo.dir, '..', `event-${sender}-${Date.now()}.json`);
      writeFileSync(path, JSON.stringify({ action: 'synchronize', before: first, after: latest, sender: { login: sender } }));
      return ['--github-event', path];
    };
    expect((await github(branch)).code).toBe(1);
    expect((await github(branch, event('editor-dinkes'))).code).toBe(0);
    const { code, out } = await github(branch, event('editor-bpbd'));
    expect(code).toBe(1);
    expect(out).toContain(`commit ${latest.slice(0, 10)} (didorong oleh editor-bpbd)`);
  });

  it('waits for a lagging activity record before refusing', async () => {
    const branch = 'cms/berita-dinkes/tertunda';
    api.push(branch, 'editor-dinkes', repo.commit(branch, { 'content/opd/dinkes/berita/2026-11-20-j.md': 'x' }));
    api.hideNewestFor = 1;
    expect((await github(branch, ['--retries', '1', '--retry-delay-ms', '20'])).code).toBe(0);
  });

  it('attributes a rewritten commit to whoever force-pushed it', async () => {
    const branch = 'cms/berita-dinkes/ditimpa';
    api.push(branch, 'editor-dinkes', repo.commit(branch, { 'content/opd/dinkes/berita/2026-11-20-k.md': 'x' }));
    // editor-bpbd rewrites the branch: same file, new commit on main, force-pushed.
    repo.git('branch', '-f', `${branch}-baru`, 'main');
    const rewritten = repo.commit(`${branch}-baru`, { 'content/opd/dinkes/berita/2026-11-20-k.md': 'palsu' });
    repo.git('branch', '-f', branch, rewritten);
    api.push(branch, 'editor-bpbd', rewritten, 'force_push');
    const { code, out } = await github(branch);
    expect(code).toBe(1);
    expect(out).toContain(`commit ${rewritten.slice(0, 10)} (didorong oleh editor-bpbd)`);
  });
});

describe('check-ownership: rules that hold for every pusher', () => {
  it('lets only admins change the `editor` list; editors still edit the other fields of their profile', async () => {
    const grant = 'cms/profil-dinkes/tambah-editor';
    api.push(grant, 'editor-dinkes', repo.commit(grant, { 'content/opd/dinkes/profil.md': '---\nnama: Dinas Kesehatan\neditor: [editor-dinkes, teman-saya]\n---\n' }));
    const { code, out } = await github(grant);
    expect(code).toBe(1);
    expect(out).toContain('mengubah daftar `editor`; hanya admin portal yang boleh mengubahnya');

    const rename = 'cms/profil-dinkes/ganti-nama';
    api.push(rename, 'editor-dinkes', repo.commit(rename, { 'content/opd/dinkes/profil.md': '---\nnama: Dinas Kesehatan Kabupaten Demak\neditor: [editor-dinkes]\n---\n' }));
    expect((await github(rename)).code).toBe(0);

    const byAdmin = 'profil-oleh-admin';
    api.push(byAdmin, 'admin-kominfo', repo.commit(byAdmin, { 'content/opd/dinkes/profil.md': '---\nnama: Dinas Kesehatan\neditor: [editor-dinkes, editor-baru]\n---\n' }));
    expect((await github(byAdmin)).code).toBe(0);
  });

  it('refuses a git submodule (gitlink) under content/, even from an admin', async () => {
    const branch = 'submodule';
    repo.git('checkout', '-q', '-b', branch, 'main');
    repo.git('update-index', '--add', '--cacheinfo', `160000,${repo.sha('main')},content/opd/dinkes/dokumen/luar`);
    repo.git('commit', '-qm', 'submodule');
    const sha = repo.sha('HEAD');
    repo.git('checkout', '-q', '-f', 'main');
    api.push(branch, 'admin-kominfo', sha);
    const { code, out } = await github(branch);
    expect(code).toBe(1);
    expect(out).toContain('content/opd/dinkes/dokumen/luar  error  submodule git (gitlink) tidak boleh ada di dalam content/');
  });

  it('keeps the editors of a profile saved with a UTF-8 BOM', async () => {
    const branch = 'cms/berita-bappeda/bom';
    api.push(branch, 'editor-bappeda', repo.commit(branch, { 'content/opd/bappeda/berita/2026-11-20-a.md': 'x' }));
    expect((await github(branch)).code).toBe(0);
  });

  it('reads file names with non-ASCII letters exactly (á)', async () => {
    const own = 'cms/berita-dinkes/aksara';
    api.push(own, 'editor-dinkes', repo.commit(own, { 'content/opd/dinkes/berita/2026-11-20-sosialisasi-á.md': 'x' }));
    expect((await github(own)).code).toBe(0);
    const other = 'cms/dokumen-bpbd/aksara';
    api.push(other, 'editor-bpbd', repo.commit(other, { 'content/opd/dinkes/dokumen/jadwal-á.pdf': 'x' }));
    const { code, out } = await github(other);
    expect(code).toBe(1);
    expect(out).toContain('content/opd/dinkes/dokumen/jadwal-á.pdf  error');
    expect(out).not.toContain('\\303\\241');
  });
});

describe('check-ownership: one pusher for everything (GitLab)', () => {
  const own = 'own';
  const other = 'other';
  const selfGrant = 'self-grant';
  repo.commit(own, { 'content/opd/dinkes/berita/2026-11-20-a.md': 'x' });
  repo.commit(other, { 'content/opd/bpbd/berita/2026-11-20-a.md': 'x', '.github/workflows/pr.yml': 'x' });
  // Granting oneself rights in the same request does not work: rights come from the base branch.
  repo.commit(selfGrant, { 'content/opd/bpbd/profil.md': '---\neditor: [editor-bpbd, editor-dinkes]\n---\n', 'content/opd/bpbd/berita/2026-11-20-b.md': 'x' });

  it('passes an editor changing their own OPD folder', async () => {
    expect(await gitlab(own, 'editor-dinkes')).toMatchObject({ code: 0 });
  });

  it('fails on another OPD folder and on workflows, naming each file', async () => {
    const { code, out } = await gitlab(other, 'editor-dinkes');
    expect(code).toBe(1);
    expect(out).toContain('content/opd/bpbd/berita/2026-11-20-a.md');
    expect(out).toContain('.github/workflows/pr.yml');
  });

  it('reads rights from the base branch', async () => {
    expect((await gitlab(selfGrant, 'editor-dinkes')).code).toBe(1);
    expect((await gitlab(other, 'admin-kominfo')).code).toBe(0);
  });

  it('refuses the old `--author` option and a missing pusher', async () => {
    expect((await run(repo.dir, ['--base', 'main', '--head', own, '--author', 'admin-kominfo'])).code).toBe(2);
    expect((await run(repo.dir, ['--base', 'main', '--head', own])).code).toBe(2);
  });
});
