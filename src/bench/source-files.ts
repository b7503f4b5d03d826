/**
 * The project files the corpus copies: either the working tree (tracked and untracked, honouring .gitignore;
 * what `npm run build` would see now) or one commit (`--rev`), which is reproducible while others edit files.
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const BIG = { maxBuffer: 1 << 28 };

/** Plain code-unit order: locale-independent, so every machine copies files in the same order. */
const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

async function fromWorktree(source: string): Promise<Map<string, Uint8Array>> {
  const { stdout } = await run('git', ['-C', source, 'ls-files', '-z', '--cached', '--others', '--exclude-standard'], BIG);
  const paths = [...new Set(stdout.split('\0').filter(Boolean))].filter((p) => existsSync(join(source, p))).sort(byPath);
  const files = new Map<string, Uint8Array>();
  for (const path of paths) files.set(path, await readFile(join(source, path)));
  return files;
}

/** Reads every blob of `rev` through one `git cat-file --batch` process. */
async function fromRev(source: string, rev: string): Promise<Map<string, Uint8Array>> {
  const { stdout } = await run('git', ['-C', source, 'ls-tree', '-r', '-z', '--full-tree', rev], BIG);
  // Symlinks (120000) and submodules are left out: the corpus only needs regular files.
  const entries = stdout.split('\0').filter(Boolean).map((line) => {
    const [meta, path] = line.split('\t');
    const [mode, type, sha] = meta.split(' ');
    return { mode, type, sha, path };
  }).filter((e) => e.type === 'blob' && e.mode !== '120000').sort((a, b) => byPath(a.path, b.path));
  const child = spawn('git', ['-C', source, 'cat-file', '--batch'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const chunks: Buffer[] = [];
  child.stdout.on('data', (c: Buffer) => chunks.push(c));
  const closed = new Promise<void>((done, fail) => child.on('close', (code) => (code === 0 ? done() : fail(new Error(`git cat-file: ${code}`)))));
  child.stdin.end(entries.map((e) => `${e.sha}\n`).join(''));
  await closed;
  const out = Buffer.concat(chunks);
  const files = new Map<string, Uint8Array>();
  let at = 0;
  for (const e of entries) {
    const header = out.indexOf(10, at);
    const size = Number(out.subarray(at, header).toString().split(' ')[2]);
    files.set(e.path, out.subarray(header + 1, header + 1 + size));
    at = header + 1 + size + 1;
  }
  return files;
}

export async function readSourceFiles(source: string, rev?: string): Promise<Map<string, Uint8Array>> {
  return rev ? fromRev(source, rev) : fromWorktree(source);
}

export async function sourceCommit(source: string, rev = 'HEAD'): Promise<string> {
  return (await run('git', ['-C', source, 'rev-parse', rev])).stdout.trim();
}

/** True when the working tree differs from HEAD (the measured code is then not exactly a commit). */
export async function isDirty(source: string): Promise<boolean> {
  return (await run('git', ['-C', source, 'status', '--porcelain', '--untracked-files=no'], BIG)).stdout.trim() !== '';
}
