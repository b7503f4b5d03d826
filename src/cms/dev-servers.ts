/**
 * Local CMS servers for `npm run cms`, the browser tests and the screenshots (Node only): `decap-server` in git
 * mode against a working copy, and the Astro dev server that serves `/admin/`. Both bind to 127.0.0.1 only.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { cp } from 'node:fs/promises';
import { join } from 'node:path';

export interface RunningServer {
  url: string;
  port: number;
  process: ChildProcess;
  /** Everything the process printed (for error messages). */
  output: () => string;
  stop: () => Promise<void>;
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function launch(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }, ready: RegExp, timeoutMs: number, url: string, port: number): Promise<RunningServer> {
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let log = '';
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      // The whole process group: astro and decap-server may start children of their own.
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        resolve();
      }
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`${command} ${args.join(' ')} tidak siap dalam ${timeoutMs} ms:\n${log}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      if (ready.test(log)) {
        clearTimeout(timer);
        resolve({ url, port, process: child, output: () => log, stop });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${command} berhenti (kode ${code}):\n${log}`));
    });
  });
}

/**
 * `decap-server` in git mode: every save is a commit in `repoDir` (editorial workflow: on a `cms/...` branch,
 * merged into the main branch on publish). It runs `git add .`, so `repoDir` must have no unrelated changes.
 */
export function startDecapServer(projectRoot: string, repoDir: string, port: number): Promise<RunningServer> {
  const bin = join(projectRoot, 'node_modules', 'decap-server', 'dist', 'index.js');
  const env = { ...process.env, MODE: 'git', GIT_REPO_DIRECTORY: repoDir, PORT: String(port), BIND_HOST: '127.0.0.1', LOG_LEVEL: 'info' };
  return launch(process.execPath, [bin], { cwd: repoDir, env }, /listening on/i, 30_000, `http://127.0.0.1:${port}/api/v1`, port);
}

/** The Astro dev server of the project at `projectRoot`. */
export function startAstroDev(projectRoot: string, port: number): Promise<RunningServer> {
  const bin = join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
  // Started from vitest, the child would inherit NODE_ENV=test and VITEST*, with which Astro serves no pages.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST')));
  Object.assign(env, { NODE_ENV: 'development', ASTRO_TELEMETRY_DISABLED: '1' });
  return launch(process.execPath, [bin, 'dev', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { cwd: projectRoot, env }, /ready in/i, 120_000, `http://127.0.0.1:${port}`, port);
}

function git(cwd: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.once('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`git ${args.join(' ')}: ${out}`))));
  });
}

/**
 * A throw-away git repository holding a copy of the project's `content/` on branch `main` (one commit), for the
 * browser tests and the screenshots: the CMS commits there, never in the developer's working tree.
 */
export async function makeContentRepo(projectRoot: string, dir: string): Promise<string> {
  await cp(join(projectRoot, 'content'), join(dir, 'content'), { recursive: true });
  await git(dir, ['init', '--quiet', '--initial-branch=main']);
  await git(dir, ['config', 'user.name', 'Uji CMS']);
  await git(dir, ['config', 'user.email', 'uji-cms@example.invalid']);
  await git(dir, ['config', 'commit.gpgsign', 'false']);
  await git(dir, ['add', '.']);
  await git(dir, ['commit', '--quiet', '--no-verify', '-m', 'Konten contoh']);
  return dir;
}

/** Runs git in `cwd` and returns its output (for tests and `npm run cms`). */
export { git };
