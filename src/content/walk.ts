/**
 * Listing the files of `content/` (lstat only, never following symlinks) and reading one within a byte cap.
 * A listing costs one lstat per file, cheap next to reading: every command lists the whole tree.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { classifyPath, type ContentPath } from './paths.ts';

export interface TreeFile extends ContentPath {
  /** Absolute path on disk. */
  abs: string;
  size: number;
  symlink: boolean;
  /** A regular file (not a directory, device, socket, ..., nor a file that could not be examined). */
  regular: boolean;
  /** Size, times and inode from lstat: changes whenever the file does (for indexes that must not read every file). */
  stamp?: string;
  /** Last change of the file or its metadata (epoch ms), to tell a stamp taken too soon after it. */
  changedMs?: number;
}

/** Reads at most `maxBytes` bytes of a regular file of the tree (never more than its size when walked). */
export type ReadFile = (file: TreeFile, maxBytes: number) => Promise<Buffer>;

/** A file the walk could not examine (a name that is not UTF-8, a race with a deletion): never read. */
function unexamined(root: string, path: string): TreeFile {
  return { ...classifyPath(path), abs: join(root, path), size: 0, symlink: false, regular: false };
}

/** One file by its repository path, from its lstat. */
export async function examine(root: string, path: string): Promise<TreeFile> {
  const abs = join(root, path);
  const stat = await lstat(abs).catch(() => undefined);
  if (!stat) return unexamined(root, path);
  const stamp = `${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}:${stat.ino}`;
  return { ...classifyPath(path), abs, size: stat.size, symlink: stat.isSymbolicLink(), regular: stat.isFile(), stamp, changedMs: Math.max(stat.mtimeMs, stat.ctimeMs) };
}

/** Appends the files under `rel` in walk order: per folder, its files by name, then its subfolders. */
export async function walk(root: string, rel: string, out: TreeFile[]): Promise<void> {
  const entries = await readdir(join(root, rel), { withFileTypes: true }).catch(() => undefined);
  if (!entries) return void out.push(unexamined(root, rel));
  entries.sort((a, b) => a.name.localeCompare(b.name));
  // lstat the files of one folder concurrently (the tree of a 5-year regency holds ~15,000 files).
  out.push(...(await Promise.all(entries.filter((entry) => !entry.isDirectory()).map((entry) => examine(root, `${rel}/${entry.name}`)))));
  for (const entry of entries) if (entry.isDirectory()) await walk(root, `${rel}/${entry.name}`, out);
}

/** The sub-folders of `rel` (as the walk would descend into them), sorted as the walk does. */
export async function subfolders(root: string, rel: string): Promise<string[]> {
  const entries = await readdir(join(root, rel), { withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isDirectory()).map((e) => e.name).sort((a, b) => a.localeCompare(b));
}

/**
 * Reads into a buffer sized by the walk's lstat, so a file that grows afterwards is still read only so far.
 * Synchronous on purpose: a content file is small and, after a checkout, in the page cache. Three thread-pool round
 * trips per file (open, read, close) cost ~1.3 s of the main thread, the bottleneck of a cold validation of a
 * five-year tree (14,000 files); direct reads cost a fraction of that.
 */
export const readFromDisk: ReadFile = async (file, maxBytes) => {
  const length = Math.max(0, Math.min(file.size, maxBytes));
  const fd = openSync(file.abs, 'r');
  try {
    const buffer = Buffer.alloc(length);
    let filled = 0;
    while (filled < length) {
      const bytesRead = readSync(fd, buffer, filled, length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return buffer.subarray(0, filled);
  } finally {
    closeSync(fd);
  }
};
