/**
 * The CI configuration around the ownership check, run for real where it matters: the GitLab job's own
 * script (read from .gitlab-ci.yml) in a temporary clone with the CI variables a merge request pipeline has,
 * and the changed-file steps of pr.yml and .gitlab-ci.yml with a file name containing `á`. `npm` is replaced
 * by a small stand-in on PATH that records its calls and, for `npm ci`, links this project's node_modules
 * (no internet); everything else (git, node, the check) is the real thing.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { FakeGitHub } from './fixture.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), 'ppid-ci-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' });
function write(dir: string, path: string, text: string) {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
}

// The stand-in `npm`: one line per call (working directory, then the arguments, tab-separated).
const bin = join(tmp, 'bin');
const npmLog = join(tmp, 'npm.log');
write(bin, 'npm', `#!/bin/bash
{ printf '%s' "$PWD"; for a in "$@"; do printf '\\t%s' "$a"; done; printf '\\n'; } >> "${npmLog}"
if [ "$1" = ci ]; then
  [ -f package-lock.json ] || { echo "npm ci tanpa package-lock.json" >&2; exit 1; }
  ln -s "${join(ROOT, 'node_modules')}" node_modules
fi
`);
chmodSync(join(bin, 'npm'), 0o755);
const npmCalls = () => readFileSync(npmLog, 'utf8').trim().split('\n').map((line) => line.split('\t'));

const shEnv = (env: Record<string, string>) => ({ ...process.env, PATH: `${bin}:${process.env.PATH}`, TMPDIR: tmp, GITHUB_ACTIONS: 'false', ...env });

/** Runs a CI script the way GitLab's runner and GitHub's `run:` do it: bash, -e and pipefail. */
function sh(cwd: string, script: string, env: Record<string, string>) {
  writeFileSync(npmLog, '');
  const r = spawnSync('bash', ['-eo', 'pipefail', '-c', script], { cwd, encoding: 'utf8', env: shEnv(env) });
  return { code: r.status ?? 1, out: r.stdout + r.stderr };
}

/** The same, asynchronously: the fake GitHub API answers from this process's event loop. */
function shAsync(cwd: string, script: string, env: Record<string, string>): Promise<{ code: number; out: string }> {
  writeFileSync(npmLog, '');
  return new Promise((resolve) => {
    const child = spawn('bash', ['-eo', 'pipefail', '-c', script], { cwd, env: shEnv(env) });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

// A GitLab project: the protected target branch `main` holds the content and THIS project's copy of the
// check (the files the script needs); merge requests come from branches in the same project.
const origin = join(tmp, 'origin.git');
const seed = join(tmp, 'seed');
git(tmp, 'init', '-q', '--bare', '-b', 'main', origin);
git(tmp, 'init', '-q', '-b', 'main', seed);
git(seed, 'config', 'user.email', 't@example.com');
git(seed, 'config', 'user.name', 'T');
for (const path of ['scripts/check-ownership.ts', 'src/ownership', 'src/content/source.ts', 'src/content/paths.ts', 'package.json', 'package-lock.json']) {
  cpSync(join(ROOT, path), join(seed, path), { recursive: true });
}
write(seed, 'content/pemda.yaml', 'admin: [admin-kominfo]\n');
write(seed, 'content/opd/dinkes/profil.md', '---\neditor: [editor-dinkes]\n---\n');
write(seed, 'content/opd/bpbd/profil.md', '---\neditor: [editor-bpbd]\n---\n');
git(seed, 'add', '.');
git(seed, 'commit', '-qm', 'target');
git(seed, 'remote', 'add', 'origin', origin);
git(seed, 'push', '-q', 'origin', 'main');

/** A merge request branch pushed to the project; returns its head SHA. */
function mergeRequest(branch: string, files: Record<string, string>): string {
  git(seed, 'checkout', '-q', '-b', branch, 'main');
  for (const [path, text] of Object.entries(files)) write(seed, path, text);
  git(seed, 'add', '.');
  git(seed, 'commit', '-qm', branch);
  git(seed, 'push', '-q', 'origin', branch);
  const sha = git(seed, 'rev-parse', 'HEAD').trim();
  git(seed, 'checkout', '-q', 'main');
  return sha;
}

/** What the runner has: a clone of the source branch only (the target branch is not fetched yet). */
function runnerCheckout(branch: string): string {
  const dir = mkdtempSync(join(tmp, 'runner-'));
  git(tmp, 'clone', '-q', '--single-branch', '--branch', branch, origin, dir);
  return dir;
}

const gitlab = parse(readFileSync(join(ROOT, '.gitlab-ci.yml'), 'utf8')) as Record<string, { script: string[]; rules?: { if: string }[]; dependencies?: unknown[] }>;
const mrEnv = (sha: string, pusher: string) => ({
  CI_PIPELINE_SOURCE: 'merge_request_event',
  CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main',
  CI_MERGE_REQUEST_DIFF_BASE_SHA: git(seed, 'rev-parse', 'main').trim(),
  CI_COMMIT_SHA: sha,
  GITLAB_USER_LOGIN: pusher,
});

describe('GitLab: the ownership job runs the target branch copy of the check', () => {
  const job = gitlab.kepemilikan;

  it('is a merge request job that takes nothing from other jobs', () => {
    expect(job.rules?.[0]?.if).toContain('merge_request_event');
    expect(job.dependencies).toEqual([]);
  });

  it("still refuses when the merge request rewrites the check to always pass", () => {
    const sha = mergeRequest('cms/berita-dinkes/curang', {
      'scripts/check-ownership.ts': 'process.exit(0);\n',
      'package-lock.json': '{"lockfileVersion":3,"packages":{"":{"dependencies":{"paket-jahat":"1.0.0"}}}}\n',
      'content/opd/bpbd/berita/2026-11-20-a.md': 'x',
    });
    const dir = runnerCheckout('cms/berita-dinkes/curang');
    // The merge request's own copy would let it through…
    expect(spawnSync(process.execPath, ['scripts/check-ownership.ts'], { cwd: dir }).status).toBe(0);
    // …the job's script does not.
    const { code, out } = sh(dir, job.script.join('\n'), mrEnv(sha, 'editor-dinkes'));
    expect(code).toBe(1);
    expect(out).toContain('content/opd/bpbd/berita/2026-11-20-a.md  error');
    expect(out).toContain('editor-dinkes tidak terdaftar sebagai editor OPD "bpbd"');
    expect(out).toContain('scripts/check-ownership.ts  error');
    // npm installed the target's lockfile, without install scripts, outside the merge request's checkout.
    const [cwd, ...args] = npmCalls()[0];
    expect(args.slice(0, 2)).toEqual(['ci', '--ignore-scripts']);
    expect(cwd.startsWith(dir)).toBe(false);
    expect(readFileSync(join(cwd, 'scripts/check-ownership.ts'), 'utf8')).toBe(readFileSync(join(ROOT, 'scripts/check-ownership.ts'), 'utf8'));
  });

  it("passes an editor's merge request within their own folder, and judges the pipeline's user", () => {
    const sha = mergeRequest('cms/berita-dinkes/jujur', { 'content/opd/dinkes/berita/2026-11-20-b.md': 'x' });
    const dir = runnerCheckout('cms/berita-dinkes/jujur');
    expect(sh(dir, job.script.join('\n'), mrEnv(sha, 'editor-dinkes')).code).toBe(0);
    // Another OPD's editor pushing the same commits is refused.
    expect(sh(dir, job.script.join('\n'), mrEnv(sha, 'editor-bpbd')).code).toBe(1);
  });
});

describe('changed files are listed with -z (file names with á)', () => {
  const name = 'content/opd/dinkes/berita/2026-11-20-sosialisasi-á.md';

  it('GitLab periksa job passes the exact name to the validator', () => {
    const sha = mergeRequest('cms/berita-dinkes/aksara', { [name]: 'x' });
    const dir = runnerCheckout('cms/berita-dinkes/aksara');
    const { code, out } = sh(dir, gitlab.periksa.script.join('\n'), mrEnv(sha, 'editor-dinkes'));
    expect(code, out).toBe(0);
    expect(npmCalls()[0].slice(1)).toEqual(['run', 'validate', '--', name]);
  });

  it('pr.yml passes the exact name to the validator', () => {
    const workflow = parse(readFileSync(join(ROOT, '.github/workflows/pr.yml'), 'utf8')) as { jobs: { periksa: { steps: { name?: string; run?: string }[] } } };
    const step = workflow.jobs.periksa.steps.find((s) => s.name?.startsWith('Validasi berkas yang diubah'))!;
    const dir = mkdtempSync(join(tmp, 'actions-'));
    git(tmp, 'clone', '-q', origin, dir);
    git(dir, 'checkout', '-q', 'cms/berita-dinkes/aksara');
    const { code, out } = sh(dir, step.run!, { BASE_REF: 'main', RUNNER_TEMP: tmp });
    expect(code, out).toBe(0);
    expect(npmCalls()).toEqual([[dir, 'run', 'validate', '--', name]]);
  });
});

describe('GitHub: ownership.yml judges the pusher of every commit', () => {
  const api = new FakeGitHub();
  beforeAll(() => api.start());
  afterAll(() => api.stop());
  const workflow = parse(readFileSync(join(ROOT, '.github/workflows/ownership.yml'), 'utf8')) as { jobs: { kepemilikan: { steps: { run?: string }[] } } };
  const script = workflow.jobs.kepemilikan.steps.filter((s) => s.run).map((s) => s.run).join('\n');

  /** A pull request #n from `branch` (refs/pull/n/head on the server), its pushes, then the workflow's steps. */
  async function pullRequest(n: number, branch: string, pushes: [string, Record<string, string>][]) {
    let head = '';
    for (const [pusher, files] of pushes) {
      git(seed, 'checkout', '-q', ...(git(seed, 'branch', '--list', branch).trim() ? [branch] : ['-b', branch, 'main']));
      for (const [path, text] of Object.entries(files)) write(seed, path, text);
      git(seed, 'add', '.');
      git(seed, 'commit', '-qm', `${branch} ${pusher}`);
      head = git(seed, 'rev-parse', 'HEAD').trim();
      git(seed, 'checkout', '-q', 'main');
      api.push(branch, pusher, head);
    }
    git(seed, 'push', '-q', 'origin', `${head}:refs/pull/${n}/head`);
    // actions/checkout of the base commit, full history.
    const dir = mkdtempSync(join(tmp, 'actions-'));
    git(tmp, 'clone', '-q', origin, dir);
    const event = join(tmp, `event-${n}.json`);
    writeFileSync(event, JSON.stringify({ action: 'opened', sender: { login: pushes[0][0] } }));
    return shAsync(dir, script, {
      PR_NUMBER: String(n),
      BASE_REF: 'main',
      GITHUB_TOKEN: 'token-uji',
      GITHUB_API_URL: api.url,
      GITHUB_EVENT_PATH: event,
      HEAD_SHA: head,
      HEAD_REPO: 'pemkab/ppid',
      HEAD_BRANCH: branch,
    });
  }

  it("refuses another OPD editor's push into an editor's pull request", async () => {
    const { code, out } = await pullRequest(7, 'cms/berita-dinkes/pr7', [
      ['editor-dinkes', { 'content/opd/dinkes/berita/2026-11-20-a.md': 'x' }],
      ['editor-bpbd', { 'content/opd/dinkes/berita/2026-11-20-a.md': 'y' }],
    ]);
    expect(code, out).toBe(1);
    expect(out).toContain('(didorong oleh editor-bpbd): editor-bpbd tidak terdaftar sebagai editor OPD "dinkes"');
    expect(npmCalls()[0].slice(1, 3)).toEqual(['ci', '--no-audit']);
  });

  it("passes a pull request whose every commit its pushers were allowed to make", async () => {
    const { code, out } = await pullRequest(8, 'cms/berita-dinkes/pr8', [
      ['admin-kominfo', { 'scripts/lain.ts': 'x' }],
      ['editor-dinkes', { 'content/opd/dinkes/berita/2026-11-20-b.md': 'x' }],
    ]);
    expect(code, out).toBe(0);
  });
});

describe('GitHub workflows', () => {
  const dir = join(ROOT, '.github/workflows');
  const files = readdirSync(dir).filter((f) => f.endsWith('.yml'));

  it('pin every action to a full commit SHA with its version in a comment', () => {
    const uses = files.flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').filter((l) => /^\s*(-\s+)?uses:/.test(l)).map((l) => [f, l.trim()]));
    expect(uses.length).toBeGreaterThan(10);
    for (const [file, line] of uses) expect(line, file).toMatch(/uses: [\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
  });

  it('harvest.yml is among the pinned workflows, grants nothing at the top and keeps each secret in its one step', () => {
    expect(files).toContain('harvest.yml');
    const text = readFileSync(join(dir, 'harvest.yml'), 'utf8');
    expect(text.split('\n').filter((l) => /^\s*(-\s+)?uses:/.test(l)).length).toBeGreaterThanOrEqual(2);
    type Step = { id?: string; name?: string; env?: Record<string, string> };
    const workflow = parse(text) as { on: Record<string, unknown>; permissions: unknown; env?: unknown; jobs: Record<string, { permissions: unknown; env?: unknown; steps: Step[] }> };
    expect(Object.keys(workflow.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    expect(workflow.permissions).toEqual({});
    // Every write goes through the harvest account's token, so GITHUB_TOKEN only reads.
    expect(workflow.jobs.panen.permissions).toEqual({ contents: 'read' });
    expect((workflow.jobs.panen as { if?: string }).if).toBe("github.event_name == 'workflow_dispatch' || vars.PANEN == '1'");
    expect(workflow.env).toBeUndefined();
    expect(workflow.jobs.panen.env).toBeUndefined();
    const withSecrets = workflow.jobs.panen.steps.filter((s) => JSON.stringify(s.env ?? {}).includes('secrets.'));
    expect(withSecrets.map((s) => s.name)).toEqual(['Satu pull request per OPD']);
    expect(withSecrets[0].env).toMatchObject({ GH_TOKEN: '${{ secrets.PANEN_PR_TOKEN }}' });
  });

  it('ownership.yml reads only, and trusts pushes, not the pull request opener', () => {
    const text = readFileSync(join(dir, 'ownership.yml'), 'utf8');
    const workflow = parse(text) as { on: Record<string, unknown>; permissions: Record<string, string> };
    expect(Object.keys(workflow.on)).toEqual(['pull_request_target']);
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(text).not.toContain('pull_request.user.login');
    expect(text).toContain('--github-event "$GITHUB_EVENT_PATH"');
  });
});
