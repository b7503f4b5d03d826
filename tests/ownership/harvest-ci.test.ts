/**
 * The harvest jobs' own scripts, run for real with bash: `.github/workflows/harvest.yml` (steps `panen` and the pull
 * request step) and the `panen` job of `.gitlab-ci.yml`, against a local bare repository as `origin`. `npm` is a
 * stand-in that changes files of two OPDs like a harvest with one failing source would, `gh` a stand-in that
 * records its calls, and the GitLab API a server on 127.0.0.1. Checks: one branch and one request per OPD with
 * only that OPD's files, a failing source still fails the job after the good data is proposed, and a second run
 * with the same outcome pushes nothing.
 */
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = new URL('../../', import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), 'ppid-panen-ci-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' });
function write(path: string, text: string, mode?: number) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  if (mode) chmodSync(path, mode);
}

const bin = join(tmp, 'bin');
const calls = join(tmp, 'calls.log');
// `npm run --silent harvest`: new data for dinkes (CSV + log) and bpbd (log only: its source failed), exit 1.
write(join(bin, 'npm'), `#!/bin/bash
echo "npm $*" >> "${calls}"
if [ "$2" = --silent ] && [ "$3" = harvest ]; then
  printf 'a\\n2\\n' > content/opd/dinkes/data/dbd.csv
  printf 'dbd:\\n  status: berhasil\\n' > content/opd/dinkes/panen.yaml
  printf 'hujan:\\n  status: gagal\\n' > content/opd/bpbd/panen.yaml
  echo 'content/opd/bpbd/data/hujan.csv: gagal: sumber menjawab HTTP 500 (gangguan di sistem sumber)'
  echo 'content/opd/dinkes/data/dbd.csv: diperbarui (1 baris)'
  exit 1
fi
`, 0o755);
write(join(bin, 'gh'), `#!/bin/bash
echo "gh $*" >> "${calls}"
`, 0o755);
const callLines = (prefix: string) => readFileSync(calls, 'utf8').split('\n').filter((l) => l.startsWith(prefix));

const origin = join(tmp, 'origin.git');
const seed = join(tmp, 'seed');
git(tmp, 'init', '-q', '--bare', '-b', 'main', origin);
git(tmp, 'init', '-q', '-b', 'main', seed);
write(join(seed, 'content/opd/dinkes/data/dbd.csv'), 'a\n1\n');
write(join(seed, 'content/opd/bpbd/data/hujan.csv'), 'a\n1\n');
git(seed, 'add', '.');
git(seed, '-c', 'user.name=T', '-c', 'user.email=t@example.com', 'commit', '-qm', 'awal');
git(seed, 'push', '-q', origin, 'main');

function clone(): string {
  const dir = mkdtempSync(join(tmp, 'runner-'));
  git(tmp, 'clone', '-q', origin, dir);
  return dir;
}

function bash(cwd: string, script: string, env: Record<string, string>): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    const child = spawn('bash', ['-eo', 'pipefail', '-c', script], { cwd, env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, ...env } });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

/** Files each `panen/<opd>` branch changes against main. */
const branchFiles = (opd: string) => git(origin, 'diff', '--name-only', 'main', `panen/${opd}`).trim().split('\n');

describe('harvest.yml: steps run for real', () => {
  const workflow = parse(readFileSync(join(ROOT, '.github/workflows/harvest.yml'), 'utf8')) as { jobs: { panen: { steps: { id?: string; name?: string; run?: string }[] } } };
  const steps = workflow.jobs.panen.steps;
  const harvestStep = steps.find((s) => s.id === 'panen')!.run!;
  const prStep = steps.find((s) => s.name === 'Satu pull request per OPD')!.run!;

  async function runJob() {
    writeFileSync(calls, '');
    const dir = clone();
    const runnerTemp = mkdtempSync(join(tmp, 'temp-'));
    const env = { RUNNER_TEMP: runnerTemp, GITHUB_OUTPUT: join(runnerTemp, 'output'), GITHUB_STEP_SUMMARY: join(runnerTemp, 'summary'), OPD: '', DATASET: '' };
    const harvested = await bash(dir, harvestStep, env);
    const proposed = await bash(dir, prStep, { ...env, GH_TOKEN: 'token-uji', BASE: 'main' });
    return { harvested, proposed, output: readFileSync(env.GITHUB_OUTPUT, 'utf8') };
  }

  it('proposes one branch and one pull request per OPD, and keeps the failure for the last step', async () => {
    const { harvested, proposed, output } = await runJob();
    expect(harvested.code).toBe(0);
    expect(output).toBe('kode=1\n');
    expect(proposed.code, proposed.out).toBe(0);
    expect(branchFiles('dinkes')).toEqual(['content/opd/dinkes/data/dbd.csv', 'content/opd/dinkes/panen.yaml']);
    expect(branchFiles('bpbd')).toEqual(['content/opd/bpbd/panen.yaml']);
    const creates = callLines('gh pr create');
    expect(creates).toHaveLength(2);
    expect(creates[0]).toContain('--head panen/bpbd');
    expect(creates[1]).toContain('--head panen/dinkes');
  });

  it('a second run with the same outcome pushes nothing and edits no pull request', async () => {
    const before = git(origin, 'rev-parse', 'panen/dinkes', 'panen/bpbd');
    const { proposed } = await runJob();
    expect(proposed.out).toContain('panen/dinkes: tidak berubah');
    expect(git(origin, 'rev-parse', 'panen/dinkes', 'panen/bpbd')).toBe(before);
    expect(callLines('gh pr')).toEqual([]);
  });
});

describe('.gitlab-ci.yml: the schedule-only panen job runs for real', () => {
  const job = (parse(readFileSync(join(ROOT, '.gitlab-ci.yml'), 'utf8')) as Record<string, { script: string[]; rules: { if: string }[] }>).panen;

  it('runs only in a schedule with PANEN=1', () => {
    expect(job.rules).toEqual([{ if: '$CI_PIPELINE_SOURCE == "schedule" && $PANEN == "1"' }]);
  });

  it('pushes panen/<opd> and opens one merge request per OPD through the API, then fails for the failed source', async () => {
    const requests: { method: string; url: string; body: string; token?: string }[] = [];
    const api = createServer((req, res) => {
      let body = '';
      req.on('data', (d) => (body += d)).on('end', () => {
        requests.push({ method: req.method!, url: req.url!, body: decodeURIComponent(body.replace(/\+/g, ' ')), token: req.headers['private-token'] as string });
        res.writeHead(req.method === 'POST' ? 201 : 200, { 'content-type': 'application/json' }).end(req.method === 'GET' ? '[]' : '{}');
      });
    });
    await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
    const dir = clone();
    // Start from no harvest branches (the GitHub case above may have pushed them).
    for (const branch of git(origin, 'for-each-ref', '--format=%(refname:short)', 'refs/heads/panen/').split('\n').filter(Boolean)) git(origin, 'branch', '-D', branch);
    const { code, out } = await bash(dir, job.script.join('\n'), {
      CI_SERVER_URL: `file://${tmp}`, CI_PROJECT_PATH: 'origin', CI_API_V4_URL: `http://127.0.0.1:${(api.address() as AddressInfo).port}/api/v4`,
      CI_PROJECT_ID: '7', CI_DEFAULT_BRANCH: 'main', PANEN_PR_TOKEN: 'glpat-uji',
    });
    api.close();
    expect(out).toContain('Ada sumber panen yang gagal');
    expect(code).toBe(1);
    expect(branchFiles('dinkes')).toEqual(['content/opd/dinkes/data/dbd.csv', 'content/opd/dinkes/panen.yaml']);
    expect(branchFiles('bpbd')).toEqual(['content/opd/bpbd/panen.yaml']);
    const posts = requests.filter((r) => r.method === 'POST');
    expect(posts.map((r) => r.url)).toEqual(['/api/v4/projects/7/merge_requests', '/api/v4/projects/7/merge_requests']);
    expect(posts[1].body).toContain('source_branch=panen/dinkes');
    expect(posts[1].body).toContain('content/opd/dinkes/data/dbd.csv: diperbarui (1 baris)');
    expect(requests.every((r) => r.token === 'glpat-uji')).toBe(true);
  });
});
