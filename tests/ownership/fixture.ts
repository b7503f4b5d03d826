/**
 * A real temporary git repository and a fake GitHub "List repository activities" API on 127.0.0.1, so the
 * ownership script is tested end to end without the internet: commits are made with git, and each simulated
 * push is recorded the way GitHub records it (before, after, actor), with cursor pagination via `Link`.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const SCRIPT = new URL('../../scripts/check-ownership.ts', import.meta.url).pathname;
export const ZERO = '0'.repeat(40);

export interface Activity {
  id: number;
  node_id: string;
  before: string;
  after: string;
  ref: string;
  timestamp: string;
  activity_type: string;
  actor: { login: string } | null;
}

export class Repo {
  readonly dir = mkdtempSync(join(tmpdir(), 'ppid-owner-'));

  constructor() {
    this.git('init', '-q', '-b', 'main');
    this.git('config', 'user.email', 't@example.com');
    this.git('config', 'user.name', 'T');
  }

  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.dir, encoding: 'utf8' });
  }

  write(path: string, text: string | Buffer): void {
    mkdirSync(dirname(join(this.dir, path)), { recursive: true });
    writeFileSync(join(this.dir, path), text);
  }

  /** One commit on `branch` (created from `from` when new) with these files; returns its SHA. */
  commit(branch: string, files: Record<string, string>, options: { from?: string; author?: string; remove?: string[] } = {}): string {
    const exists = this.git('branch', '--list', branch).trim() !== '';
    this.git('checkout', '-q', ...(exists ? [branch] : ['-b', branch, options.from ?? 'main']));
    for (const [path, text] of Object.entries(files)) this.write(path, text);
    for (const path of options.remove ?? []) this.git('rm', '-q', '--', path);
    this.git('add', '-A');
    // The git author is free text: tests forge it to show that the check never looks at it.
    this.git('commit', '-q', '--allow-empty', '-m', `${branch} ${Date.now()} ${Math.random()}`, ...(options.author ? ['--author', options.author] : []));
    const sha = this.git('rev-parse', 'HEAD').trim();
    this.git('checkout', '-q', 'main');
    return sha;
  }

  sha(rev: string): string {
    return this.git('rev-parse', rev).trim();
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** The activity API: GET /repos/pemkab/ppid/activity?ref=…, newest first, two entries per page. */
export class FakeGitHub {
  readonly activities: Activity[] = [];
  readonly requests: { url: string; authorization?: string }[] = [];
  /** Entries hidden from the first N requests (GitHub's record lagging behind the event). */
  hideNewestFor = 0;
  private server?: Server;
  private pushed = new Map<string, string>();
  private clock = Date.parse('2026-11-20T01:00:00Z');

  /** Records that `actor` moved `branch` to `after` (from the last recorded state, or creating it). */
  push(branch: string, actor: string | null, after: string, type?: string): Activity {
    const ref = `refs/heads/${branch}`;
    const before = this.pushed.get(ref) ?? ZERO;
    const id = this.activities.length + 1;
    const activity: Activity = {
      id,
      node_id: `PA_${id}`,
      before,
      after,
      ref,
      timestamp: new Date((this.clock += 60_000)).toISOString(),
      activity_type: type ?? (before === ZERO ? 'branch_creation' : 'push'),
      actor: actor === null ? null : { login: actor },
    };
    this.activities.push(activity);
    this.pushed.set(ref, after);
    return activity;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => this.answer(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  private answer(req: IncomingMessage, res: import('node:http').ServerResponse): void {
    this.requests.push({ url: req.url ?? '', authorization: req.headers.authorization });
    const url = new URL(req.url ?? '/', this.url);
    if (url.pathname !== '/repos/pemkab/ppid/activity') {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"message":"Not Found"}');
      return;
    }
    const ref = url.searchParams.get('ref');
    let list = this.activities.filter((a) => a.ref === ref).reverse();
    if (this.hideNewestFor > 0) {
      this.hideNewestFor--;
      list = list.slice(1);
    }
    const offset = Number(url.searchParams.get('after') ?? 0);
    const page = list.slice(offset, offset + 2);
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (offset + 2 < list.length) {
      const next = new URL(url);
      next.searchParams.set('after', String(offset + 2));
      headers.link = `<${next}>; rel="next"`;
    }
    res.writeHead(200, headers).end(JSON.stringify(page));
  }
}

export interface Result {
  code: number;
  out: string;
}

/** Runs the script asynchronously (the fake API answers from this process's event loop). */
export function run(cwd: string, args: string[], env: Record<string, string> = {}): Promise<Result> {
  return new Promise((resolve) => {
    execFile(process.execPath, [SCRIPT, ...args], { cwd, encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: 'false', ...env } }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, out: stdout + stderr });
    });
  });
}
